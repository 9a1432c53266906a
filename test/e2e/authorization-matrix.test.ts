/**
 * The authorization matrix: every slash subcommand, block action, modal submission, options load
 * and event the app registers × {secretariat, the case's own expert, another active expert, a
 * pending expert, an outsider, an English-locale outsider} → allowed or refused as the product
 * specifies. A refusal says why in the person's language and changes nothing (every table, the
 * audit log and the outbox are compared before and after; no modal opens, nothing is posted).
 * Refused actors go first on a target; the allowed actor then acts on that same target, which
 * proves the refusals left it actionable. Actions that use a target up get a fresh one.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corporateNumberCheckDigit } from "../../src/domain/corporate-number.js";
import { ANNOUNCE_IDS } from "../../src/features/announcements/announcements-ids.js";
import { APPLICATION_IDS } from "../../src/features/applications/applications-ids.js";
import { BRIEFING_IDS } from "../../src/features/briefings/briefings-ids.js";
import { EXPERT_IDS } from "../../src/features/experts/experts-ids.js";
import { REPORT_IDS } from "../../src/features/final-report/final-report-ids.js";
import { FIRST_VISIT_IDS } from "../../src/features/first-visits/first-visits-ids.js";
import { HELPDESK_IDS } from "../../src/features/helpdesk/helpdesk-ids.js";
import { BANK_IDS } from "../../src/features/honoraria/bank/bank-ids.js";
import { HONORARIA_IDS } from "../../src/features/honoraria/honoraria-ids.js";
import { TRAVEL_IDS } from "../../src/features/honoraria/travel/travel-ids.js";
import { MATCHING_IDS } from "../../src/features/matching/matching-ids.js";
import { PROGRAM_IDS } from "../../src/features/program/program-ids.js";
import { SHORTAGE_IDS } from "../../src/features/shortage/shortage-ids.js";
import { SME_IDS } from "../../src/features/sme/sme-ids.js";
import { SURVEY_IDS } from "../../src/features/surveys/surveys-ids.js";
import { VISIT_IDS } from "../../src/features/visits/visits-ids.js";
import { errorText } from "../../src/slack/reply.js";
import { DbSnapshotter, diffSnapshots } from "../support/db-snapshot.js";
import type { RecordedCall, RecordedResponse } from "../support/fake-slack.js";
import type { Harness } from "../support/harness.js";
import { SECRETARIAT_CHANNEL } from "../support/harness.js";
import {
  ACTOR_KEYS,
  ACTORS,
  type ActorKey,
  autofill,
  buildWorld,
  EXPERT_PRIVATE,
  expertForm,
  SME_USER,
  startMatrixHarness,
  type World,
} from "../support/matrix-world.js";
import { assertNoPersonalData } from "../support/privacy.js";
import { featureIds, listRegistrations, type RegistrationKind } from "../support/registrations.js";
import type { FillValue, StateValues } from "../support/slack-driver.js";
import { reportValues } from "../support/visit-fixtures.js";

type Who = ActorKey | "sme";
const userOf = (who: Who) => (who === "sme" ? SME_USER : ACTORS[who]);

type Req =
  | { type: "command"; command: string; text: string }
  | { type: "click"; actionId: string; value: string; view?: any }
  | { type: "select"; actionId: string; value: string; view: any; static?: boolean }
  | { type: "submit"; view: any; values: StateValues }
  | { type: "options"; actionId: string; blockId: string; query: string; view?: any; values?: StateValues }
  | { type: "event"; event: Record<string, unknown> }
  | { type: "home" };

type Row = {
  kind: RegistrationKind;
  key: string;
  /** Several rows of one registration differ by what the command says (e.g. "status"). */
  variant?: string;
  /** Who may do it; everyone else among the six actors is refused. */
  allow: readonly Who[];
  /**
   * How a refusal shows: a message in the person's language (default), nothing at all (a thread
   * reply that is not addressed to the app; an options load answers no options), or the
   * unprivileged meaning of the same words (e.g. `/desk faq delete 3` is a FAQ search for others).
   */
  refusal?: "message" | "silent" | "no-options" | "unprivileged";
  /** The allowed use changes the target, so the next allowed actor needs a fresh one. */
  consumes?: boolean;
  /**
   * Changes who the actors are (an expert record, an SME contact) or the fixture experts: runs after
   * every other row, in ascending order.
   */
  late?: number;
  /** A fresh target; `opener` is the allowed actor who opens the modal for view rows. */
  target: (w: World, opener: Who) => Promise<any>;
  request: (t: any, who: Who) => Req;
  /** What the allowed actor must see or cause, beyond "not refused". */
  allowed?: (w: World, t: any, who: Who, seen: Seen) => Promise<void> | void;
};

type Seen = {
  status: number;
  body: any;
  /** Texts the actor received privately during the request (replies, DMs, ephemerals, inline errors). */
  texts: string[];
  /** Views opened, pushed, updated or published for the actor. */
  views: any[];
  dbChanges: string[];
};

const SEC_ONLY = ["sec"] as const;
const SEC_AND_OWNER = ["sec", "owner"] as const;
const EXPERTS = ["owner", "other"] as const;
const EXPERT_OR_SEC = ["sec", "owner", "other"] as const;
const EVERYONE = ACTOR_KEYS;
const REGISTERED_EXPERTS = ["owner", "other", "pending"] as const;

let seq = 0;
const uniq = () => ++seq;

/** A valid bank account for the owner, by block. */
const MATRIX_ACCOUNT: Record<string, FillValue> = {
  [BANK_IDS.blocks.bank]: { value: "0001" },
  [BANK_IDS.blocks.branch]: { value: "0001:001" },
  [BANK_IDS.blocks.accountType]: { value: "1" },
  [BANK_IDS.blocks.accountNumber]: "1234567",
  [BANK_IDS.blocks.holderName]: "ヤマダ タロウ",
  [BANK_IDS.blocks.payeeKind]: { value: "individual" },
};

/** Opens a modal through its real button as `who` and returns the stored view. */
async function openWith(w: World, who: Who, actionId: string, value: string, viewCallbackId?: string) {
  const user = userOf(who);
  await w.h.driver.clickButton(user, { actionId, value });
  await w.h.settle();
  const view = w.h.fake.lastView(user);
  if (!view || (viewCallbackId && view.view.callback_id !== viewCallbackId))
    throw new Error(
      `opening ${actionId} as ${who} did not open ${viewCallbackId ?? "a modal"}: ${JSON.stringify(w.h.fake.responses().at(-1)?.body ?? w.h.fake.messages(user).at(-1)?.text)}`,
    );
  return view;
}

async function openByCommand(w: World, who: Who, command: string, text: string, callbackId: string) {
  const user = userOf(who);
  await w.h.driver.command(user, command, text);
  await w.h.settle();
  const view = w.h.fake.lastView(user);
  if (!view || view.view.callback_id !== callbackId)
    throw new Error(`${command} ${text} as ${who} did not open ${callbackId}`);
  return view;
}

const click = (actionId: string, value: string, view?: any): Req => ({ type: "click", actionId, value, view });
const command = (c: string, text = ""): Req => ({ type: "command", command: c, text });
const submit = (t: { view: any; values: StateValues }): Req => ({ type: "submit", view: t.view, values: t.values });

/** A modal row: the opener opens it with a button (value from the target) and fills it. */
function modal(
  open: (w: World, opener: Who) => Promise<{ view: any; ctx?: any }>,
  fill: (w: World, view: any) => Record<string, FillValue> = () => ({}),
) {
  return {
    target: async (w: World, opener: Who) => {
      const { view, ctx } = await open(w, opener);
      return { view, ctx, values: autofill(view, fill(w, view)) };
    },
    request: (t: any) => submit(t),
  };
}

function corporateNumber(n: number): string {
  const base12 = String(180301000000 + n * 7919).padStart(12, "0");
  return `${corporateNumberCheckDigit(base12)}${base12}`;
}

/** The application form by block id (the same for both languages; the secretariat's has more fields). */
const APPLY_FORM = (n: number): Record<string, FillValue> => {
  const B = APPLICATION_IDS.blocks;
  return {
    [B.companyName]: `株式会社申込テスト${n}`,
    [B.companyKana]: "カブシキガイシャモウシコミテスト",
    [B.corporateNumber]: corporateNumber(n),
    [B.industry]: { value: "E" },
    [B.capital]: "10000000",
    [B.employees]: "25",
    [B.prefecture]: { value: "23" },
    [B.address]: `名古屋市中区丸の内${n}-2-3`,
    [B.contactName]: `申込 太郎${n}`,
    [B.contactTitle]: "総務部長",
    [B.contactEmail]: `apply${n}@example.co.jp`,
    [B.contactPhone]: "052-123-4567",
    [B.scheduleWishes]: "11月中の平日午後を希望します",
  };
};

function elementValue(view: any, actionId: string): string {
  for (const b of view.view.blocks)
    for (const el of [...(b.elements ?? []), b.accessory].filter(Boolean))
      if (el.action_id === actionId) return String(el.value);
  throw new Error(`no ${actionId} in the view`);
}

const ROWS: Row[] = [
  // ---------------------------------------------------------------- core: admin and settings
  {
    kind: "command",
    key: "/desk admin",
    allow: SEC_ONLY,
    consumes: true,
    target: async () => `UMXADD${uniq()}`,
    request: (id) => command("/desk", `admin add <@${id}>`),
    allowed: async (w, id) => {
      expect(await w.h.db.secretariatMember.findUnique({ where: { slackUserId: id } })).not.toBeNull();
    },
  },
  {
    kind: "command",
    key: "/desk settings",
    allow: SEC_ONLY,
    target: async () => null,
    request: () => command("/desk", "settings"),
    allowed: (_w, _t, _who, seen) => expectModal(seen, PROGRAM_IDS.settingsModal),
  },
  {
    kind: "action",
    key: SHORTAGE_IDS.recruitButton,
    allow: SEC_ONLY,
    target: async () => null,
    request: () => click(SHORTAGE_IDS.recruitButton, "7"),
    allowed: (_w, _t, _who, seen) => expectModal(seen, ANNOUNCE_IDS.composeModal),
  },
  {
    kind: "action",
    key: PROGRAM_IDS.openSettingsButton,
    allow: SEC_ONLY,
    target: async () => null,
    request: () => click(PROGRAM_IDS.openSettingsButton, "open"),
    allowed: (_w, _t, _who, seen) => expectModal(seen, PROGRAM_IDS.settingsModal),
  },
  {
    kind: "view",
    key: PROGRAM_IDS.settingsModal,
    allow: SEC_ONLY,
    ...modal(async (w, who) => ({ view: await openWith(w, who, PROGRAM_IDS.openSettingsButton, "open") })),
  },
  {
    kind: "action",
    key: PROGRAM_IDS.newProgramButton,
    allow: SEC_ONLY,
    target: async () => null,
    request: () => click(PROGRAM_IDS.newProgramButton, "new"),
    allowed: (_w, _t, _who, seen) => expectModal(seen, PROGRAM_IDS.newProgramModal),
  },
  {
    kind: "view",
    key: PROGRAM_IDS.newProgramModal,
    allow: SEC_ONLY,
    // The new year becomes current: after every other row (the switch row then switches back).
    late: 90,
    ...modal(
      async (w, who) => {
        // A year is switched away from only once its submitted reports are reviewed (they could no
        // longer be accepted): the secretariat reviews the world's waiting ones first.
        await w.h.db.visitReport.updateMany({ where: { status: "submitted" }, data: { status: "accepted" } });
        return { view: await openWith(w, who, PROGRAM_IDS.newProgramButton, "new") };
      },
      () => ({
        [PROGRAM_IDS.blocks.name]: "2099年度",
        [PROGRAM_IDS.blocks.startDate]: "2099-04-01",
        [PROGRAM_IDS.blocks.endDate]: "2100-03-31",
        [PROGRAM_IDS.blocks.applyFrom]: "2099-04-01",
        [PROGRAM_IDS.blocks.applyUntil]: "2100-01-31",
      }),
    ),
    allowed: async (w) => {
      expect((await w.h.db.program.findFirstOrThrow({ where: { current: true } })).name).toBe("2099年度");
    },
  },
  {
    kind: "action",
    key: PROGRAM_IDS.switchProgramSelect,
    allow: SEC_ONLY,
    late: 91,
    target: async (w, who) => {
      const first = await w.h.db.program.findFirstOrThrow({ orderBy: { id: "asc" } });
      return { first, view: await openWith(w, who, PROGRAM_IDS.openSettingsButton, "open", PROGRAM_IDS.settingsModal) };
    },
    // Back to the first program: the world's program again for whatever runs after.
    request: (t) => ({
      type: "select",
      actionId: PROGRAM_IDS.switchProgramSelect,
      value: switchValue(t.view),
      view: t.view,
      static: true,
    }),
    allowed: async (w, t) => {
      expect((await w.h.db.program.findFirstOrThrow({ where: { current: true } })).id).toBe(t.first.id);
    },
  },
  {
    kind: "action",
    key: PROGRAM_IDS.carryOverKeepButton,
    allow: EXPERTS,
    target: async (w) => w.h.db.program.findFirstOrThrow({ where: { current: true } }),
    request: (p) => click(PROGRAM_IDS.carryOverKeepButton, String(p.id)),
  },
  {
    kind: "action",
    key: PROGRAM_IDS.carryOverChangeButton,
    allow: EXPERTS,
    target: async (w) => w.h.db.program.findFirstOrThrow({ where: { current: true } }),
    request: (p) => click(PROGRAM_IDS.carryOverChangeButton, String(p.id)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, EXPERT_IDS.profileModal),
  },
  {
    kind: "command",
    key: "/desk ranking",
    allow: SEC_ONLY,
    target: async () => null,
    request: () => command("/desk", "ranking"),
    allowed: (_w, _t, _who, seen) => expectModal(seen, MATCHING_IDS.rankingModal),
  },
  {
    kind: "view",
    key: MATCHING_IDS.rankingModal,
    allow: SEC_ONLY,
    ...modal(async (w) => ({ view: await openByCommand(w, "sec", "/desk", "ranking", MATCHING_IDS.rankingModal) })),
  },
  // ---------------------------------------------------------------- experts
  {
    kind: "command",
    key: "/expert register",
    allow: EVERYONE,
    target: async () => null,
    request: () => command("/expert", "register"),
  },
  {
    kind: "command",
    key: "/expert profile",
    allow: EVERYONE,
    target: async () => null,
    request: () => command("/expert", "profile"),
  },
  {
    kind: "view",
    key: EXPERT_IDS.registerModal,
    // A pending registrant's repeated submission is accepted and changes nothing; active experts are told they are registered.
    allow: ["sec", "pending", "outsider", "english"],
    late: 3,
    target: async (w, who) => {
      const opener = who === "pending" ? "outsider" : who;
      const view = await openByCommand(w, opener, "/expert", "register", EXPERT_IDS.registerModal);
      return { view, values: autofill(view, expertForm(uniq())) };
    },
    request: (t) => submit(t),
  },
  {
    kind: "view",
    key: EXPERT_IDS.profileModal,
    allow: REGISTERED_EXPERTS,
    // The fixture experts' capacity (99) is above what the form accepts, so this row runs last.
    late: 1,
    ...modal(
      async (w, who) => ({
        view: await openWith(
          w,
          who === "sec" ? "owner" : who,
          EXPERT_IDS.editProfileButton,
          String((who === "other" ? w.other : who === "pending" ? w.pending : w.owner).id),
          EXPERT_IDS.profileModal,
        ),
      }),
      () => ({ [EXPERT_IDS.blocks.capacity]: "20" }),
    ),
    allowed: async (w, _t, who) => {
      // Each expert's submission touched only their own record.
      const owner = await w.h.db.expert.findUniqueOrThrow({ where: { id: w.owner.id } });
      if (who !== "owner") expect(owner.email).toBe(EXPERT_PRIVATE.ownerEmail);
    },
  },
  {
    kind: "view",
    key: EXPERT_IDS.rejectModal,
    allow: SEC_ONLY,
    ...modal(
      async (w, who) => ({
        view: await openWith(w, who, EXPERT_IDS.rejectButton, String((await w.pendingExpert()).id)),
      }),
      () => ({ reason: "登録番号を確認できませんでした" }),
    ),
  },
  {
    kind: "action",
    key: EXPERT_IDS.approveButton,
    allow: SEC_ONLY,
    consumes: true,
    target: (w) => w.pendingExpert(),
    request: (e) => click(EXPERT_IDS.approveButton, String(e.id)),
    allowed: async (w, e) => {
      expect((await w.h.db.expert.findUniqueOrThrow({ where: { id: e.id } })).status).toBe("active");
    },
  },
  {
    kind: "action",
    key: EXPERT_IDS.rejectButton,
    allow: SEC_ONLY,
    target: (w) => w.pendingExpert(),
    request: (e) => click(EXPERT_IDS.rejectButton, String(e.id)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, EXPERT_IDS.rejectModal),
  },
  {
    kind: "action",
    key: EXPERT_IDS.editProfileButton,
    // Opens one's own record whatever the button says; someone else's id opens nothing of theirs.
    allow: EVERYONE,
    target: async (w) => w.owner,
    request: (e) => click(EXPERT_IDS.editProfileButton, String(e.id)),
  },
  // ---------------------------------------------------------------- applications
  {
    kind: "command",
    key: "/apply",
    allow: EVERYONE,
    target: async () => null,
    request: () => command("/apply"),
    allowed: (_w, _t, _who, seen) => expectModal(seen, APPLICATION_IDS.applyModal),
  },
  {
    kind: "command",
    key: "/desk queue",
    allow: SEC_ONLY,
    target: (w) => w.received(),
    request: () => command("/desk", "queue"),
  },
  {
    kind: "view",
    key: APPLICATION_IDS.applyModal,
    allow: EVERYONE,
    late: 2,
    target: async (w, who) => {
      const view = await openByCommand(w, who, "/apply", "", APPLICATION_IDS.applyModal);
      return { view, values: autofill(view, APPLY_FORM(uniq())) };
    },
    request: (t) => submit(t),
  },
  {
    kind: "view",
    key: APPLICATION_IDS.invalidModal,
    allow: SEC_ONLY,
    ...modal(async (w, who) => ({
      view: await openWith(w, who, APPLICATION_IDS.invalidButton, String((await w.received()).id)),
    })),
  },
  {
    kind: "action",
    key: APPLICATION_IDS.openApplyButton,
    allow: EVERYONE,
    target: async () => null,
    request: () => click(APPLICATION_IDS.openApplyButton, "open"),
    allowed: (_w, _t, _who, seen) => expectModal(seen, APPLICATION_IDS.applyModal),
  },
  {
    kind: "action",
    key: APPLICATION_IDS.validButton,
    allow: SEC_ONLY,
    consumes: true,
    target: (w) => w.received(),
    request: (a) => click(APPLICATION_IDS.validButton, String(a.id)),
    allowed: async (w, a) => {
      expect((await w.h.db.application.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("valid");
    },
  },
  {
    kind: "action",
    key: APPLICATION_IDS.invalidButton,
    allow: SEC_ONLY,
    target: (w) => w.received(),
    request: (a) => click(APPLICATION_IDS.invalidButton, String(a.id)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, APPLICATION_IDS.invalidModal),
  },
  {
    kind: "options",
    key: APPLICATION_IDS.recruiterSelect,
    // Anyone filling the application form may name the expert who introduced them (names only).
    allow: EVERYONE,
    target: async () => null,
    request: () => ({
      type: "options",
      actionId: APPLICATION_IDS.recruiterSelect,
      blockId: APPLICATION_IDS.blocks.recruiter,
      query: "山田",
    }),
    allowed: (_w, _t, _who, seen) => {
      expect(seen.body.options.length).toBeGreaterThan(0);
      expect(JSON.stringify(seen.body)).not.toContain(EXPERT_PRIVATE.ownerEmail);
    },
  },
  // ---------------------------------------------------------------- matching
  {
    kind: "command",
    key: "/desk match",
    allow: SEC_ONLY,
    target: (w) => w.valid(),
    request: (a) => command("/desk", `match ${a.id}`),
    allowed: (_w, _t, _who, seen) => expectModal(seen, MATCHING_IDS.proposeModal),
  },
  {
    kind: "command",
    key: "/desk reassign",
    allow: SEC_ONLY,
    target: (w) => w.activeCase(),
    request: (c) => command("/desk", `reassign ${c.case.id}`),
    allowed: (_w, _t, _who, seen) => expectModal(seen, MATCHING_IDS.reassignModal),
  },
  {
    kind: "action",
    key: MATCHING_IDS.proposeButton,
    allow: SEC_ONLY,
    target: (w) => w.valid(),
    request: (a) => click(MATCHING_IDS.proposeButton, String(a.id)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, MATCHING_IDS.proposeModal),
  },
  {
    kind: "action",
    key: MATCHING_IDS.removeCandidate,
    allow: SEC_ONLY,
    target: async (w, who) => ({
      view: await openWith(w, who, MATCHING_IDS.proposeButton, String((await w.valid()).id), MATCHING_IDS.proposeModal),
    }),
    request: (t) => click(MATCHING_IDS.removeCandidate, elementValue(t.view, MATCHING_IDS.removeCandidate), t.view),
    allowed: (_w, _t, _who, seen) => expectModal(seen, MATCHING_IDS.proposeModal),
  },
  {
    kind: "action",
    key: MATCHING_IDS.addCandidate,
    allow: SEC_ONLY,
    target: async (w, who) => ({
      view: await openWith(w, who, MATCHING_IDS.proposeButton, String((await w.valid()).id), MATCHING_IDS.proposeModal),
    }),
    request: (t) => ({ type: "select", actionId: MATCHING_IDS.addCandidate, value: "other", view: t.view }),
    allowed: (_w, _t, _who, seen) => expectModal(seen, MATCHING_IDS.proposeModal),
  },
  {
    kind: "action",
    key: MATCHING_IDS.directMatchButton,
    allow: SEC_ONLY,
    consumes: true,
    target: async (w, who) => {
      const app = await w.sme({ recruiterExpertId: w.owner.id });
      return {
        app,
        view: await openWith(w, who, MATCHING_IDS.proposeButton, String(app.id), MATCHING_IDS.proposeModal),
      };
    },
    request: (t) => click(MATCHING_IDS.directMatchButton, String(t.app.id), t.view),
    allowed: (_w, _t, _who, seen) => expectModal(seen, MATCHING_IDS.approveModal),
  },
  {
    kind: "action",
    key: MATCHING_IDS.chooseButton,
    // The SME contact the proposal was sent to (or the secretariat for them); the candidates themselves may not.
    allow: ["sec", "sme"],
    consumes: true,
    target: async (w) => ({ ...(await w.proposed()), ownerId: w.owner.id }),
    request: (p) => click(MATCHING_IDS.chooseButton, `${p.proposalId}:${p.ownerId}`),
  },
  {
    kind: "action",
    key: MATCHING_IDS.recordChoiceButton,
    allow: SEC_ONLY,
    target: (w) => w.proposed(),
    request: (p) => click(MATCHING_IDS.recordChoiceButton, String(p.proposalId)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, MATCHING_IDS.recordChoiceModal),
  },
  {
    kind: "action",
    key: MATCHING_IDS.withdrawButton,
    allow: SEC_ONLY,
    target: (w) => w.proposed(),
    request: (p) => click(MATCHING_IDS.withdrawButton, String(p.proposalId)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, MATCHING_IDS.withdrawModal),
  },
  {
    kind: "action",
    key: MATCHING_IDS.approveButton,
    allow: SEC_ONLY,
    target: (w) => w.chosen(),
    request: (p) => click(MATCHING_IDS.approveButton, String(p.app.id)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, MATCHING_IDS.approveModal),
  },
  {
    kind: "action",
    key: MATCHING_IDS.rejectButton,
    allow: SEC_ONLY,
    target: (w) => w.chosen(),
    request: (p) => click(MATCHING_IDS.rejectButton, String(p.app.id)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, MATCHING_IDS.rejectModal),
  },
  {
    kind: "action",
    key: MATCHING_IDS.reassignButton,
    allow: SEC_ONLY,
    target: (w) => w.activeCase(),
    request: (c) => click(MATCHING_IDS.reassignButton, String(c.case.id)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, MATCHING_IDS.reassignModal),
  },
  {
    kind: "view",
    key: MATCHING_IDS.proposeModal,
    allow: SEC_ONLY,
    ...modal(
      async (w, who) => ({ view: await openWith(w, who, MATCHING_IDS.proposeButton, String((await w.valid()).id)) }),
      () => ({ [MATCHING_IDS.blocks.count]: "2" }),
    ),
  },
  {
    kind: "view",
    key: MATCHING_IDS.recordChoiceModal,
    allow: SEC_ONLY,
    ...modal(async (w, who) => ({
      view: await openWith(w, who, MATCHING_IDS.recordChoiceButton, String((await w.proposed()).proposalId)),
    })),
  },
  {
    kind: "view",
    key: MATCHING_IDS.approveModal,
    allow: SEC_ONLY,
    ...modal(
      async (w, who) => ({
        view: await openWith(w, who, MATCHING_IDS.approveButton, String((await w.chosen()).app.id)),
      }),
      () => ({ [MATCHING_IDS.blocks.firstVisitTarget]: "2019-10-20" }),
    ),
  },
  {
    kind: "view",
    key: MATCHING_IDS.rejectModal,
    allow: SEC_ONLY,
    ...modal(
      async (w, who) => ({
        view: await openWith(w, who, MATCHING_IDS.rejectButton, String((await w.chosen()).app.id)),
      }),
      () => ({ [MATCHING_IDS.blocks.reason]: "専門家の都合がつかないため" }),
    ),
  },
  {
    kind: "view",
    key: MATCHING_IDS.withdrawModal,
    allow: SEC_ONLY,
    ...modal(
      async (w, who) => ({
        view: await openWith(w, who, MATCHING_IDS.withdrawButton, String((await w.proposed()).proposalId)),
      }),
      () => ({ [MATCHING_IDS.blocks.reason]: "企業からいずれの候補も希望しないと連絡があったため" }),
    ),
  },
  {
    kind: "view",
    key: MATCHING_IDS.reassignModal,
    allow: SEC_ONLY,
    ...modal(
      async (w, who) => ({
        view: await openWith(w, who, MATCHING_IDS.reassignButton, String((await w.activeCase()).case.id)),
      }),
      (w) => ({
        [MATCHING_IDS.blocks.expert]: { value: String(w.spare.id), text: "佐藤 次郎" },
        [MATCHING_IDS.blocks.reason]: "専門家の体調不良のため",
      }),
    ),
  },
  {
    kind: "options",
    key: MATCHING_IDS.addCandidate,
    allow: SEC_ONLY,
    refusal: "no-options",
    target: async () => null,
    request: () => ({
      type: "options",
      actionId: MATCHING_IDS.addCandidate,
      blockId: MATCHING_IDS.blocks.add,
      query: "鈴木",
    }),
    allowed: (_w, _t, _who, seen) => expect(seen.body.options.length).toBeGreaterThan(0),
  },
  {
    kind: "options",
    key: MATCHING_IDS.reassignExpertSelect,
    allow: SEC_ONLY,
    refusal: "no-options",
    target: async () => null,
    request: () => ({
      type: "options",
      actionId: MATCHING_IDS.reassignExpertSelect,
      blockId: MATCHING_IDS.blocks.expert,
      query: "鈴木",
    }),
    allowed: (_w, _t, _who, seen) => expect(seen.body.options.length).toBeGreaterThan(0),
  },
  // ---------------------------------------------------------------- visits, reports, deliverables, cases
  {
    kind: "command",
    key: "/visit",
    allow: EXPERT_OR_SEC,
    target: (w) => w.activeCase(),
    request: () => command("/visit"),
  },
  {
    kind: "command",
    key: "/visit list",
    allow: EXPERT_OR_SEC,
    target: (w) => w.activeCase(),
    request: () => command("/visit", "list"),
  },
  {
    kind: "command",
    key: "/visit schedule",
    allow: SEC_AND_OWNER,
    target: (w) => w.activeCase(),
    request: (c) => command("/visit", `schedule ${c.case.id}`),
    allowed: (_w, _t, _who, seen) => expectModal(seen, VISIT_IDS.scheduleModal),
  },
  {
    kind: "command",
    key: "/visit log",
    allow: ["owner"],
    target: (w) => w.returnedReport(),
    request: (r) => command("/visit", `log ${r.case.id}`),
    allowed: (_w, _t, _who, seen) => expectModal(seen, VISIT_IDS.reportModal),
  },
  {
    kind: "command",
    key: "/visit case",
    allow: SEC_AND_OWNER,
    target: (w) => w.activeCase(),
    request: (c) => command("/visit", `case ${c.case.id}`),
    allowed: (_w, _t, _who, seen) => expectModal(seen, VISIT_IDS.caseModal),
  },
  {
    kind: "command",
    key: "/desk case",
    allow: SEC_ONLY,
    target: (w) => w.activeCase(),
    request: (c) => command("/desk", `case ${c.case.id}`),
    allowed: (_w, _t, _who, seen) => expectModal(seen, VISIT_IDS.caseModal),
  },
  {
    kind: "command",
    key: "/visit deliverable",
    allow: SEC_AND_OWNER,
    target: (w) => w.activeCase(),
    request: (c) => command("/visit", `deliverable ${c.case.id}`),
    allowed: (_w, _t, _who, seen) => expectModal(seen, VISIT_IDS.deliverableModal),
  },
  {
    kind: "action",
    key: VISIT_IDS.scheduleNextButton,
    allow: SEC_AND_OWNER,
    target: (w) => w.activeCase(),
    request: (c) => click(VISIT_IDS.scheduleNextButton, String(c.case.id)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, VISIT_IDS.scheduleModal),
  },
  {
    kind: "view",
    key: VISIT_IDS.scheduleModal,
    allow: SEC_AND_OWNER,
    ...modal(
      async (w, who) => ({
        view: await openWith(w, who, VISIT_IDS.scheduleNextButton, String((await w.activeCase()).case.id)),
      }),
      () => ({
        [VISIT_IDS.blocks.date]: "2019-10-08",
        [VISIT_IDS.blocks.time]: "10:00",
        [VISIT_IDS.blocks.place]: "本社会議室",
      }),
    ),
  },
  {
    kind: "action",
    key: FIRST_VISIT_IDS.proposeButton,
    allow: SEC_AND_OWNER,
    target: (w) => w.activeCase(),
    request: (c) => click(FIRST_VISIT_IDS.proposeButton, String(c.case.id)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, FIRST_VISIT_IDS.proposeModal),
  },
  {
    kind: "view",
    key: FIRST_VISIT_IDS.proposeModal,
    allow: SEC_AND_OWNER,
    ...modal(
      async (w, who) => {
        const c = await w.activeCase();
        return { view: await openWith(w, who, FIRST_VISIT_IDS.proposeButton, String(c.case.id)), ctx: c };
      },
      () => ({
        [FIRST_VISIT_IDS.dateBlock(1)]: "2019-10-08",
        [FIRST_VISIT_IDS.blocks.place]: "本社会議室",
      }),
    ),
    allowed: async (w, t) => {
      const p = await w.h.db.firstVisitProposal.findFirstOrThrow({ where: { caseId: t.ctx.case.id } });
      expect(p.status).toBe("open");
    },
  },
  {
    kind: "action",
    key: FIRST_VISIT_IDS.recordAnswerButton,
    allow: SEC_ONLY,
    target: (w) => w.firstVisitProposal(),
    request: (p) => click(FIRST_VISIT_IDS.recordAnswerButton, String(p.proposalId)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, FIRST_VISIT_IDS.recordAnswerModal),
  },
  {
    kind: "view",
    key: FIRST_VISIT_IDS.recordAnswerModal,
    allow: SEC_ONLY,
    ...modal(async (w, who) => {
      const p = await w.firstVisitProposal();
      return { view: await openWith(w, who, FIRST_VISIT_IDS.recordAnswerButton, String(p.proposalId)), ctx: p };
    }),
    allowed: async (w, t) => {
      const visit = await w.h.db.visit.findFirstOrThrow({ where: { caseId: t.ctx.case.id, round: 1 } });
      expect(visit.status).toBe("scheduled");
    },
  },
  {
    kind: "action",
    key: VISIT_IDS.rescheduleButton,
    allow: SEC_AND_OWNER,
    target: (w) => w.scheduledVisit(),
    request: (v) => click(VISIT_IDS.rescheduleButton, String(v.visit.id)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, VISIT_IDS.rescheduleModal),
  },
  {
    kind: "view",
    key: VISIT_IDS.rescheduleModal,
    allow: SEC_AND_OWNER,
    ...modal(
      async (w, who) => ({
        view: await openWith(w, who, VISIT_IDS.rescheduleButton, String((await w.scheduledVisit()).visit.id)),
      }),
      () => ({ [VISIT_IDS.blocks.date]: "2019-10-10", [VISIT_IDS.blocks.reason]: "先方の都合" }),
    ),
  },
  {
    kind: "action",
    key: VISIT_IDS.cancelButton,
    allow: SEC_AND_OWNER,
    target: (w) => w.scheduledVisit(),
    request: (v) => click(VISIT_IDS.cancelButton, String(v.visit.id)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, VISIT_IDS.cancelModal),
  },
  {
    kind: "view",
    key: VISIT_IDS.cancelModal,
    allow: SEC_AND_OWNER,
    ...modal(
      async (w, who) => ({
        view: await openWith(w, who, VISIT_IDS.cancelButton, String((await w.scheduledVisit()).visit.id)),
      }),
      () => ({ [VISIT_IDS.blocks.reason]: "担当者の急病" }),
    ),
  },
  {
    kind: "action",
    key: VISIT_IDS.heldButton,
    // Recording that a visit took place is the case expert's (it starts their report).
    allow: ["owner"],
    target: (w) => w.scheduledVisit(),
    request: (v) => click(VISIT_IDS.heldButton, String(v.visit.id)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, VISIT_IDS.heldModal),
  },
  {
    kind: "view",
    key: VISIT_IDS.heldModal,
    allow: ["owner"],
    ...modal(
      async (w, who) => ({
        view: await openWith(w, who, VISIT_IDS.heldButton, String((await w.scheduledVisit()).visit.id)),
      }),
      () => ({ [VISIT_IDS.blocks.heldOn]: "2019-10-01", [VISIT_IDS.blocks.duration]: "90" }),
    ),
  },
  {
    kind: "action",
    key: VISIT_IDS.openLogButton,
    allow: ["owner"],
    target: (w) => w.returnedReport(),
    request: (r) => click(VISIT_IDS.openLogButton, String(r.visit.id)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, VISIT_IDS.reportModal),
  },
  {
    kind: "action",
    key: VISIT_IDS.logUnplannedButton,
    allow: ["owner"],
    target: (w) => w.activeCase(),
    request: (c) => click(VISIT_IDS.logUnplannedButton, `${c.case.id}:1`),
    allowed: (_w, _t, _who, seen) => expectModal(seen, VISIT_IDS.reportModal),
  },
  {
    kind: "action",
    key: VISIT_IDS.reviseReportButton,
    allow: ["owner"],
    target: (w) => w.returnedReport(),
    request: (r) => click(VISIT_IDS.reviseReportButton, String(r.report.id)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, VISIT_IDS.reportModal),
  },
  {
    kind: "action",
    key: VISIT_IDS.saveDraftButton,
    allow: ["owner"],
    target: async (w) => ({ view: await w.openUnplannedReport((await w.activeCase()).case.id) }),
    request: (t) => click(VISIT_IDS.saveDraftButton, "draft", t.view),
    allowed: async (w, t) => {
      const target = JSON.parse(t.view.view.private_metadata).target;
      expect(await w.h.db.visitReport.count({ where: { status: "draft", visit: { caseId: target.caseId } } })).toBe(1);
    },
  },
  {
    kind: "view",
    key: VISIT_IDS.reportModal,
    allow: ["owner"],
    target: async (w) => {
      const view = await w.openUnplannedReport((await w.activeCase()).case.id);
      return { view, values: w.h.driver.fill(view, reportValues(view, 1, { 実施日: "2019-09-20" })) };
    },
    request: (t) => submit(t),
  },
  {
    kind: "action",
    key: VISIT_IDS.acceptReportButton,
    allow: SEC_ONLY,
    consumes: true,
    target: (w) => w.submittedReport(),
    request: (r) => click(VISIT_IDS.acceptReportButton, String(r.report.id)),
    allowed: async (w, r) => {
      expect((await w.h.db.visitReport.findUniqueOrThrow({ where: { id: r.report.id } })).status).toBe("accepted");
    },
  },
  {
    kind: "action",
    key: VISIT_IDS.returnReportButton,
    allow: SEC_ONLY,
    target: (w) => w.submittedReport(),
    request: (r) => click(VISIT_IDS.returnReportButton, String(r.report.id)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, VISIT_IDS.returnModal),
  },
  {
    kind: "view",
    key: VISIT_IDS.returnModal,
    allow: SEC_ONLY,
    ...modal(
      async (w, who) => ({
        view: await openWith(w, who, VISIT_IDS.returnReportButton, String((await w.submittedReport()).report.id)),
      }),
      () => ({ [VISIT_IDS.blocks.comment]: "リスクの優先度を追記してください。" }),
    ),
  },
  {
    kind: "action",
    key: VISIT_IDS.viewReportButton,
    allow: SEC_AND_OWNER,
    target: (w) => w.submittedReport(),
    request: (r) => click(VISIT_IDS.viewReportButton, String(r.report.id)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, VISIT_IDS.reportViewModal),
  },
  {
    kind: "action",
    key: VISIT_IDS.openCaseButton,
    allow: SEC_AND_OWNER,
    target: (w) => w.activeCase(),
    request: (c) => click(VISIT_IDS.openCaseButton, String(c.case.id)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, VISIT_IDS.caseModal),
  },
  {
    kind: "action",
    key: VISIT_IDS.completeCaseButton,
    allow: SEC_ONLY,
    target: (w) => w.activeCase(),
    request: (c) => click(VISIT_IDS.completeCaseButton, String(c.case.id)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, VISIT_IDS.closeCaseModal),
  },
  {
    kind: "action",
    key: VISIT_IDS.terminateCaseButton,
    allow: SEC_ONLY,
    target: (w) => w.activeCase(),
    request: (c) => click(VISIT_IDS.terminateCaseButton, String(c.case.id)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, VISIT_IDS.closeCaseModal),
  },
  {
    kind: "view",
    key: VISIT_IDS.closeCaseModal,
    allow: SEC_ONLY,
    ...modal(
      async (w, who) => {
        const c = await w.activeCase();
        return { view: await openWith(w, who, VISIT_IDS.terminateCaseButton, String(c.case.id)), ctx: c };
      },
      () => ({ [VISIT_IDS.blocks.reason]: "先方の事業縮小のため" }),
    ),
    allowed: async (w, t) => {
      expect((await w.h.db.case.findUniqueOrThrow({ where: { id: t.ctx.case.id } })).status).toBe("terminated");
    },
  },
  {
    kind: "action",
    key: VISIT_IDS.addDeliverableButton,
    allow: SEC_AND_OWNER,
    target: (w) => w.activeCase(),
    request: (c) => click(VISIT_IDS.addDeliverableButton, String(c.case.id)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, VISIT_IDS.deliverableModal),
  },
  {
    kind: "view",
    key: VISIT_IDS.deliverableModal,
    allow: SEC_AND_OWNER,
    ...modal(
      async (w, who) => ({
        view: await openWith(w, who, VISIT_IDS.addDeliverableButton, String((await w.activeCase()).case.id)),
      }),
      () => ({
        [VISIT_IDS.blocks.title]: "基本方針 第1版",
        [VISIT_IDS.blocks.url]: "https://files.example.jp/policy-v1.docx",
      }),
    ),
  },
  {
    kind: "action",
    key: VISIT_IDS.acceptDeliverableButton,
    allow: SEC_ONLY,
    consumes: true,
    target: (w) => w.deliverable(),
    request: (d) => click(VISIT_IDS.acceptDeliverableButton, String(d.deliverable.id)),
    allowed: async (w, d) => {
      expect((await w.h.db.deliverable.findUniqueOrThrow({ where: { id: d.deliverable.id } })).status).toBe("accepted");
    },
  },
  {
    kind: "action",
    key: VISIT_IDS.returnDeliverableButton,
    allow: SEC_ONLY,
    target: (w) => w.deliverable(),
    request: (d) => click(VISIT_IDS.returnDeliverableButton, String(d.deliverable.id)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, VISIT_IDS.deliverableReturnModal),
  },
  {
    kind: "view",
    key: VISIT_IDS.deliverableReturnModal,
    allow: SEC_ONLY,
    ...modal(
      async (w, who) => ({
        view: await openWith(w, who, VISIT_IDS.returnDeliverableButton, String((await w.deliverable()).deliverable.id)),
      }),
      () => ({ [VISIT_IDS.blocks.comment]: "関連規定の一覧を添付してください。" }),
    ),
  },
  // ---------------------------------------------------------------- honoraria
  {
    kind: "command",
    key: "/desk honoraria",
    allow: SEC_ONLY,
    target: (w) => w.payableLine(),
    request: () => command("/desk", "honoraria"),
  },
  {
    kind: "command",
    key: "/visit honoraria",
    allow: EXPERTS,
    target: async () => null,
    request: () => command("/visit", "honoraria"),
  },
  {
    kind: "action",
    key: HONORARIA_IDS.openPayButton,
    allow: SEC_ONLY,
    target: (w) => w.payableLine(),
    request: () => click(HONORARIA_IDS.openPayButton, "pay"),
    allowed: (_w, _t, _who, seen) => expectModal(seen, HONORARIA_IDS.payModal),
  },
  {
    kind: "view",
    key: HONORARIA_IDS.payModal,
    allow: SEC_ONLY,
    ...modal(
      async (w, who) => {
        const line = await w.payableLine();
        return { view: await openWith(w, who, HONORARIA_IDS.openPayButton, "pay"), ctx: line };
      },
      () => ({ [HONORARIA_IDS.blocks.paidOn]: "2019-10-01" }),
    ),
    allowed: async (w, t) => {
      expect((await w.h.db.honorariumLine.findUniqueOrThrow({ where: { id: t.ctx.line.id } })).status).toBe("paid");
    },
  },
  {
    kind: "action",
    key: HONORARIA_IDS.showOwnButton,
    allow: EXPERTS,
    target: async () => null,
    request: () => click(HONORARIA_IDS.showOwnButton, "own"),
  },
  // Travel: only the expert who held the visit claims; only the secretariat decides.
  {
    kind: "action",
    key: TRAVEL_IDS.openButton,
    allow: ["owner"],
    target: (w) => w.payableLine(),
    request: (r) => click(TRAVEL_IDS.openButton, String(r.visit.id)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, TRAVEL_IDS.modal),
  },
  {
    kind: "view",
    key: TRAVEL_IDS.modal,
    allow: ["owner"],
    ...modal(
      async (w, who) => ({
        view: await openWith(w, who, TRAVEL_IDS.openButton, String((await w.payableLine()).visit.id)),
      }),
      () => ({
        [TRAVEL_IDS.blocks.amount]: "12,340",
        [TRAVEL_IDS.blocks.description]: "名古屋駅→本社 タクシー 往復",
        [TRAVEL_IDS.blocks.url]: "https://files.example.jp/receipt.pdf",
      }),
    ),
  },
  {
    kind: "action",
    key: TRAVEL_IDS.acceptButton,
    allow: SEC_ONLY,
    consumes: true,
    target: (w) => w.travelClaim(),
    request: (t) => click(TRAVEL_IDS.acceptButton, String(t.claim.id)),
    allowed: async (w, t) => {
      expect((await w.h.db.travelExpense.findUniqueOrThrow({ where: { id: t.claim.id } })).status).toBe("accepted");
    },
  },
  {
    kind: "action",
    key: TRAVEL_IDS.returnButton,
    allow: SEC_ONLY,
    target: (w) => w.travelClaim(),
    request: (t) => click(TRAVEL_IDS.returnButton, String(t.claim.id)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, TRAVEL_IDS.returnModal),
  },
  {
    kind: "view",
    key: TRAVEL_IDS.returnModal,
    allow: SEC_ONLY,
    ...modal(
      async (w, who) => ({
        view: await openWith(w, who, TRAVEL_IDS.returnButton, String((await w.travelClaim()).claim.id)),
      }),
      () => ({ [TRAVEL_IDS.blocks.reason]: "領収書の日付が読めません。" }),
    ),
  },
  {
    kind: "options",
    key: HONORARIA_IDS.expertOptions,
    allow: SEC_ONLY,
    refusal: "no-options",
    target: (w) => w.payableLine(),
    request: () => ({
      type: "options",
      actionId: HONORARIA_IDS.expertOptions,
      blockId: HONORARIA_IDS.blocks.experts,
      query: "山田",
    }),
    allowed: (_w, _t, _who, seen) => expect(seen.body.options.length).toBeGreaterThan(0),
  },
  // ---------------------------------------------------------------- bank accounts, payer, transfer files
  {
    kind: "command",
    key: "/expert bank",
    allow: REGISTERED_EXPERTS,
    target: async () => null,
    request: () => command("/expert", "bank"),
    allowed: (_w, _t, _who, seen) => expectModal(seen, BANK_IDS.accountModal),
  },
  {
    kind: "action",
    key: BANK_IDS.openAccountButton,
    // The owner's account: the owner and the secretariat only, whatever the button says.
    allow: SEC_AND_OWNER,
    target: async (w) => w.owner,
    request: (e) => click(BANK_IDS.openAccountButton, String(e.id)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, BANK_IDS.accountModal),
  },
  {
    kind: "view",
    key: BANK_IDS.accountModal,
    allow: SEC_AND_OWNER,
    ...modal(
      async (w, who) => ({
        view: await openWith(w, who, BANK_IDS.openAccountButton, String(w.owner.id), BANK_IDS.accountModal),
      }),
      () => MATRIX_ACCOUNT,
    ),
    allowed: async (w) => {
      expect(await w.h.db.expertBankAccount.findUnique({ where: { expertId: w.owner.id } })).not.toBeNull();
    },
  },
  {
    kind: "action",
    key: BANK_IDS.openPayerButton,
    allow: SEC_ONLY,
    target: async () => null,
    request: () => click(BANK_IDS.openPayerButton, "payer"),
    allowed: (_w, _t, _who, seen) => expectModal(seen, BANK_IDS.payerModal),
  },
  {
    kind: "view",
    key: BANK_IDS.payerModal,
    allow: SEC_ONLY,
    ...modal(
      async (w, who) => ({ view: await openWith(w, who, BANK_IDS.openPayerButton, "payer", BANK_IDS.payerModal) }),
      () => ({
        [BANK_IDS.blocks.payerCode]: "1234567890",
        [BANK_IDS.blocks.payerName]: "ジムキヨク",
        [BANK_IDS.blocks.bank]: { value: "0005" },
        [BANK_IDS.blocks.branch]: { value: "0005:001" },
        [BANK_IDS.blocks.accountType]: { value: "1" },
        [BANK_IDS.blocks.accountNumber]: "7654321",
      }),
    ),
  },
  {
    kind: "action",
    key: BANK_IDS.transferFileButton,
    allow: SEC_ONLY,
    target: async (w) => {
      const { line } = await w.payableLine();
      const sec = await w.actor("sec");
      await w.h.services.bank.setPayer(sec, {
        code: "1234567890",
        name: "ジムキヨク",
        bank: "0005",
        branch: "001",
        accountType: "1",
        accountNumber: "7654321",
      });
      await w.h.services.bank.saveAccount(
        sec,
        line.expertId,
        {
          bank: "0001",
          branch: "001",
          accountType: "1",
          accountNumber: "1234567",
          holderName: "ヤマダ タロウ",
          payeeKind: "individual",
          invoiceNumber: "",
        },
        null,
      );
      const paid = await w.h.services.honoraria.pay(
        sec,
        { paidOn: "2019-10-01", expertIds: [line.expertId], acceptedUntil: null, note: "" },
        `matrix-transfer-${uniq()}`,
      );
      await w.h.settle();
      return paid.batchId;
    },
    request: (batchId) => click(BANK_IDS.transferFileButton, String(batchId)),
    allowed: (_w, _t, _who, seen) => expect(seen.texts.join("\n")).toContain("振込ファイル"),
  },
  {
    kind: "options",
    key: BANK_IDS.bankOptions,
    // The Zengin bank list is public reference data.
    allow: EVERYONE,
    target: async () => null,
    request: () => ({
      type: "options",
      actionId: BANK_IDS.bankOptions,
      blockId: BANK_IDS.blocks.bank,
      query: "みずほ",
    }),
    allowed: (_w, _t, _who, seen) => expect(seen.body.options.length).toBeGreaterThan(0),
  },
  {
    kind: "options",
    key: BANK_IDS.branchOptions,
    allow: EVERYONE,
    // In a modal where みずほ is chosen: the search reads the bank from the view's state.
    target: async (w) => openWith(w, "sec", BANK_IDS.openPayerButton, "payer", BANK_IDS.payerModal),
    request: (view) => ({
      type: "options",
      actionId: BANK_IDS.branchOptions,
      blockId: BANK_IDS.blocks.branch,
      query: "東京",
      view,
      values: {
        [BANK_IDS.blocks.bank]: {
          [BANK_IDS.bankOptions]: {
            type: "external_select",
            selected_option: { value: "0001", text: { type: "plain_text", text: "0001 みずほ" } },
          },
        },
      },
    }),
    allowed: (_w, _t, _who, seen) => expect(seen.body.options[0].value).toBe("0001:001"),
  },
  // ---------------------------------------------------------------- reminders
  {
    kind: "command",
    key: "/desk snooze",
    allow: EVERYONE,
    target: async () => null,
    request: () => command("/desk", "snooze 2019-10-05 2019-10-10"),
  },
  {
    kind: "command",
    key: "/expert weekly",
    allow: EXPERTS,
    target: async () => null,
    request: () => command("/expert", "weekly on"),
  },
  // ---------------------------------------------------------------- surveys
  {
    kind: "command",
    key: "/desk survey",
    allow: EVERYONE,
    target: (w) => w.openSurveys(),
    request: () => command("/desk", "survey"),
  },
  {
    kind: "command",
    key: "/desk survey",
    variant: "status",
    allow: SEC_ONLY,
    target: (w) => w.openSurveys(),
    request: () => command("/desk", "survey status"),
  },
  {
    kind: "command",
    key: "/desk survey",
    variant: "close",
    allow: SEC_ONLY,
    consumes: true,
    target: (w) => w.openSurveys(),
    request: (s) => command("/desk", `survey close ${s.case.id}`),
    allowed: async (w, s) => {
      expect(await w.h.db.surveyResponse.count({ where: { caseId: s.case.id, closedAt: null } })).toBe(0);
    },
  },
  {
    kind: "command",
    key: "/desk survey",
    variant: "enter",
    allow: SEC_ONLY,
    target: (w) => w.openSurveys(),
    request: (s) => command("/desk", `survey enter ${s.case.id}`),
    allowed: (_w, _t, _who, seen) => expectModal(seen, SURVEY_IDS.answerModal),
  },
  {
    kind: "action",
    key: SURVEY_IDS.answerButton,
    variant: "expert survey",
    // The invited expert answers; the secretariat may enter an answer on their behalf.
    allow: SEC_AND_OWNER,
    target: (w) => w.openSurveys(),
    request: (s) => click(SURVEY_IDS.answerButton, String(s.expertSurvey.id)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, SURVEY_IDS.answerModal),
  },
  {
    kind: "action",
    key: SURVEY_IDS.answerButton,
    variant: "SME survey",
    allow: ["sec", "sme"],
    target: (w) => w.openSurveys(),
    request: (s) => click(SURVEY_IDS.answerButton, String(s.smeSurvey.id)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, SURVEY_IDS.answerModal),
  },
  {
    kind: "view",
    key: SURVEY_IDS.answerModal,
    variant: "expert survey",
    allow: SEC_AND_OWNER,
    ...modal(async (w, who) => ({
      view: await openWith(w, who, SURVEY_IDS.answerButton, String((await w.openSurveys()).expertSurvey.id)),
    })),
  },
  {
    kind: "view",
    key: SURVEY_IDS.answerModal,
    variant: "SME survey",
    allow: ["sec", "sme"],
    ...modal(async (w, who) => ({
      view: await openWith(w, who, SURVEY_IDS.answerButton, String((await w.openSurveys()).smeSurvey.id)),
    })),
  },
  // ---------------------------------------------------------------- briefings
  {
    kind: "command",
    key: "/desk briefing",
    allow: SEC_ONLY,
    consumes: true,
    target: (w) => w.briefing(),
    request: (s) => command("/desk", `briefing close ${s.id}`),
    allowed: async (w, s) => {
      expect((await w.h.db.briefingSession.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("closed");
    },
  },
  {
    kind: "command",
    key: "/expert briefings",
    allow: EVERYONE,
    target: (w) => w.briefing(),
    request: () => command("/expert", "briefings"),
  },
  {
    kind: "action",
    key: BRIEFING_IDS.createButton,
    allow: SEC_ONLY,
    target: async () => null,
    request: () => click(BRIEFING_IDS.createButton, "new"),
    allowed: (_w, _t, _who, seen) => expectModal(seen, BRIEFING_IDS.createModal),
  },
  {
    kind: "action",
    key: BRIEFING_IDS.closeButton,
    allow: SEC_ONLY,
    consumes: true,
    target: (w) => w.briefing(),
    request: (s) => click(BRIEFING_IDS.closeButton, String(s.id)),
  },
  {
    kind: "action",
    key: BRIEFING_IDS.reopenButton,
    allow: SEC_ONLY,
    consumes: true,
    target: async (w) => {
      const s = await w.briefing();
      return w.h.db.briefingSession.update({ where: { id: s.id }, data: { status: "closed" } });
    },
    request: (s) => click(BRIEFING_IDS.reopenButton, String(s.id)),
  },
  {
    kind: "action",
    key: BRIEFING_IDS.cancelButton,
    allow: SEC_ONLY,
    target: (w) => w.briefing(),
    request: (s) => click(BRIEFING_IDS.cancelButton, String(s.id)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, BRIEFING_IDS.cancelModal),
  },
  {
    kind: "action",
    key: BRIEFING_IDS.attendanceButton,
    allow: SEC_ONLY,
    target: (w) => w.briefing({ heldOn: "2019-09-25", registered: ["owner"] }),
    request: (s) => click(BRIEFING_IDS.attendanceButton, String(s.id)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, BRIEFING_IDS.attendanceModal),
  },
  {
    kind: "action",
    key: BRIEFING_IDS.videoButton,
    allow: SEC_ONLY,
    target: (w) => w.briefing(),
    request: (s) => click(BRIEFING_IDS.videoButton, String(s.id)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, BRIEFING_IDS.videoModal),
  },
  {
    kind: "action",
    key: BRIEFING_IDS.registerButton,
    // Registered experts (pending ones too: briefings come before the first case).
    allow: REGISTERED_EXPERTS,
    target: (w) => w.briefing(),
    request: (s) => click(BRIEFING_IDS.registerButton, String(s.id)),
  },
  {
    kind: "action",
    key: BRIEFING_IDS.unregisterButton,
    allow: REGISTERED_EXPERTS,
    target: (w) => w.briefing({ registered: ["owner", "other", "pending"] }),
    request: (s) => click(BRIEFING_IDS.unregisterButton, String(s.id)),
  },
  {
    kind: "action",
    key: BRIEFING_IDS.listButton,
    allow: EVERYONE,
    target: (w) => w.briefing(),
    request: () => click(BRIEFING_IDS.listButton, "open"),
  },
  {
    kind: "view",
    key: BRIEFING_IDS.createModal,
    allow: SEC_ONLY,
    ...modal(
      async (w, who) => ({ view: await openWith(w, who, BRIEFING_IDS.createButton, "new") }),
      () => ({
        [BRIEFING_IDS.blocks.heldOn]: "2019-11-10",
        [BRIEFING_IDS.blocks.startTime]: "14:00",
        [BRIEFING_IDS.blocks.city]: "岐阜",
        [BRIEFING_IDS.blocks.capacity]: "40",
      }),
    ),
  },
  {
    kind: "view",
    key: BRIEFING_IDS.cancelModal,
    allow: SEC_ONLY,
    ...modal(
      async (w, who) => ({ view: await openWith(w, who, BRIEFING_IDS.cancelButton, String((await w.briefing()).id)) }),
      () => ({ [BRIEFING_IDS.blocks.reason]: "会場の都合" }),
    ),
  },
  {
    kind: "view",
    key: BRIEFING_IDS.attendanceModal,
    allow: SEC_ONLY,
    ...modal(async (w, who) => ({
      view: await openWith(
        w,
        who,
        BRIEFING_IDS.attendanceButton,
        String((await w.briefing({ heldOn: "2019-09-25", registered: ["owner"] })).id),
      ),
    })),
  },
  {
    kind: "view",
    key: BRIEFING_IDS.videoModal,
    allow: SEC_ONLY,
    ...modal(
      async (w, who) => ({ view: await openWith(w, who, BRIEFING_IDS.videoButton, String((await w.briefing()).id)) }),
      () => ({
        [BRIEFING_IDS.blocks.videoUrl]: "https://video.example.jp/nagoya",
        [BRIEFING_IDS.blocks.videoViews]: "12",
      }),
    ),
  },
  // ---------------------------------------------------------------- help desk
  {
    kind: "command",
    key: "/desk faq",
    allow: EVERYONE,
    target: (w) => w.faqEntry(),
    request: () => command("/desk", "faq 報告書の期限"),
  },
  {
    kind: "command",
    key: "/desk faq",
    variant: "delete",
    allow: SEC_ONLY,
    refusal: "unprivileged",
    consumes: true,
    target: (w) => w.faqEntry(),
    request: (f) => command("/desk", `faq delete ${f.id}`),
    allowed: async (w, f) => {
      expect(await w.h.db.faqEntry.findUnique({ where: { id: f.id } })).toBeNull();
    },
  },
  {
    kind: "action",
    key: HELPDESK_IDS.askButton,
    allow: EVERYONE,
    target: async () => null,
    request: () => click(HELPDESK_IDS.askButton, `説明会の資料はどこにありますか（${uniq()}）`),
  },
  {
    kind: "action",
    key: HELPDESK_IDS.askOpenButton,
    allow: EVERYONE,
    target: async () => null,
    request: () => click(HELPDESK_IDS.askOpenButton, "open"),
    allowed: (_w, _t, _who, seen) => expectModal(seen, HELPDESK_IDS.askModal),
  },
  {
    kind: "action",
    key: HELPDESK_IDS.answerButton,
    allow: SEC_ONLY,
    target: (w) => w.openTicket(),
    request: (t) => click(HELPDESK_IDS.answerButton, String(t.id)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, HELPDESK_IDS.answerModal),
  },
  {
    kind: "action",
    key: HELPDESK_IDS.faqEditButton,
    allow: SEC_ONLY,
    target: (w) => w.faqEntry(),
    request: (f) => click(HELPDESK_IDS.faqEditButton, String(f.id)),
    allowed: (_w, _t, _who, seen) => expectModal(seen, HELPDESK_IDS.faqModal),
  },
  {
    kind: "view",
    key: HELPDESK_IDS.askModal,
    allow: EVERYONE,
    ...modal(
      async (w, who) => ({ view: await openWith(w, who, HELPDESK_IDS.askOpenButton, "open") }),
      () => ({ [HELPDESK_IDS.blocks.question]: `謝金の振込日を教えてください（${uniq()}）` }),
    ),
  },
  {
    kind: "view",
    key: HELPDESK_IDS.answerModal,
    allow: SEC_ONLY,
    ...modal(
      async (w, who) => ({
        view: await openWith(w, who, HELPDESK_IDS.answerButton, String((await w.openTicket()).id)),
      }),
      () => ({ [HELPDESK_IDS.blocks.answer]: "翌月末に振り込みます。" }),
    ),
  },
  {
    kind: "view",
    key: HELPDESK_IDS.faqModal,
    allow: SEC_ONLY,
    ...modal(
      async (w, who) => ({ view: await openWith(w, who, HELPDESK_IDS.faqEditButton, String((await w.faqEntry()).id)) }),
      () => ({ [HELPDESK_IDS.blocks.answerJa]: "訪問日から5営業日以内に提出してください。" }),
    ),
  },
  {
    kind: "event",
    key: "message",
    // A reply "回答: …" in a ticket's thread answers it; from anyone else it is the channel's own talk.
    allow: SEC_ONLY,
    refusal: "silent",
    consumes: true,
    target: (w) => w.openTicket(),
    request: (t, who) => ({
      type: "event",
      event: {
        type: "message",
        channel: SECRETARIAT_CHANNEL,
        user: userOf(who),
        text: "回答: 翌月末に振り込みます。",
        ts: `${Date.now() / 1000 + uniq()}`,
        thread_ts: t.messageTs,
      },
    }),
    allowed: async (w, t) => {
      expect((await w.h.db.ticket.findUniqueOrThrow({ where: { id: t.id } })).status).toBe("answered");
    },
  },
  // ---------------------------------------------------------------- announcements
  {
    kind: "command",
    key: "/desk announce",
    allow: SEC_ONLY,
    target: async () => null,
    request: () => command("/desk", "announce"),
    allowed: (_w, _t, _who, seen) => expectModal(seen, ANNOUNCE_IDS.composeModal),
  },
  {
    kind: "view",
    key: ANNOUNCE_IDS.composeModal,
    allow: SEC_ONLY,
    ...modal(
      async (w, who) => ({ view: await openByCommand(w, who, "/desk", "announce", ANNOUNCE_IDS.composeModal) }),
      () => ({
        [ANNOUNCE_IDS.blocks.segment]: "experts_active",
        [ANNOUNCE_IDS.blocks.title]: `説明会のご案内（${uniq()}）`,
        [ANNOUNCE_IDS.blocks.body]: "12月の説明会にご参加ください。",
      }),
    ),
    allowed: async (w, t) => {
      expect(await w.h.db.announcement.findUnique({ where: { submissionKey: t.view.id } })).not.toBeNull();
    },
  },
  {
    kind: "action",
    key: ANNOUNCE_IDS.editButton,
    allow: SEC_ONLY,
    target: (w) => w.announcementPreview(),
    request: (t) => click(ANNOUNCE_IDS.editButton, String(t.id), t.view),
    allowed: (_w, _t, _who, seen) => expectModal(seen, ANNOUNCE_IDS.composeModal),
  },
  {
    kind: "view",
    key: ANNOUNCE_IDS.previewModal,
    allow: SEC_ONLY,
    consumes: true,
    ...modal(
      async (w) => {
        const preview = await w.announcementPreview();
        return { view: preview.view, ctx: preview.id };
      },
      () => ({ [ANNOUNCE_IDS.blocks.confirm]: [ANNOUNCE_IDS.confirmValue] }),
    ),
    allowed: async (w, t) => {
      expect((await w.h.db.announcement.findUniqueOrThrow({ where: { id: t.ctx } })).status).toBe("sent");
    },
  },
  // ---------------------------------------------------------------- SME links
  {
    kind: "command",
    key: "/desk link",
    allow: SEC_ONLY,
    target: (w) => w.mailedSme(),
    request: (t) => command("/desk", `link ${t.id}`),
    allowed: (_w, _t, _who, seen) => expect(seen.texts.join("\n")).toContain("SMEにリンクを再送する"),
  },
  {
    kind: "command",
    key: "/desk link",
    variant: "resend",
    allow: SEC_ONLY,
    target: (w) => w.mailedSme(),
    request: (t) => command("/desk", `link ${t.id} resend`),
    allowed: async (w, t) => {
      expect(await w.h.db.smeLink.count({ where: { applicationId: t.id, revokedAt: null } })).toBe(1);
    },
  },
  {
    kind: "action",
    key: SME_IDS.resendButton,
    allow: SEC_ONLY,
    target: (w) => w.mailedSme(),
    request: (t) => click(SME_IDS.resendButton, String(t.id)),
    allowed: async (w, t) => {
      expect(
        await w.h.db.auditLog.count({
          where: { entityType: "application", entityId: String(t.id), action: "sme_link.issue" },
        }),
      ).toBeGreaterThan(0);
    },
  },
  // ---------------------------------------------------------------- reports and App Home
  {
    kind: "command",
    key: "/desk report",
    allow: SEC_ONLY,
    target: async () => null,
    request: () => command("/desk", "report"),
    allowed: (_w, _t, _who, seen) => expectModal(seen, REPORT_IDS.requestModal),
  },
  {
    kind: "view",
    key: REPORT_IDS.requestModal,
    allow: SEC_ONLY,
    ...modal(async (w, who) => ({ view: await openByCommand(w, who, "/desk", "report", REPORT_IDS.requestModal) })),
  },
  {
    kind: "event",
    key: "app_home_opened",
    // Everyone gets a Home tab; only the secretariat's carries secretariat buttons (checked below).
    allow: EVERYONE,
    target: async () => null,
    request: () => ({ type: "home" }),
  },
];

/** The switch select's option that is not the current program (the settings modal lists every year). */
function switchValue(view: any): string {
  const el = view.view.blocks
    .flatMap((b: any) => b.elements ?? [])
    .find((e: any) => e.action_id === PROGRAM_IDS.switchProgramSelect);
  return el.options.find((o: any) => o.value !== el.initial_option?.value).value;
}

function expectModal(seen: Seen, callbackId: string) {
  expect(
    seen.views.map((v) => v?.callback_id),
    `expected the ${callbackId} modal; got ${JSON.stringify(seen.texts)}`,
  ).toContain(callbackId);
}

const label = (r: Row) => `${r.kind} ${r.key}${r.variant ? ` (${r.variant})` : ""}`;
const GENERIC = [errorText(new Error("x"), "ja"), errorText(new Error("x"), "en")];
const SAFE_METHODS = new Set(["chat.postMessage", "chat.postEphemeral", "conversations.open", "users.info"]);
const VIEW_METHODS = new Set(["views.open", "views.push", "views.update", "views.publish"]);

function textOf(x: any): string {
  if (x === null || x === undefined) return "";
  if (typeof x === "string") return x;
  if (Array.isArray(x)) return x.map(textOf).join("\n");
  if (typeof x === "object")
    return Object.entries(x)
      .filter(([k]) => k === "text" || k === "blocks" || k === "elements" || k === "fields" || k === "accessory")
      .map(([, v]) => textOf(v))
      .join("\n");
  return "";
}

const HIRAGANA = /[\u3040-\u309f]/;
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/**
 * The fake's own record, read without its public accessors: those deep-copy the whole log, which
 * over ~700 requests costs more than the requests themselves. Read only.
 */
function recorded(h: Harness) {
  return h.fake as unknown as { callLog: RecordedCall[]; responseLog: RecordedResponse[] };
}

describe("authorization matrix", () => {
  let h: Harness;
  let w: World;
  let snap: DbSnapshotter;
  const tally = { cells: 0, refused: 0, allowed: 0 };
  const secretariatOnlyActions = new Set(
    ROWS.filter((r) => r.kind === "action" && r.allow.length === 1 && r.allow[0] === "sec").map((r) => r.key),
  );

  beforeAll(async () => {
    h = await startMatrixHarness();
    w = await buildWorld(h);
    await w.baseline();
    snap = await DbSnapshotter.open(h.env.DATABASE_URL);
  });
  afterAll(async () => {
    await snap?.close();
    await h?.stop();
    if (process.env.MATRIX_SUMMARY) console.log(`authorization matrix: ${JSON.stringify(tally)}`);
  });

  it("has one row (or more) for every command, action, modal, options load and event the app registers", async () => {
    const registered = listRegistrations();
    const keys = (list: { kind: string; key: string }[]) => new Set(list.map((r) => `${r.kind} ${r.key}`));
    const inTable = keys(ROWS);
    const inCode = keys(registered);
    expect(
      [...inCode].filter((k) => !inTable.has(k)),
      "registered but missing from the matrix",
    ).toEqual([]);
    expect(
      [...inTable].filter((k) => !inCode.has(k)),
      "in the matrix but no longer registered",
    ).toEqual([]);
    // Every action/callback id constant a feature defines is handled, except views that only display.
    const DISPLAY_ONLY = new Set<string>([VISIT_IDS.reportViewModal, VISIT_IDS.caseModal, ANNOUNCE_IDS.sentModal]);
    const handled = new Set(registered.map((r) => r.key));
    const unhandled = Object.entries(await featureIds()).filter(([, id]) => !handled.has(id) && !DISPLAY_ONLY.has(id));
    expect(
      unhandled.map(([name]) => name),
      "ids defined in *-ids.ts with no listener",
    ).toEqual([]);
  });

  const ordered = [
    ...ROWS.filter((r) => !r.late),
    ...ROWS.filter((r) => r.late).sort((a, b) => (a.late ?? 0) - (b.late ?? 0)),
  ];
  for (const row of ordered) {
    const allowed = [...row.allow];
    const refused = ACTOR_KEYS.filter((a) => !allowed.includes(a));
    it(`${label(row)} — allowed: ${allowed.join(", ") || "none"}; refused: ${refused.join(", ") || "none"}`, async () => {
      const first = allowed[0] ?? "sec";
      let target = await row.target(w, first);
      await h.settle();
      for (const who of refused) await refusedCell(row, who, target);
      for (const [i, who] of allowed.entries()) {
        if (i > 0 && (row.consumes || row.kind === "view")) {
          target = await row.target(w, who);
          await h.settle();
        }
        await allowedCell(row, who, target);
      }
      // A row waits for the outbox after each cell; late in the matrix the fake Slack's rate limits
      // (as Slack's) make those waits long on a busy machine.
    }, 90_000);
  }

  it("after every row, no channel but the secretariat's shows an SME's or an expert's personal data", async () => {
    await assertNoPersonalData(h.fake, {
      channelsAllowed: [SECRETARIAT_CHANNEL],
      secrets: [...w.secrets, ...Object.values(EXPERT_PRIVATE)],
    });
  });

  async function send(req: Req, who: Who) {
    const user = userOf(who);
    switch (req.type) {
      case "command":
        return h.driver.command(user, req.command, req.text);
      case "click":
        return h.driver.clickButton(user, { actionId: req.actionId, value: req.value, view: req.view });
      case "select":
        // A static select sends the option given; the candidate search sends the other expert.
        if (req.static)
          return h.driver.selectOption(user, {
            actionId: req.actionId,
            selected: { value: req.value },
            view: req.view,
          });
        return h.driver.selectOption(user, {
          actionId: req.actionId,
          selected: { value: String(w.other.id), text: "鈴木 花子" },
          view: req.view,
          elementType: "external_select",
        });
      case "submit":
        return h.driver.submitView(user, req.view, req.values);
      case "options": {
        const body = await h.driver.suggest(user, {
          actionId: req.actionId,
          blockId: req.blockId,
          value: req.query,
          view: req.view,
          values: req.values,
        });
        return { status: 200, body, text: JSON.stringify(body), ms: 0 };
      }
      case "event":
        return h.driver.event(req.event);
      case "home":
        return h.driver.appHomeOpened(user);
    }
  }

  /** Sends one request and collects what the actor saw and what changed. */
  async function observe(
    row: Row,
    who: Who,
    target: any,
  ): Promise<Seen & { logs: Record<string, unknown>[]; calls: any[] }> {
    const user = userOf(who);
    const before = await snap.take();
    const nCalls = recorded(h).callLog.length;
    const nResponses = recorded(h).responseLog.length;
    const nLogs = h.logs.length;
    const res: any = await send(row.request(target, who), who);
    await h.settle();
    const calls = recorded(h).callLog.slice(nCalls);
    const responses = recorded(h).responseLog.slice(nResponses);
    const texts: string[] = [];
    if (res.body?.response_action === "errors") texts.push(...Object.values(res.body.errors as Record<string, string>));
    for (const r of responses) texts.push(textOf(r.body));
    for (const c of calls)
      if (
        (c.method === "chat.postMessage" && (c.args.channel === user || c.args.channel === `D${user}`)) ||
        (c.method === "chat.postEphemeral" && c.args.user === user)
      )
        texts.push(textOf(c.args));
    const views = calls
      .filter((c) => VIEW_METHODS.has(c.method) && c.response?.ok)
      .map((c) => c.response.view ?? c.args.view);
    return {
      status: res.status,
      body: res.body,
      texts: texts.filter((t) => t.trim() !== ""),
      views: views.map((v) => (typeof v === "string" ? JSON.parse(v) : v)),
      dbChanges: diffSnapshots(before, await snap.take()),
      logs: h.logs.slice(nLogs),
      calls,
    };
  }

  function expectNoLeak(who: Who, seen: { texts: string[]; views: any[] }, where: string) {
    if (who === "sec" || who === "owner" || who === "sme") return;
    const seenText = [...seen.texts, ...seen.views.map((v) => JSON.stringify(v))].join("\n");
    const leaked = [...w.secrets, EXPERT_PRIVATE.ownerEmail, EXPERT_PRIVATE.ownerPhone].filter((s) =>
      seenText.includes(s),
    );
    expect(leaked, `${where}: ${who} was shown someone else's personal data`).toEqual([]);
  }

  async function refusedCell(row: Row, who: Who, target: any) {
    tally.cells++;
    tally.refused++;
    const where = `${label(row)} as ${who} (refused)`;
    const seen = await observe(row, who, target);
    const user = userOf(who);
    expect(seen.status, `${where}: HTTP status`).toBe(200);
    expect(seen.dbChanges, `${where}: the database changed`).toEqual([]);
    const unsafe = seen.calls.filter(
      (c) =>
        !SAFE_METHODS.has(c.method) ||
        (c.method === "chat.postMessage" && c.args.channel !== user && c.args.channel !== `D${user}`) ||
        (c.method === "chat.postEphemeral" && c.args.user !== user),
    );
    expect(
      unsafe.map((c) => `${c.method} ${c.args.channel ?? ""}`),
      `${where}: Slack saw more than a private reply`,
    ).toEqual([]);
    expect(
      seen.logs.filter((l) => l.level === "error"),
      `${where}: error logs`,
    ).toEqual([]);
    expectNoLeak(who, seen, where);
    const mode = row.refusal ?? (row.kind === "options" ? "no-options" : "message");
    if (mode === "no-options") {
      expect(seen.body?.options ?? [], `${where}: options shown`).toEqual([]);
      return;
    }
    if (mode === "silent") {
      expect(seen.texts, `${where}: a silent refusal said something`).toEqual([]);
      return;
    }
    expect(seen.texts.length, `${where}: the person was not told anything`).toBeGreaterThan(0);
    const text = seen.texts.join("\n");
    expect(
      GENERIC.some((g) => text.includes(g)),
      `${where}: a generic failure instead of a reason: ${text}`,
    ).toBe(false);
    if (mode === "unprivileged") return;
    expect(
      seen.logs.some((l) => l.msg === "refused"),
      `${where}: no refusal was recorded (said: ${text.slice(0, 200)})`,
    ).toBe(true);
    if (who === "english") {
      expect(HIRAGANA.test(text), `${where}: an English speaker was refused in Japanese: ${text}`).toBe(false);
      expect(text).toMatch(/[A-Za-z]{3,}/);
    } else {
      expect(JAPANESE.test(text), `${where}: not Japanese: ${text}`).toBe(true);
    }
  }

  async function allowedCell(row: Row, who: Who, target: any) {
    tally.cells++;
    tally.allowed++;
    const where = `${label(row)} as ${who} (allowed)`;
    const seen = await observe(row, who, target);
    expect(seen.status, `${where}: HTTP status`).toBe(200);
    expect(seen.body?.response_action, `${where}: ${JSON.stringify(seen.body)}`).not.toBe("errors");
    const refusals = seen.logs.filter((l) => l.msg === "refused");
    expect(
      refusals.map((l) => `${l.code}: ${l.detail}`),
      `${where}: refused (${seen.texts.join(" / ")})`,
    ).toEqual([]);
    expect(
      seen.logs.filter((l) => l.level === "error"),
      `${where}: error logs`,
    ).toEqual([]);
    expectNoLeak(who, seen, where);
    const visible =
      seen.texts.length > 0 ||
      seen.views.length > 0 ||
      seen.dbChanges.length > 0 ||
      (seen.body?.options?.length ?? 0) > 0 ||
      row.kind === "view";
    expect(visible, `${where}: nothing happened`).toBe(true);
    if (row.key === "app_home_opened" && who !== "sec") {
      const home = JSON.stringify(h.fake.homeView(userOf(who))?.view ?? {});
      const shown = [...secretariatOnlyActions].filter((id) => home.includes(`"${id}"`));
      expect(shown, `${where}: secretariat buttons on a non-member's Home`).toEqual([]);
    }
    await row.allowed?.(w, target, who, seen);
  }
});
