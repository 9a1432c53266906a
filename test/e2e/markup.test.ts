/**
 * A program slice run through Slack where every free-text field people type carries hostile
 * markup (a channel ping, a disguised link, a mention, a channel link): applications (one in
 * English), screening with a typed reason, expert registration, approval and rejection, matching,
 * a visit planned, moved, held and reported, a report returned and revised, deliverables, FAQ and a
 * ticket, a briefing session and its cancellation, case completion and termination, surveys, the
 * daily and weekly jobs, App Home for each role and the case pages. Then every text the fake Slack
 * recorded is scanned: nothing typed reaches mrkdwn or a message's text as markup, the escaped
 * form is shown instead, and plain_text carries no entities.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corporateNumberCheckDigit } from "../../src/domain/corporate-number.js";
import { APPLICATION_IDS } from "../../src/features/applications/applications-ids.js";
import { BRIEFING_IDS } from "../../src/features/briefings/briefings-ids.js";
import { EXPERT_IDS } from "../../src/features/experts/experts-ids.js";
import { HELPDESK_IDS } from "../../src/features/helpdesk/helpdesk-ids.js";
import { MATCHING_IDS } from "../../src/features/matching/matching-ids.js";
import { SURVEY_IDS } from "../../src/features/surveys/surveys-ids.js";
import { VISIT_IDS } from "../../src/features/visits/visits-ids.js";
import { JOBS } from "../../src/jobs/index.js";
import { DIGEST_CHANNEL, type Harness, SECRETARIAT_CHANNEL, startHarness, USERS } from "../support/harness.js";
import {
  assertNoMarkup,
  ESCAPED_PING,
  HOSTILE,
  HOSTILE_MARKUP,
  markupFindings,
  recordedSlots,
  textSlots,
} from "../support/markup.js";
import { autofill, expertForm } from "../support/matrix-world.js";
import type { FillValue } from "../support/slack-driver.js";
import { reportValues } from "../support/visit-fixtures.js";

const SEC = USERS.sec1.id;
const E1 = USERS.expert1.id;
const E2 = USERS.expert2.id;
const SME = USERS.sme1.id;
const SME_EN = USERS.english.id;
const REJECTED = { id: "UHOST3", name: "host3", realName: "却下 三郎", locale: "ja-JP" };
/** HOSTILE without the link, for fields of at most 40–60 characters (names, a city). */
const SHORT = "<!channel> <@UHOSTILE> <#CHOSTILE> &amp;";

const corporateNumber = (base12: string) => `${corporateNumberCheckDigit(base12)}${base12}`;

/** Every plain-text input of a modal filled with hostile text that fits its max length. */
function hostileTexts(view: any): Record<string, FillValue> {
  const out: Record<string, FillValue> = {};
  for (const b of (view.view ?? view).blocks ?? [])
    if (b.type === "input" && b.element?.type === "plain_text_input")
      out[b.block_id] = (b.element.max_length ?? 3000) >= HOSTILE.length ? HOSTILE : SHORT;
  return out;
}

describe("markup: people's text is shown literally wherever the app puts it", () => {
  let h: Harness;
  const ids = { apps: {} as Record<string, number>, cases: {} as Record<string, number> };

  async function lastView(user: string, callbackId: string) {
    await h.settle();
    const view = h.fake.lastView(user);
    expect(view?.view.callback_id, JSON.stringify(h.fake.responses().at(-1)?.body ?? null)).toBe(callbackId);
    return view!;
  }

  /** Submits a modal with every free-text input hostile, `over` for validated fields. */
  async function submit(user: string, view: any, over: Record<string, FillValue> = {}) {
    const res = await h.driver.submitView(user, view, autofill(view, { ...hostileTexts(view), ...over }));
    expect(res.body?.response_action, JSON.stringify(res.body)).not.toBe("errors");
    await h.settle();
  }

  async function click(user: string, actionId: string, value: string, message?: { channel: string; ts: string }) {
    await h.driver.clickButton(user, { actionId, value, ...(message ? { message } : {}) });
    await h.settle();
  }

  async function command(user: string, cmd: string, text: string) {
    await h.driver.command(user, cmd, text);
    await h.settle();
  }

  async function registerExpert(user: string, n: number) {
    const B = EXPERT_IDS.blocks;
    await command(user, "/expert", "register");
    const view = await lastView(user, EXPERT_IDS.registerModal);
    await submit(
      user,
      view,
      expertForm(n, {
        ...hostileTexts(view),
        [B.nameKanji]: `${SHORT} ${n}`,
        [B.nameKana]: "やまだ たろう",
        [B.rissNumber]: String(900000 + n),
        [B.capacity]: "5",
        [B.email]: `expert${n}@example.jp`,
        [B.phone]: `090-0000-000${n}`,
      }),
    );
    return (await h.db.expert.findUniqueOrThrow({ where: { slackUserId: user } })).id;
  }

  async function apply(user: string, suffix: string, base12: string) {
    const B = APPLICATION_IDS.blocks;
    await command(user, "/apply", "");
    const view = await lastView(user, APPLICATION_IDS.applyModal);
    await submit(user, view, {
      [B.companyName]: `${HOSTILE} ${suffix}`,
      [B.companyKana]: "カブシキガイシャ",
      [B.corporateNumber]: corporateNumber(base12),
      [B.industry]: { value: "E" },
      [B.capital]: "10000000",
      [B.employees]: "25",
      [B.prefecture]: { value: "23" },
      [B.contactName]: SHORT,
      [B.contactTitle]: SHORT,
      [B.contactEmail]: `contact-${suffix}@example.jp`,
      [B.contactPhone]: "052-111-2233",
    });
    return (await h.db.application.findFirstOrThrow({ where: { contactEmail: `contact-${suffix}@example.jp` } })).id;
  }

  async function propose(appId: number, count: string) {
    await click(SEC, MATCHING_IDS.proposeButton, String(appId));
    await submit(SEC, await lastView(SEC, MATCHING_IDS.proposeModal), { [MATCHING_IDS.blocks.count]: count });
    return h.db.proposal.findFirstOrThrow({ where: { applicationId: appId }, orderBy: { id: "desc" } });
  }

  async function approve(appId: number) {
    await click(SEC, MATCHING_IDS.approveButton, String(appId));
    await submit(SEC, await lastView(SEC, MATCHING_IDS.approveModal), {
      [MATCHING_IDS.blocks.firstVisitTarget]: "2019-10-20",
    });
    return (await h.db.case.findUniqueOrThrow({ where: { applicationId: appId } })).id;
  }

  beforeAll(async () => {
    h = await startHarness({ users: [REJECTED] });

    // Experts: two approved, one rejected with a typed reason.
    const e1 = await registerExpert(E1, 1);
    await click(SEC, EXPERT_IDS.approveButton, String(e1));
    const e2 = await registerExpert(E2, 2);
    await click(SEC, EXPERT_IDS.approveButton, String(e2));
    const e3 = await registerExpert(REJECTED.id, 3);
    await click(SEC, EXPERT_IDS.rejectButton, String(e3));
    await submit(SEC, await lastView(SEC, EXPERT_IDS.rejectModal));
    await command(REJECTED.id, "/expert", "profile");

    // Applications: one in Japanese, one in English, one screened invalid with a typed reason.
    ids.apps.a = await apply(SME, "A", "180301018771");
    ids.apps.b = await apply(SME_EN, "B", "180302018772");
    ids.apps.c = await apply(USERS.outsider.id, "C", "180303018773");
    await command(SEC, "/desk", "queue");
    await h.driver.appHomeOpened(SEC);
    await h.settle();
    await click(SEC, APPLICATION_IDS.validButton, String(ids.apps.a));
    await click(SEC, APPLICATION_IDS.validButton, String(ids.apps.b));
    await click(SEC, APPLICATION_IDS.invalidButton, String(ids.apps.c));
    await submit(SEC, await lastView(SEC, APPLICATION_IDS.invalidModal));

    // Matching A: the SME chooses in Slack. Matching B: withdrawn once, then recorded with a note.
    const pa = await propose(ids.apps.a, "2");
    const value = `${pa.id}:${e1}`;
    const dm = h.fake.messages(SME).find((m) => JSON.stringify(m.blocks ?? []).includes(`"${value}"`));
    expect(dm, "the SME got the candidates by DM").toBeDefined();
    await click(SME, MATCHING_IDS.chooseButton, value, { channel: SME, ts: dm!.ts });
    ids.cases.a = await approve(ids.apps.a);
    const pb = await propose(ids.apps.b, "2");
    await click(SEC, MATCHING_IDS.withdrawButton, String(pb.id));
    await submit(SEC, await lastView(SEC, MATCHING_IDS.withdrawModal));
    const pb2 = await propose(ids.apps.b, "2");
    await click(SEC, MATCHING_IDS.recordChoiceButton, String(pb2.id));
    await submit(SEC, await lastView(SEC, MATCHING_IDS.recordChoiceModal), {
      [MATCHING_IDS.blocks.expert]: { value: String(e1) },
    });
    ids.cases.b = await approve(ids.apps.b);
    await click(SEC, MATCHING_IDS.reassignButton, String(ids.cases.b));
    await submit(SEC, await lastView(SEC, MATCHING_IDS.reassignModal), {
      [MATCHING_IDS.blocks.expert]: { value: String(e2), text: "鈴木" },
    });

    // Case A: a visit planned at a typed place, moved with a reason, held and reported.
    await click(E1, VISIT_IDS.scheduleNextButton, String(ids.cases.a));
    await submit(E1, await lastView(E1, VISIT_IDS.scheduleModal), {
      [VISIT_IDS.blocks.date]: "2019-10-07",
      [VISIT_IDS.blocks.time]: "10:00",
    });
    const visit = await h.db.visit.findFirstOrThrow({ where: { caseId: ids.cases.a, round: 1 } });
    await click(E1, VISIT_IDS.rescheduleButton, String(visit.id));
    await submit(E1, await lastView(E1, VISIT_IDS.rescheduleModal), {
      [VISIT_IDS.blocks.date]: "2019-10-08",
      [VISIT_IDS.blocks.time]: "10:00",
    });
    h.clock.set("2019-10-08T18:00:00");
    await click(E1, VISIT_IDS.openLogButton, String(visit.id));
    const report = await lastView(E1, VISIT_IDS.reportModal);
    const hostileReport = {
      "先方の出席者（役職・氏名）": HOSTILE,
      "把握した課題・リスク": HOSTILE,
      "合意した対策・次回までの宿題": HOSTILE,
    };
    const res = await h.driver.submitView(
      E1,
      report,
      h.driver.fill(report, reportValues(report, 1, { 実施日: "2019-10-08", ...hostileReport })),
    );
    expect(res.body?.response_action, JSON.stringify(res.body)).toBeUndefined();
    await h.settle();
    const r1 = await h.db.visitReport.findFirstOrThrow({ where: { visitId: visit.id } });
    await click(SEC, VISIT_IDS.returnReportButton, String(r1.id));
    await submit(SEC, await lastView(SEC, VISIT_IDS.returnModal));
    await click(E1, VISIT_IDS.reviseReportButton, String(r1.id));
    const revise = await lastView(E1, VISIT_IDS.reportModal);
    await h.driver.submitView(E1, revise, h.driver.fill(revise, reportValues(revise, 1, hostileReport)));
    await h.settle();
    const r2 = await h.db.visitReport.findFirstOrThrow({ where: { visitId: visit.id }, orderBy: { version: "desc" } });
    await click(SEC, VISIT_IDS.acceptReportButton, String(r2.id));
    await click(SEC, VISIT_IDS.viewReportButton, String(r2.id));
    // Rounds 2 and 3 held and accepted, so that case A can be completed early.
    for (const [round, day] of [
      [2, "2019-10-09"],
      [3, "2019-10-10"],
    ] as const) {
      await click(E1, VISIT_IDS.scheduleNextButton, String(ids.cases.a));
      await submit(E1, await lastView(E1, VISIT_IDS.scheduleModal), {
        [VISIT_IDS.blocks.date]: day,
        [VISIT_IDS.blocks.time]: "10:00",
      });
      h.clock.set(`${day}T18:00:00`);
      const v = await h.db.visit.findFirstOrThrow({ where: { caseId: ids.cases.a, round } });
      await click(E1, VISIT_IDS.openLogButton, String(v.id));
      const view = await lastView(E1, VISIT_IDS.reportModal);
      await h.driver.submitView(
        E1,
        view,
        h.driver.fill(view, reportValues(view, round, { 実施日: day, ...hostileReport })),
      );
      await h.settle();
      const r = await h.db.visitReport.findFirstOrThrow({ where: { visitId: v.id } });
      await click(SEC, VISIT_IDS.acceptReportButton, String(r.id));
    }

    // Deliverables: one handed in with a typed title and returned with a comment.
    await click(E1, VISIT_IDS.addDeliverableButton, String(ids.cases.a));
    await submit(E1, await lastView(E1, VISIT_IDS.deliverableModal), {
      [VISIT_IDS.blocks.kind]: { value: "basic_policy" },
      [VISIT_IDS.blocks.url]: "https://example.jp/policy.docx",
    });
    const deliverable = await h.db.deliverable.findFirstOrThrow();
    await click(SEC, VISIT_IDS.returnDeliverableButton, String(deliverable.id));
    await submit(SEC, await lastView(SEC, VISIT_IDS.deliverableReturnModal));

    // FAQ and a ticket: searched, asked, answered and added to the FAQ.
    await command(SME, "/desk", `faq ${HOSTILE}`);
    await click(SME, HELPDESK_IDS.askButton, HOSTILE);
    const ticket = await h.db.ticket.findFirstOrThrow();
    await h.driver.appHomeOpened(SEC);
    await h.settle();
    await click(SEC, HELPDESK_IDS.answerButton, String(ticket.id));
    await submit(SEC, await lastView(SEC, HELPDESK_IDS.answerModal), {
      [HELPDESK_IDS.blocks.addToFaq]: [{ value: HELPDESK_IDS.addToFaqValue }],
      [HELPDESK_IDS.blocks.faqQuestion]: `${HOSTILE} 申込`,
    });
    await command(SME, "/desk", "faq");
    await command(SME, "/desk", "faq 申込");

    // A briefing session at a typed city and venue, registered for, then cancelled with a reason.
    await command(SEC, "/desk", "briefing create");
    await submit(SEC, await lastView(SEC, BRIEFING_IDS.createModal), {
      [BRIEFING_IDS.blocks.heldOn]: "2019-10-25",
      [BRIEFING_IDS.blocks.startTime]: "14:00",
      [BRIEFING_IDS.blocks.capacity]: "1",
    });
    const session = await h.db.briefingSession.findFirstOrThrow();
    await click(E1, BRIEFING_IDS.registerButton, String(session.id));
    await click(E2, BRIEFING_IDS.registerButton, String(session.id));
    await command(E2, "/expert", "briefings");
    await command(SEC, "/desk", "briefing");
    await click(SEC, BRIEFING_IDS.cancelButton, String(session.id));
    await submit(SEC, await lastView(SEC, BRIEFING_IDS.cancelModal));

    // Case pages, then case A completed early and case B terminated, both with typed reasons.
    await command(SEC, "/desk", `case ${ids.cases.a}`);
    await command(E1, "/visit", `case ${ids.cases.a}`);
    await command(E1, "/visit", "list");
    await command(E1, "/visit", "honoraria");
    await command(SEC, "/desk", "honoraria");
    await click(SEC, VISIT_IDS.completeCaseButton, String(ids.cases.a));
    await submit(SEC, await lastView(SEC, VISIT_IDS.closeCaseModal));
    await click(SEC, VISIT_IDS.terminateCaseButton, String(ids.cases.b));
    await submit(SEC, await lastView(SEC, VISIT_IDS.closeCaseModal));

    // Surveys of the completed case, answered with typed comments, and opened again.
    for (const user of [E1, SME]) {
      const invite = h.fake
        .messages(user)
        .find((m) => JSON.stringify(m.blocks ?? []).includes(SURVEY_IDS.answerButton));
      expect(invite, `${user} got a survey invitation`).toBeDefined();
      await h.driver.clickButton(user, { actionId: SURVEY_IDS.answerButton, message: invite });
      await h.settle();
      await submit(user, await lastView(user, SURVEY_IDS.answerModal));
      await h.driver.clickButton(user, { actionId: SURVEY_IDS.answerButton, message: invite });
      await h.settle();
    }

    // The next Monday's jobs: reminders, the weekly digest (cases at risk), surveys.
    await command(E2, "/expert", "weekly on");
    await h.services.program.update({ endDate: "2019-10-31", applyUntil: "2019-10-14" }, SEC);
    h.clock.set("2019-10-14T09:30:00");
    for (const job of JOBS) await job.run(h.app.ctx, h.clock.now());
    await h.settle();

    // App Home for each role.
    for (const user of [SEC, E1, E2, SME, SME_EN, REJECTED.id, USERS.outsider.id]) await h.driver.appHomeOpened(user);
    await h.settle();
  }, 120_000);

  afterAll(async () => {
    await h?.stop();
  });

  it("the slice ran without errors and the hostile text was stored as typed", async () => {
    expect(h.errors()).toEqual([]);
    const a = await h.db.application.findUniqueOrThrow({ where: { id: ids.apps.a }, include: { company: true } });
    expect(a.company.name).toBe(`${HOSTILE} A`);
    expect((await h.db.case.findUniqueOrThrow({ where: { id: ids.cases.a } })).status).toBe("completed");
    expect((await h.db.case.findUniqueOrThrow({ where: { id: ids.cases.b } })).status).toBe("terminated");
    expect(h.fake.messages(DIGEST_CHANNEL).length).toBeGreaterThan(0);
  });

  it("no mrkdwn text, field, context element or message text carries the typed markup raw", () => {
    assertNoMarkup(recordedSlots(h.fake));
  });

  it("the typed text is shown escaped: the secretariat post, the receipt DM, the queue and App Home", () => {
    const secretariat = h.fake.messages(SECRETARIAT_CHANNEL);
    const review = secretariat.find((m) => m.text.includes("中小企業の申込み"));
    expect(review?.text).toContain(ESCAPED_PING);
    expect(JSON.stringify(review?.blocks)).toContain(`${ESCAPED_PING} &lt;https://evil.example/login|`);
    expect(h.fake.messages(SME)[0].text).toContain(
      `${ESCAPED_PING} &lt;https://evil.example/login|申込フォームを開く&gt;`,
    );
    expect(h.fake.messages(SME_EN)[0].text).toContain(`We received the application of ${ESCAPED_PING}`);
    // A typed "&amp;" stays literal: its & is escaped too.
    expect(JSON.stringify(review?.blocks)).toContain("&amp;amp;");
    const homes = h.fake.calls("views.publish").filter((c) => c.args.user_id === SEC);
    const home = homes.flatMap((c) => textSlots(c.args.view, "home")).filter((s) => s.kind === "mrkdwn");
    expect(
      home.some((s) => s.text.includes(`#${ids.apps.a} ${ESCAPED_PING}`)),
      "the queue on App Home",
    ).toBe(true);
    const queue = h.fake.responses().find((r) => String(r.body?.text).startsWith("審査待ちの申込み"));
    expect(JSON.stringify(queue?.body.blocks)).toContain(`#${ids.apps.a} ${ESCAPED_PING}`);
    const everywhere = recordedSlots(h.fake).filter((s) => s.kind === "mrkdwn" && s.text.includes(ESCAPED_PING));
    for (const place of ["chat.postMessage", "chat.update", "views.open", "views.publish", "response_url"])
      expect(
        everywhere.some((s) => s.where.startsWith(place)),
        place,
      ).toBe(true);
  });

  it("plain_text shows the typed text as it is (headers, buttons, options, input values)", () => {
    const plain = recordedSlots(h.fake).filter((s) => s.kind === "plain");
    expect(plain.some((s) => s.text.includes("<!channel>"))).toBe(true);
    expect(plain.filter((s) => /&lt;|&gt;/.test(s.text))).toEqual([]);
  });

  it("the scanner finds raw markup in mrkdwn and entities in plain_text", () => {
    const planted = textSlots(
      {
        blocks: [
          { type: "section", text: { type: "mrkdwn", text: `会社: ${HOSTILE}` } },
          { type: "section", fields: [{ type: "mrkdwn", text: "<@UHOSTILE>" }] },
          { type: "context", elements: [{ type: "mrkdwn", text: "<#CHOSTILE>" }] },
          { type: "header", text: { type: "plain_text", text: "&lt;!channel&gt;" } },
          { type: "section", text: { type: "mrkdwn", text: `${ESCAPED_PING} ok <@USEC1>` } },
        ],
      },
      "planted",
    );
    expect(markupFindings(planted).map((f) => f.problem)).toEqual([
      ...HOSTILE_MARKUP.map((m) => `raw ${m} in mrkdwn`),
      "raw <@UHOSTILE> in mrkdwn",
      "raw <#CHOSTILE> in mrkdwn",
      "entity in plain_text",
    ]);
  });
});
