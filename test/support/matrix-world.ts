/**
 * A realistic program state for the authorization matrix and the privacy test: three experts
 * (the case owner, another active expert, a pending one), SMEs in every application status, cases
 * with visits, reports, deliverables, honoraria, a briefing session, tickets, FAQ entries and
 * surveys. Every builder makes a FRESH target, so a test that acts on one never disturbs another.
 * SME names, contacts, emails and phones are unique and collected in `secrets` for leak checks.
 */

import { ANNOUNCE_IDS } from "../../src/features/announcements/announcements-ids.js";
import { EXPERT_IDS } from "../../src/features/experts/experts-ids.js";
import type { Actor } from "../../src/features/roles/actor.js";
import { VISIT_IDS } from "../../src/features/visits/visits-ids.js";
import type { Application, Case, Company, Expert } from "../../src/generated/prisma/client.js";
import { createApplication, createCase, createExpert } from "./fixtures.js";
import { type Harness, startHarness, USERS } from "./harness.js";
import { type FillValue, fillView, type StateValues } from "./slack-driver.js";
import { reportValues } from "./visit-fixtures.js";

export const PENDING_USER = { id: "UPEND1", name: "pending", realName: "保留 中", locale: "ja-JP" };

/** The six actors of the matrix (and the SME contact, used where the SME acts). */
export const ACTORS = {
  sec: USERS.sec1.id,
  owner: USERS.expert1.id,
  other: USERS.expert2.id,
  pending: PENDING_USER.id,
  outsider: USERS.outsider.id,
  english: USERS.english.id,
} as const;
export type ActorKey = keyof typeof ACTORS;
export const ACTOR_KEYS = Object.keys(ACTORS) as ActorKey[];
export const SME_USER = USERS.sme1.id;

/** Personal data of the experts that only the secretariat (and the expert) may see. */
export const EXPERT_PRIVATE = {
  ownerEmail: "yamada-private@example.jp",
  ownerPhone: "090-1111-2222",
  otherEmail: "suzuki-private@example.jp",
  otherPhone: "090-3333-4444",
};

export type World = Awaited<ReturnType<typeof buildWorld>>;

type Sme = Application & { company: Company };

export async function buildWorld(h: Harness) {
  let n = 0;
  const secrets = new Set<string>();
  /** SME personal data by application id (for "no other SME's data" checks). */
  const smeData = new Map<number, string[]>();

  const owner = await createExpert(h.db, {
    slackUserId: ACTORS.owner,
    nameKanji: "山田 太郎",
    nameKana: "やまだ たろう",
    prefecture: 23,
    industries: ["E"],
    capacity: 99,
    email: EXPERT_PRIVATE.ownerEmail,
    phone: EXPERT_PRIVATE.ownerPhone,
  });
  const other = await createExpert(h.db, {
    slackUserId: ACTORS.other,
    nameKanji: "鈴木 花子",
    nameKana: "すずき はなこ",
    prefecture: 23,
    capacity: 99,
    email: EXPERT_PRIVATE.otherEmail,
    phone: EXPERT_PRIVATE.otherPhone,
  });
  /** An active expert who is not on Slack (a reassignment target that is none of the actors). */
  const spare = await createExpert(h.db, { nameKanji: "佐藤 次郎", nameKana: "さとう じろう", prefecture: 23 });
  const pending = await createExpert(h.db, {
    slackUserId: ACTORS.pending,
    nameKanji: "保留 中",
    nameKana: "ほりゅう ちゅう",
    status: "pending",
    email: "pending-private@example.jp",
    phone: "090-5555-6666",
  });
  // Resolve every actor once (users.info → SlackUser), so later requests only read.
  for (const id of [...Object.values(ACTORS), SME_USER, USERS.sec2.id]) await h.services.roles.resolveActor(id);
  await h.settle();

  const actor = (key: ActorKey | "sme"): Promise<Actor> =>
    h.services.roles.resolveActor(key === "sme" ? SME_USER : ACTORS[key]);

  /** An application of an SME with unique personal data (status `valid` unless told). */
  async function sme(overrides: Parameters<typeof createApplication>[1] = {}): Promise<Sme> {
    const i = ++n;
    const data = {
      name: `株式会社マトリクス工業${i}号`,
      contact: `連絡 担当${i}郎`,
      email: `contact${i}@matrix-sme.example.jp`,
      phone: `052-700-${String(1000 + i)}`,
    };
    for (const s of Object.values(data)) secrets.add(s);
    const app = await createApplication(h.db, {
      contactName: data.contact,
      contactEmail: data.email,
      contactPhone: data.phone,
      contactSlackUserId: SME_USER,
      ...overrides,
      company: { name: data.name, prefecture: 23, industry: "E", address: `名古屋市中区秘密町${i}-1` },
    });
    secrets.add(`名古屋市中区秘密町${i}-1`);
    smeData.set(app.id, Object.values(data));
    return app;
  }

  const received = () => sme({ status: "received", screenedBy: null, screenedAt: null });
  /** A valid application whose contact is not on Slack: reached by e-mail and a personal link. */
  const mailedSme = () => sme({ contactSlackUserId: null });
  const valid = () => sme();

  /** A proposal of the owner and the other expert, sent to the SME contact. */
  async function proposed(opts: { recruiter?: boolean } = {}) {
    const app = await sme(opts.recruiter ? { recruiterExpertId: owner.id } : {});
    const { proposal } = await h.services.matching.propose(
      await actor("sec"),
      { applicationId: app.id, shown: [owner.id, other.id], removed: [], added: [] },
      "2",
      `matrix-propose-${app.id}`,
    );
    await h.settle();
    return { app, proposalId: proposal.id };
  }

  /** The SME chose the owner; the pair waits for the secretariat's approval. */
  async function chosen() {
    const p = await proposed();
    await h.services.matching.choose(await actor("sme"), p.proposalId, owner.id, { via: "slack" });
    await h.settle();
    return p;
  }

  /** An approved, active case of the owner (no visits yet). */
  async function activeCase(expert: Expert = owner): Promise<{ app: Sme; case: Case }> {
    const app = await sme({ status: "matched" });
    const c = await createCase(h.db, { applicationId: app.id, expertId: expert.id });
    return { app, case: c };
  }

  /** First-visit dates the owner proposed for a fresh case, waiting for the SME's answer. */
  async function firstVisitProposal() {
    const c = await activeCase();
    const { proposal } = await h.services.firstVisits.propose(await actor("owner"), c.case.id, {
      slots: [
        { date: "2019-10-08", time: "10:00" },
        { date: "2019-10-10", time: "14:00" },
      ],
      mode: "onsite",
      place: "本社会議室",
      note: "",
    });
    await h.settle();
    return { ...c, proposalId: proposal.id };
  }

  /** Round 1 of a fresh case, planned for 2019-10-08. */
  async function scheduledVisit() {
    const c = await activeCase();
    const { visit } = await h.services.visits.schedule.schedule(await actor("owner"), {
      caseId: c.case.id,
      round: 1,
      date: "2019-10-08",
      time: "10:00",
      mode: "onsite",
      place: "本社会議室",
    });
    await h.settle();
    return { ...c, visit };
  }

  /** The owner opens the report modal of a visit held without a plan (round 1 of a fresh case). */
  async function openUnplannedReport(caseId: number, userId: string = ACTORS.owner) {
    await h.driver.clickButton(userId, { actionId: VISIT_IDS.logUnplannedButton, value: `${caseId}:1` });
    await h.settle();
    return h.fake.lastView(userId)!;
  }

  /** Round 1 held on 2019-09-20 with its report submitted (waiting for the secretariat). */
  async function submittedReport() {
    const c = await activeCase();
    const view = await openUnplannedReport(c.case.id);
    const res = await h.driver.submitView(
      ACTORS.owner,
      view,
      h.driver.fill(view, reportValues(view, 1, { 実施日: "2019-09-20" })),
    );
    if (res.body?.response_action === "errors") throw new Error(`report refused: ${JSON.stringify(res.body)}`);
    await h.settle();
    const visit = await h.db.visit.findFirstOrThrow({ where: { caseId: c.case.id, round: 1 } });
    const report = await h.db.visitReport.findFirstOrThrow({ where: { visitId: visit.id }, orderBy: { id: "desc" } });
    return { ...c, visit, report };
  }

  async function returnedReport() {
    const r = await submittedReport();
    await h.services.visits.reports.returnForRevision(await actor("sec"), r.report.id, "優先度を追記してください。");
    await h.settle();
    return r;
  }

  /** An accepted report: its honorarium line is payable. */
  async function payableLine() {
    const r = await submittedReport();
    await h.services.visits.reports.accept(await actor("sec"), r.report.id);
    await h.settle();
    const line = await h.db.honorariumLine.findUniqueOrThrow({ where: { visitId: r.visit.id } });
    return { ...r, line };
  }

  /** A held visit's travel claimed by its expert, waiting for the secretariat. */
  async function travelClaim() {
    const r = await payableLine();
    const claim = await h.services.travel.submit(
      await actor("owner"),
      {
        visitId: r.visit.id,
        amount: "12,340",
        description: "名古屋駅→本社 タクシー 往復",
        receiptFileId: null,
        receiptUrl: "https://files.example.jp/receipt.pdf",
      },
      null,
    );
    await h.settle();
    return { ...r, claim };
  }

  async function deliverable() {
    const c = await activeCase();
    const d = await h.services.visits.deliverables.submit(await actor("owner"), {
      caseId: c.case.id,
      kind: "basic_policy",
      title: "基本方針 第1版",
      url: "https://files.example.jp/policy.docx",
      fileId: null,
    });
    await h.settle();
    return { ...c, deliverable: d };
  }

  /** A completed case with both surveys sent: the SME's to the SME contact, the expert's to the owner. */
  async function openSurveys() {
    const c = await activeCase();
    await h.db.case.update({ where: { id: c.case.id }, data: { status: "completed", completedOn: "2019-09-30" } });
    await h.app.db.transaction((tx) => h.services.surveys.inviteForCase(tx, c.case.id));
    await h.settle();
    const responses = await h.db.surveyResponse.findMany({ where: { caseId: c.case.id } });
    const of = (audience: string) => responses.find((r) => r.audience === audience)!;
    return { ...c, expertSurvey: of("expert"), smeSurvey: of("sme") };
  }

  /** A briefing session (open, on 2019-10-20 unless told), with the given experts holding seats. */
  async function briefing(opts: { heldOn?: string; registered?: ("owner" | "other" | "pending")[] } = {}) {
    const program = await h.db.program.findFirstOrThrow({ where: { current: true } });
    const session = await h.db.briefingSession.create({
      data: {
        programId: program.id,
        heldOn: opts.heldOn ?? "2019-10-20",
        startTime: "14:00",
        city: "名古屋",
        venue: "名古屋商工会議所",
        capacity: 30,
        createdBy: ACTORS.sec,
      },
    });
    const experts = { owner, other, pending };
    for (const key of opts.registered ?? [])
      await h.db.briefingRegistration.create({
        data: { sessionId: session.id, expertId: experts[key].id, status: "accepted" },
      });
    return session;
  }

  /** A question an outsider asked; its message in the secretariat channel carries the answer button. */
  async function openTicket() {
    const { ticket } = await h.services.helpdesk.ask(await actor("outsider"), `謝金の振込日はいつですか？（${++n}）`);
    await h.settle();
    // The ticket's message in the secretariat channel (its thread takes "回答: …" replies).
    const posted = await h.db.outboxMessage.findUniqueOrThrow({ where: { key: `ticket:${ticket.id}:posted` } });
    return { ...(await h.db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })), messageTs: posted.resultTs };
  }

  async function faqEntry() {
    return h.db.faqEntry.create({
      data: {
        questionJa: `報告書の期限はいつですか（${++n}）`,
        answerJa: "訪問後5営業日以内です。",
        questionEn: "When is the report due?",
        answerEn: "Within five business days of the visit.",
        keywords: "報告書,期限",
      },
    });
  }

  /** A pending expert registration (not a Slack user of the matrix). */
  async function pendingExpert() {
    return createExpert(h.db, { status: "pending", nameKanji: `審査 待ち${++n}`, nameKana: "しんさ まち" });
  }

  /**
   * The background of a running program: an application in every status, visits in every status
   * (planned, held with a report submitted / returned / accepted and paid-for, cancelled), a
   * deliverable, a briefing session with a seat taken, an open question and open surveys.
   */
  async function baseline() {
    await received();
    await valid();
    await sme({ status: "invalid", invalidReason: "not_sme" });
    await sme({ status: "withdrawn" });
    await proposed();
    await chosen();
    await scheduledVisit();
    const cancelled = await scheduledVisit();
    await h.services.visits.schedule.cancel(await actor("owner"), cancelled.visit.id, "先方の都合");
    await submittedReport();
    await returnedReport();
    await payableLine();
    await deliverable();
    await firstVisitProposal();
    await briefing({ registered: ["owner", "pending"] });
    await openTicket();
    await openSurveys();
    await h.settle();
  }

  /** A draft announcement to the active experts, previewed by the secretariat: the preview modal. */
  async function announcementPreview() {
    await h.driver.command(ACTORS.sec, "/desk", "announce");
    await h.settle();
    const compose = h.fake.lastView(ACTORS.sec);
    if (compose?.view.callback_id !== ANNOUNCE_IDS.composeModal) throw new Error("/desk announce opened no modal");
    const B = ANNOUNCE_IDS.blocks;
    await h.driver.submitView(
      ACTORS.sec,
      compose,
      autofill(compose, {
        [B.segment]: "experts_active",
        [B.title]: `説明会のご案内（${++n}）`,
        [B.body]: "12月の説明会にご参加ください。",
      }),
    );
    await h.settle();
    const view = h.fake.view(compose.id);
    if (view?.view.callback_id !== ANNOUNCE_IDS.previewModal) throw new Error("the compose modal showed no preview");
    return { view, id: JSON.parse(view.view.private_metadata).announcementId as number };
  }

  return {
    h,
    baseline,
    owner,
    other,
    spare,
    pending,
    secrets,
    smeData,
    actor,
    sme,
    received,
    valid,
    proposed,
    chosen,
    activeCase,
    scheduledVisit,
    firstVisitProposal,
    openUnplannedReport,
    submittedReport,
    returnedReport,
    payableLine,
    travelClaim,
    deliverable,
    openSurveys,
    briefing,
    openTicket,
    faqEntry,
    pendingExpert,
    announcementPreview,
    mailedSme,
    next: () => ++n,
  };
}

/** A harness with the pending expert's Slack user added. */
export function startMatrixHarness() {
  // With the web side on, so that the SME-link rows (/desk link) have links to send.
  return startHarness({ users: [PENDING_USER], web: true });
}

/**
 * `state.values` for a modal: every input keeps what is pre-filled; required inputs that are
 * empty get a plausible entry for their element type; `byBlock` sets inputs by block_id.
 */
export function autofill(view: any, byBlock: Record<string, FillValue> = {}): StateValues {
  const v = view.view ?? view;
  const byLabel: Record<string, FillValue> = {};
  for (const block of v.blocks ?? []) {
    if (block?.type !== "input") continue;
    const label = String(block.label?.text);
    if (Object.hasOwn(byBlock, block.block_id)) {
      byLabel[label] = byBlock[block.block_id] as FillValue;
      continue;
    }
    const el = block.element ?? {};
    const initial =
      el.initial_value ?? el.initial_option ?? el.initial_date ?? el.initial_time ?? el.initial_user ?? undefined;
    const initialList = el.initial_options ?? el.initial_users;
    if (block.optional || initial !== undefined || (Array.isArray(initialList) && initialList.length > 0)) continue;
    const options = [...(el.options ?? []), ...(el.option_groups ?? []).flatMap((g: any) => g.options ?? [])];
    switch (el.type) {
      case "plain_text_input":
        byLabel[label] = "確認のための入力です";
        break;
      case "number_input":
        byLabel[label] = String(el.min_value ?? 1);
        break;
      case "email_text_input":
        byLabel[label] = "someone@example.jp";
        break;
      case "url_text_input":
        byLabel[label] = "https://example.jp/";
        break;
      case "datepicker":
        byLabel[label] = "2019-10-01";
        break;
      case "timepicker":
        byLabel[label] = "10:00";
        break;
      case "static_select":
      case "radio_buttons":
        if (options[0]) byLabel[label] = { value: options[0].value };
        break;
      case "multi_static_select":
      case "checkboxes":
        if (options[0]) byLabel[label] = [{ value: options[0].value }];
        break;
      default:
        break;
    }
  }
  // fillView, not driver.fill: the view is used as given (no lookup of the fake's stored copy).
  return fillView(v, byLabel);
}

/** The expert registration form by block id (either language): a RISS in Aichi, manufacturing. */
export function expertForm(n: number, over: Record<string, FillValue> = {}): Record<string, FillValue> {
  const B = EXPERT_IDS.blocks;
  return {
    [B.nameKanji]: `新規 専門家${n}`,
    [B.nameKana]: "しんき せんもんか",
    [B.qualification]: { value: "RISS" },
    [B.rissNumber]: String(900000 + n),
    [B.prefecture]: { value: "23" },
    [B.covered]: [{ value: "23" }],
    [B.industries]: [{ value: "E" }],
    [B.capacity]: "3",
    [B.profile]: "製造業の支援が得意です。",
    ...over,
  };
}
