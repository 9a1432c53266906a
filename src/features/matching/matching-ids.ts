/** Slack IDs of the matching feature, defined once for builders and listeners (and other features' buttons). */
export const MATCHING_IDS = {
  /** Button value: the application id. Opens the Propose candidates modal (valid applications). */
  proposeButton: "matching_propose_open",
  proposeModal: "matching_propose",
  /** Inside the propose modal: button value = expert id. */
  removeCandidate: "matching_candidate_remove",
  /** Inside the propose modal: external_select of active experts; choosing one adds them. */
  addCandidate: "matching_candidate_add",
  /** Inside the propose modal: button value = application id; the recruiter is matched directly. */
  directMatchButton: "matching_direct_match",
  /** In the SME's DM: button value = "<proposal id>:<expert id>". */
  chooseButton: "matching_choose",
  /** Button value: the proposal id. Opens the modal to record the SME's choice on its behalf. */
  recordChoiceButton: "matching_record_choice_open",
  recordChoiceModal: "matching_record_choice",
  /** Button value: the proposal id. Opens the modal asking why an open proposal is withdrawn. */
  withdrawButton: "matching_withdraw_open",
  withdrawModal: "matching_withdraw",
  /** Button value: the application id. Opens the approval modal for the chosen pair. */
  approveButton: "matching_approve_open",
  approveModal: "matching_approve",
  /** Button value: the application id. Opens the modal asking why the chosen pair is refused. */
  rejectButton: "matching_reject_open",
  rejectModal: "matching_reject",
  /** Button value: the case id. Opens the reassignment modal. */
  reassignButton: "matching_reassign_open",
  reassignModal: "matching_reassign",
  /** external_select of active experts inside the reassignment modal. */
  reassignExpertSelect: "matching_reassign_expert",
  /** `/desk ranking`: the weights that order the candidates (one number input per weight). */
  rankingModal: "matching_ranking",
  blocks: {
    count: "count",
    add: "add_candidate",
    expert: "expert",
    via: "via",
    contactedOn: "contacted_on",
    note: "note",
    firstVisitTarget: "first_visit_target",
    override: "override",
    reason: "reason",
    /** Ranking modal: the block id of a weight is this prefix + its key (weight_samePrefecture). */
    weightPrefix: "weight_",
  },
  /** Every input has one element; its action_id is "value" (selects with options have their own id). */
  value: "value",
  /** The checkbox value that confirms a capacity override. */
  overrideValue: "override_capacity",
} as const;

const B = MATCHING_IDS.blocks;

/** Text limits by block id, per modal: the inputs' max_length and the server's check. */
export const MATCHING_TEXT_LIMITS = {
  recordChoice: { [B.note]: 500 },
  reject: { [B.reason]: 1000 },
  reassign: { [B.reason]: 1000 },
  withdraw: { [B.reason]: 1000 },
} as const;
