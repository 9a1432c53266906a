/**
 * The server enforces every text field's limit (the same number the modal shows the Slack client
 * as max_length): an over-long submission made outside the client gets an inline error on that
 * field and stores nothing, and the longest allowed report can still be revised (its modal fits
 * Slack's view size). Refusals to people outside a case say nothing about the case.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APPLICATION_IDS } from "../../src/features/applications/applications-ids.js";
import { BRIEFING_IDS } from "../../src/features/briefings/briefings-ids.js";
import { EXPERT_IDS } from "../../src/features/experts/experts-ids.js";
import { FIRST_VISIT_IDS } from "../../src/features/first-visits/first-visits-ids.js";
import { HELPDESK_IDS } from "../../src/features/helpdesk/helpdesk-ids.js";
import { HONORARIA_IDS } from "../../src/features/honoraria/honoraria-ids.js";
import { MATCHING_IDS } from "../../src/features/matching/matching-ids.js";
import { SURVEY_IDS } from "../../src/features/surveys/surveys-ids.js";
import { VISIT_IDS } from "../../src/features/visits/visits-ids.js";
import { DbSnapshotter, diffSnapshots } from "../support/db-snapshot.js";
import { ACTORS, type ActorKey, buildWorld, startMatrixHarness, type World } from "../support/matrix-world.js";
import { reportValues } from "../support/visit-fixtures.js";

const B = VISIT_IDS.blocks;

type Opener = { name: string; who: ActorKey; open: (w: World, user: string) => Promise<unknown> };

const click = (w: World, user: string, actionId: string, value: string) =>
  w.h.driver.clickButton(user, { actionId, value });
const command = (w: World, user: string, c: string, text: string) => w.h.driver.command(user, c, text);

/** Every modal with a text input, opened the way a person opens it. */
const MODALS: Opener[] = [
  { name: "program settings", who: "sec", open: (w, u) => command(w, u, "/desk", "settings") },
  { name: "expert registration", who: "outsider", open: (w, u) => command(w, u, "/expert", "register") },
  {
    name: "expert profile",
    who: "owner",
    open: (w, u) => click(w, u, EXPERT_IDS.editProfileButton, String(w.owner.id)),
  },
  {
    name: "expert rejection",
    who: "sec",
    open: async (w, u) => click(w, u, EXPERT_IDS.rejectButton, String((await w.pendingExpert()).id)),
  },
  { name: "application", who: "outsider", open: (w, u) => click(w, u, APPLICATION_IDS.openApplyButton, "open") },
  {
    name: "application invalid",
    who: "sec",
    open: async (w, u) => click(w, u, APPLICATION_IDS.invalidButton, String((await w.received()).id)),
  },
  {
    name: "record the SME's choice",
    who: "sec",
    open: async (w, u) => click(w, u, MATCHING_IDS.recordChoiceButton, String((await w.proposed()).proposalId)),
  },
  {
    name: "matching rejection",
    who: "sec",
    open: async (w, u) => click(w, u, MATCHING_IDS.rejectButton, String((await w.chosen()).app.id)),
  },
  {
    name: "withdraw proposal",
    who: "sec",
    open: async (w, u) => click(w, u, MATCHING_IDS.withdrawButton, String((await w.proposed()).proposalId)),
  },
  {
    name: "reassign",
    who: "sec",
    open: async (w, u) => click(w, u, MATCHING_IDS.reassignButton, String((await w.activeCase()).case.id)),
  },
  {
    name: "schedule",
    who: "owner",
    open: async (w, u) => click(w, u, VISIT_IDS.scheduleNextButton, String((await w.activeCase()).case.id)),
  },
  {
    name: "reschedule",
    who: "owner",
    open: async (w, u) => click(w, u, VISIT_IDS.rescheduleButton, String((await w.scheduledVisit()).visit.id)),
  },
  {
    name: "cancel visit",
    who: "owner",
    open: async (w, u) => click(w, u, VISIT_IDS.cancelButton, String((await w.scheduledVisit()).visit.id)),
  },
  {
    name: "propose first-visit dates",
    who: "owner",
    open: async (w, u) => click(w, u, FIRST_VISIT_IDS.proposeButton, String((await w.activeCase()).case.id)),
  },
  {
    name: "record the SME's first-visit answer",
    who: "sec",
    open: async (w, u) =>
      click(w, u, FIRST_VISIT_IDS.recordAnswerButton, String((await w.firstVisitProposal()).proposalId)),
  },
  {
    name: "report",
    who: "owner",
    open: async (w, u) => click(w, u, VISIT_IDS.logUnplannedButton, `${(await w.activeCase()).case.id}:1`),
  },
  {
    name: "return report",
    who: "sec",
    open: async (w, u) => click(w, u, VISIT_IDS.returnReportButton, String((await w.submittedReport()).report.id)),
  },
  {
    name: "close case",
    who: "sec",
    open: async (w, u) => click(w, u, VISIT_IDS.completeCaseButton, String((await w.activeCase()).case.id)),
  },
  {
    name: "deliverable",
    who: "owner",
    open: async (w, u) => click(w, u, VISIT_IDS.addDeliverableButton, String((await w.activeCase()).case.id)),
  },
  {
    name: "return deliverable",
    who: "sec",
    open: async (w, u) =>
      click(w, u, VISIT_IDS.returnDeliverableButton, String((await w.deliverable()).deliverable.id)),
  },
  {
    name: "pay honoraria",
    who: "sec",
    open: async (w, u) => {
      await w.payableLine();
      return click(w, u, HONORARIA_IDS.openPayButton, "pay");
    },
  },
  { name: "create briefing", who: "sec", open: (w, u) => click(w, u, BRIEFING_IDS.createButton, "new") },
  {
    name: "cancel briefing",
    who: "sec",
    open: async (w, u) => click(w, u, BRIEFING_IDS.cancelButton, String((await w.briefing()).id)),
  },
  { name: "ask the secretariat", who: "outsider", open: (w, u) => click(w, u, HELPDESK_IDS.askOpenButton, "open") },
  {
    name: "answer a ticket",
    who: "sec",
    open: async (w, u) => click(w, u, HELPDESK_IDS.answerButton, String((await w.openTicket()).id)),
  },
  { name: "FAQ entry", who: "sec", open: (w, u) => click(w, u, HELPDESK_IDS.faqEditButton, "new") },
  { name: "announcement", who: "sec", open: (w, u) => w.h.driver.command(u, "/desk", "announce") },
  {
    name: "survey",
    who: "owner",
    open: async (w, u) => click(w, u, SURVEY_IDS.answerButton, String((await w.openSurveys()).expertSurvey.id)),
  },
];

describe("text limits are the server's, not only the client's", () => {
  let w: World;
  let db: DbSnapshotter;
  beforeAll(async () => {
    const h = await startMatrixHarness();
    w = await buildWorld(h);
    await w.baseline();
    db = await DbSnapshotter.open(h.env.DATABASE_URL);
  }, 120_000);
  afterAll(async () => {
    await db.close();
    await w.h.stop();
  });

  async function open(who: ActorKey, opener: Opener) {
    await opener.open(w, ACTORS[who]);
    await w.h.settle();
    const view = w.h.fake.lastView(ACTORS[who]);
    if (!view) throw new Error(`${opener.name}: no modal opened`);
    return view;
  }

  for (const opener of MODALS) {
    it(`${opener.name}: each text input over its max_length gets its own inline error; nothing is stored`, async () => {
      const view = await open(opener.who, opener);
      const texts = (view.view.blocks as any[]).filter(
        (b) => b.type === "input" && b.element?.type === "plain_text_input",
      );
      expect(texts.length, "the modal has text inputs").toBeGreaterThan(0);
      for (const block of texts) {
        const max = block.element.max_length;
        expect(max, `${block.block_id} has a client-side limit`).toBeGreaterThan(0);
        expect(max).toBeLessThanOrEqual(3000);
        const values = w.h.driver.fill(view, {});
        values[block.block_id] = {
          [block.element.action_id]: { type: "plain_text_input", value: "あ".repeat(max + 1) },
        };
        const before = await db.take();
        const res = await w.h.driver.submitView(ACTORS[opener.who], view, values, { skipClientChecks: true });
        await w.h.settle();
        expect(res.body?.response_action, block.block_id).toBe("errors");
        expect(res.body.errors[block.block_id], block.block_id).toBe(
          `${max}文字以内で入力してください（現在 ${max + 1}文字）。`,
        );
        expect(diffSnapshots(before, await db.take()), block.block_id).toEqual([]);
      }
      expect(w.h.errors()).toEqual([]);
    }, 60_000);
  }

  it("a modal submitted with its blocks missing, or with blocks it never had, gets an answer and no failure", async () => {
    for (const opener of MODALS) {
      const view = await open(opener.who, opener);
      const before = await db.take();
      const res = await w.h.driver.submitView(
        ACTORS[opener.who],
        // Not the stored view (whose pre-filled blocks the driver would send): only what is given.
        { ...view.view, id: `${view.id}-forged`, blocks: [] },
        { extra: { value: { type: "plain_text_input", value: "x" } } },
        { skipClientChecks: true },
      );
      await w.h.settle();
      expect(res.status, opener.name).toBe(200);
      if (res.body?.response_action === "errors")
        expect(diffSnapshots(before, await db.take()), opener.name).toEqual([]);
    }
    expect(w.h.errors()).toEqual([]);
  }, 120_000);

  it("a report with 100,000 characters of findings is refused on that field; nor is it saved as a draft", async () => {
    const c = await w.activeCase();
    const view = await open("owner", {
      name: "report",
      who: "owner",
      open: (_w, u) => click(w, u, VISIT_IDS.logUnplannedButton, `${c.case.id}:1`),
    });
    const values = w.h.driver.fill(view, reportValues(view, 1, { 実施日: "2019-09-20" }));
    values[B.findings] = { [VISIT_IDS.value]: { type: "plain_text_input", value: "課".repeat(100_000) } };
    const res = await w.h.driver.submitView(ACTORS.owner, view, values, { skipClientChecks: true });
    await w.h.settle();
    expect(res.body).toEqual({
      response_action: "errors",
      errors: { [B.findings]: "3000文字以内で入力してください（現在 100000文字）。" },
    });
    const draft = await w.h.driver.clickButton(ACTORS.owner, {
      actionId: VISIT_IDS.saveDraftButton,
      view,
      values,
    });
    await w.h.settle();
    expect(draft.status).toBe(200);
    expect(w.h.fake.messages(ACTORS.owner).at(-1)?.text).toBe(
      "下書きは保存していません。長すぎる項目があります: 3000文字以内で入力してください（現在 100000文字）。",
    );
    expect(await w.h.db.visit.count({ where: { caseId: c.case.id } })).toBe(0);
    expect(w.h.errors()).toEqual([]);
  });

  it("the longest allowed report is stored, and once returned its revision modal opens", async () => {
    const c = await w.activeCase();
    const view = await open("owner", {
      name: "report",
      who: "owner",
      open: (_w, u) => click(w, u, VISIT_IDS.logUnplannedButton, `${c.case.id}:1`),
    });
    const longest = (block: string) => {
      const el = (view.view.blocks as any[]).find((b) => b.block_id === block).element;
      return { [el.action_id]: { type: "plain_text_input", value: "長".repeat(el.max_length) } };
    };
    const values = w.h.driver.fill(view, reportValues(view, 1, { 実施日: "2019-09-20" }));
    for (const block of [B.attendees, B.findings, B.agreedActions]) values[block] = longest(block);
    const res = await w.h.driver.submitView(ACTORS.owner, view, values);
    await w.h.settle();
    expect(res.body?.response_action).toBeUndefined();
    const visit = await w.h.db.visit.findFirstOrThrow({ where: { caseId: c.case.id, round: 1 } });
    const report = await w.h.db.visitReport.findFirstOrThrow({ where: { visitId: visit.id } });
    expect(report.status).toBe("submitted");

    await click(w, ACTORS.sec, VISIT_IDS.returnReportButton, String(report.id));
    await w.h.settle();
    const ret = w.h.fake.lastView(ACTORS.sec)!;
    const comment = (ret.view.blocks as any[]).find((b) => b.block_id === B.comment).element;
    await w.h.driver.submitView(
      ACTORS.sec,
      ret,
      w.h.driver.fill(ret, {
        [ret.view.blocks.find((b: any) => b.block_id === B.comment).label.text]: "直".repeat(comment.max_length),
      }),
    );
    await w.h.settle();
    const opened = w.h.fake.calls("views.open").length;
    await click(w, ACTORS.owner, VISIT_IDS.reviseReportButton, String(report.id));
    await w.h.settle();
    expect(w.h.fake.calls("views.open").length).toBe(opened + 1);
    const revision = w.h.fake.lastView(ACTORS.owner)!;
    expect(revision.view.callback_id).toBe(VISIT_IDS.reportModal);
    const findings = (revision.view.blocks as any[]).find((b) => b.block_id === B.findings);
    expect(findings.element.initial_value).toBe("長".repeat(3000));
    expect(w.h.errors()).toEqual([]);
  });
});

describe("refusals to people outside a case say nothing about it", () => {
  let w: World;
  beforeAll(async () => {
    const h = await startMatrixHarness();
    w = await buildWorld(h);
    await w.baseline();
  }, 120_000);
  afterAll(async () => {
    await w.h.stop();
  });

  it("an outsider or another expert pressing someone else's case buttons learns neither the expert nor the company", async () => {
    const c = await w.scheduledVisit();
    const report = await w.submittedReport();
    const company = await w.h.db.company.findUniqueOrThrow({ where: { id: c.app.companyId } });
    const presses: [string, string][] = [
      [VISIT_IDS.logUnplannedButton, `${c.case.id}:2`],
      [VISIT_IDS.openLogButton, String(c.visit.id)],
      [VISIT_IDS.heldButton, String(c.visit.id)],
      [VISIT_IDS.rescheduleButton, String(c.visit.id)],
      [VISIT_IDS.cancelButton, String(c.visit.id)],
      [VISIT_IDS.scheduleNextButton, String(c.case.id)],
      [VISIT_IDS.openCaseButton, String(c.case.id)],
      [VISIT_IDS.addDeliverableButton, String(c.case.id)],
      [VISIT_IDS.completeCaseButton, String(c.case.id)],
      [VISIT_IDS.reviseReportButton, String(report.report.id)],
      [VISIT_IDS.viewReportButton, String(report.report.id)],
      [VISIT_IDS.acceptReportButton, String(report.report.id)],
    ];
    for (const who of ["outsider", "english", "other", "pending"] as const) {
      for (const [actionId, value] of presses) {
        const before = w.h.fake.responses().length;
        await click(w, ACTORS[who], actionId, value);
        await w.h.settle();
        const replies = JSON.stringify(w.h.fake.responses().slice(before));
        const where = `${who} ${actionId}`;
        expect(replies.length, where).toBeGreaterThan(2);
        expect(replies, where).not.toContain(w.owner.nameKanji);
        expect(replies, where).not.toContain(company.name);
      }
    }
    expect(w.h.errors()).toEqual([]);
  }, 60_000);

  it("the secretariat is still told who writes a case's reports", async () => {
    const c = await w.activeCase();
    const before = w.h.fake.responses().length;
    await click(w, ACTORS.sec, VISIT_IDS.logUnplannedButton, `${c.case.id}:1`);
    await w.h.settle();
    expect(JSON.stringify(w.h.fake.responses().slice(before))).toContain(w.owner.nameKanji);
  });
});
