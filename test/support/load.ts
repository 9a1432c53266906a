/**
 * Simulated people using the app at once: secretariat members, experts and the public, each in
 * its own loop of commands, button clicks, modal submissions (valid and invalid) and options loads
 * against one harness, for a given time. Every request's ack time and HTTP status is recorded, and
 * every write the app accepted is remembered so that it can be found in the database afterwards.
 *
 * Under load the driver's view helpers are avoided: they look the view up in the fake, which
 * copies every stored view each time. Modals are taken from the fake's views.open call for the
 * request's trigger id, and submissions are signed and posted here.
 */
import { APPLICATION_IDS } from "../../src/features/applications/applications-ids.js";
import { BRIEFING_IDS } from "../../src/features/briefings/briefings-ids.js";
import { HELPDESK_IDS } from "../../src/features/helpdesk/helpdesk-ids.js";
import { MATCHING_IDS } from "../../src/features/matching/matching-ids.js";
import { VISIT_IDS } from "../../src/features/visits/visits-ids.js";
import { mulberry32 } from "../../src/lib/random.js";
import type { RecordedCall } from "./fake-slack.js";
import { TEAM_ID } from "./fake-slack.js";
import { createExpert } from "./fixtures.js";
import { type Harness, startHarness } from "./harness.js";
import { autofill } from "./matrix-world.js";
import type { FillValue } from "./slack-driver.js";

export type LoadPlan = {
  users: number;
  durationMs: number;
  seed?: number;
  /** Pause between one person's interactions (uniform in [min, max] ms; default 0.5–2.5 s, a brisk person). */
  thinkMs?: [number, number];
};

type Role = "sec" | "expert" | "public";
type Person = { id: string; role: Role; freshCases: number[] };

export type Population = { people: Person[]; sessions: number[]; receivedApps: number[]; allCases: number[] };

type Timing = { kind: string; ms: number; status: number };

export type LoadReport = {
  requests: number;
  wallMs: number;
  timings: Timing[];
  /** Requests answered with a status other than 200, or not answered. */
  httpErrors: string[];
  /** Things a person would have noticed: a modal that did not open, a valid form refused, an invalid one accepted. */
  surprises: string[];
  accepted: {
    applications: string[];
    tickets: string[];
    visits: number[];
    registrations: string[];
    validated: number[];
  };
  rejected: { applications: string[]; visits: number[] };
};

const ACK_LIMIT_MS = 3000;

/** The fake's call log, read in place (its accessor deep-copies the whole log on every call). */
function callLog(h: Harness): RecordedCall[] {
  return (h.fake as unknown as { callLog: RecordedCall[] }).callLog;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A harness with `users` people: a tenth secretariat, half experts (with cases), the rest the public. */
export async function startLoadHarness(users: number, durationMs: number): Promise<{ h: Harness; pop: Population }> {
  const nSec = Math.max(1, Math.floor(users / 10));
  const nExp = Math.max(1, Math.floor(users / 2));
  const people: Person[] = [];
  for (let i = 0; i < users; i++) {
    const role: Role = i < nSec ? "sec" : i < nSec + nExp ? "expert" : "public";
    people.push({ id: `UL${role.toUpperCase()}${i}`, role, freshCases: [] });
  }
  const h = await startHarness({
    users: people.map((p, i) => ({
      id: p.id,
      name: p.id.toLowerCase(),
      realName: `負荷 利用者${i}`,
      locale: i % 5 === 4 ? "en-US" : "ja-JP",
    })),
    env: {
      SECRETARIAT_USER_IDS: people
        .filter((p) => p.role === "sec")
        .map((p) => p.id)
        .join(","),
    },
  });
  // Bulk inserts: hundreds of cases one row at a time would take longer than the run itself.
  const casesEach = Math.max(2, Math.ceil(durationMs / 4000));
  const program = await h.db.program.findFirstOrThrow({ where: { current: true } });
  const expertIds = new Map<string, number>();
  for (const [i, p] of people.entries())
    if (p.role === "expert")
      expertIds.set(
        p.id,
        (
          await createExpert(h.db, {
            slackUserId: p.id,
            nameKanji: `負荷 専門家${i}`,
            nameKana: "ふか せんもんか",
            capacity: 99,
            prefecture: 23,
          })
        ).id,
      );
  const received = Math.max(10, Math.ceil(durationMs / 500));
  const total = expertIds.size * casesEach + received;
  await h.db.company.createMany({
    data: Array.from({ length: total }, (_, k) => ({
      name: `株式会社負荷準備${k}`,
      industry: "E",
      prefecture: 23,
      employees: 20,
      capitalYen: 10_000_000,
    })),
  });
  const companies = await h.db.company.findMany({
    where: { name: { startsWith: "株式会社負荷準備" } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  await h.db.application.createMany({
    data: companies.map((c, k) => ({
      programId: program.id,
      companyId: c.id,
      receivedOn: "2019-09-02",
      source: "mail",
      contactName: `準備 担当${k}`,
      contactEmail: `prep${k}@example.jp`,
      contactPhone: "052-000-0000",
      status: k < total - received ? "matched" : "received",
    })),
  });
  const apps = await h.db.application.findMany({
    where: { companyId: { in: companies.map((c) => c.id) } },
    select: { id: true, status: true },
    orderBy: { id: "asc" },
  });
  const matched = apps.filter((a) => a.status === "matched");
  const receivedApps = apps.filter((a) => a.status === "received").map((a) => a.id);
  const owners = [...expertIds.values()].flatMap((id) => Array<number>(casesEach).fill(id));
  const approvedAt = new Date("2019-09-10T01:00:00Z");
  await h.db.case.createMany({
    data: matched.map((a, k) => ({
      programId: program.id,
      applicationId: a.id,
      expertId: owners[k] as number,
      status: "active",
      approvedBy: "config",
      approvedAt,
      approvedOn: "2019-09-10",
    })),
  });
  const cases = await h.db.case.findMany({
    where: { applicationId: { in: matched.map((a) => a.id) } },
    select: { id: true, expertId: true },
  });
  await h.db.caseAssignment.createMany({
    data: cases.map((c) => ({ caseId: c.id, expertId: c.expertId, fromAt: approvedAt, by: "config" })),
  });
  const allCases = cases.map((c) => c.id);
  for (const p of people) {
    const id = expertIds.get(p.id);
    if (id !== undefined) p.freshCases = cases.filter((c) => c.expertId === id).map((c) => c.id);
  }
  const sessions: number[] = [];
  for (const city of ["名古屋", "大阪"])
    sessions.push(
      (
        await h.db.briefingSession.create({
          data: { programId: program.id, heldOn: "2019-10-25", city, capacity: 10_000, createdBy: "config" },
        })
      ).id,
    );
  for (const p of people) await h.services.roles.resolveActor(p.id);
  await h.settle();
  return { h, pop: { people, sessions, receivedApps, allCases } };
}

/** Runs every person's loop until the time is up; the report holds what to check. */
export async function runLoad(h: Harness, pop: Population, plan: LoadPlan): Promise<LoadReport> {
  const rand = mulberry32(plan.seed ?? 20191001);
  const [thinkMin, thinkMax] = plan.thinkMs ?? [500, 2500];
  const report: LoadReport = {
    requests: 0,
    wallMs: 0,
    timings: [],
    httpErrors: [],
    surprises: [],
    accepted: { applications: [], tickets: [], visits: [], registrations: [], validated: [] },
    rejected: { applications: [], visits: [] },
  };
  let n = 0;
  const started = Date.now();
  const deadline = started + plan.durationMs;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

  async function timed<T extends { status: number; ms: number; text?: string }>(
    kind: string,
    send: () => Promise<T>,
  ): Promise<T | null> {
    report.requests++;
    const t0 = Date.now();
    try {
      const res = await send();
      report.timings.push({ kind, ms: res.ms ?? Date.now() - t0, status: res.status });
      if (res.status !== 200)
        report.httpErrors.push(`${kind}: HTTP ${res.status} ${String(res.text ?? "").slice(0, 200)}`);
      return res;
    } catch (error) {
      report.timings.push({ kind, ms: Date.now() - t0, status: 0 });
      report.httpErrors.push(`${kind}: ${String(error)}`);
      return null;
    }
  }

  // One reader of the fake's call log hands each views.open to the person waiting for its trigger id.
  const waiting = new Map<string, (call: RecordedCall) => void>();
  let cursor = callLog(h).length;
  const watcher = setInterval(() => {
    const log = callLog(h);
    for (; cursor < log.length; cursor++) {
      const c = log[cursor];
      if (c?.method !== "views.open") continue;
      waiting.get(String(c.args.trigger_id))?.(c);
    }
  }, 10);

  /** The modal the app opened for a request (found by its trigger id). */
  async function modalFor(triggerId: string, what: string): Promise<any | null> {
    const call = await new Promise<RecordedCall | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), 5000);
      waiting.set(triggerId, (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    waiting.delete(triggerId);
    if (!call) {
      report.surprises.push(`${what}: no modal opened within 5 s`);
      return null;
    }
    if (!call.response?.ok) {
      report.surprises.push(`${what}: views.open failed: ${call.response?.error}`);
      return null;
    }
    return call.response.view;
  }

  function submit(userId: string, view: any, values: ReturnType<typeof autofill>) {
    const payload = {
      type: "view_submission",
      team: { id: TEAM_ID, domain: "fake-workspace" },
      user: { id: userId, username: userId.toLowerCase(), name: userId.toLowerCase(), team_id: TEAM_ID },
      api_app_id: "A0TEST",
      token: "fake-verification-token",
      trigger_id: h.fake.issueTriggerId(userId),
      view: { ...view, state: { values } },
      response_urls: [],
      is_enterprise_install: false,
      enterprise: null,
    };
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    return h.driver.raw(body, { ...h.driver.sign(body), "Content-Type": "application/x-www-form-urlencoded" });
  }

  /** Opens a modal with `open` and submits `fill(view)`; returns the ack body, or null when it failed. */
  async function modalFlow(
    p: Person,
    kind: string,
    open: () => Promise<{ triggerId: string; status: number; ms: number } | null>,
    fill: (view: any) => Record<string, FillValue>,
  ) {
    const opened = await open();
    if (opened?.status !== 200) return null;
    const view = await modalFor(opened.triggerId, `${kind} by ${p.id}`);
    if (!view) return null;
    const res = await timed(`${kind}:submit`, () => submit(p.id, view, autofill(view, fill(view))));
    if (res?.status !== 200) return null;
    try {
      return res.text ? JSON.parse(res.text) : {};
    } catch {
      return {};
    }
  }

  const A = APPLICATION_IDS.blocks;
  const everyone = {
    help: (p: Person) => timed("command:help", () => h.driver.command(p.id, "/desk", "help")),
    faq: (p: Person) => timed("command:faq", () => h.driver.command(p.id, "/desk", "faq 謝金 振込")),
    briefings: (p: Person) => timed("command:briefings", () => h.driver.command(p.id, "/expert", "briefings")),
    home: (p: Person) => timed("event:home", () => h.driver.appHomeOpened(p.id)),
    recruiterOptions: async (p: Person) => {
      const res = await timed("options:recruiter", async () => {
        const t0 = Date.now();
        const body = await h.driver.suggest(p.id, {
          actionId: APPLICATION_IDS.recruiterSelect,
          blockId: A.recruiter,
          value: "負荷",
        });
        return { status: 200, ms: Date.now() - t0, body };
      });
      if (res && !(res.body.options?.length > 0)) report.surprises.push("recruiter search found no expert");
    },
    ask: async (p: Person) => {
      const question = `負荷テストの質問 ${p.id}-${++n}`;
      const res = await timed("action:ask", () =>
        h.driver.clickButton(p.id, { actionId: HELPDESK_IDS.askButton, value: question }),
      );
      if (res?.status === 200) report.accepted.tickets.push(question);
    },
    apply: async (p: Person) => {
      const valid = rand() < 0.7;
      const company = `負荷テスト${valid ? "工業" : "無効"} ${p.id}-${++n}`;
      const body = await modalFlow(
        p,
        "apply",
        () => timed("command:apply", () => h.driver.command(p.id, "/apply")),
        () => ({
          [A.companyName]: company,
          [A.companyKana]: "フカテスト",
          [A.industry]: { value: "E" },
          [A.capital]: "10000000",
          [A.employees]: "25",
          [A.prefecture]: { value: "23" },
          [A.address]: "名古屋市中区1-1",
          [A.contactName]: "負荷 太郎",
          [A.contactTitle]: "総務",
          [A.contactEmail]: valid ? `load${n}@example.jp` : "メールアドレスではない",
          [A.contactPhone]: "052-000-0000",
        }),
      );
      if (body === null) return;
      const refused = body.response_action === "errors";
      if (valid && refused) report.surprises.push(`valid application refused: ${JSON.stringify(body.errors)}`);
      if (!valid && !refused) report.surprises.push("invalid application accepted");
      (refused ? report.rejected.applications : report.accepted.applications).push(company);
    },
  };
  const experts = {
    list: (p: Person) => timed("command:visit-list", () => h.driver.command(p.id, "/visit", "list")),
    honoraria: (p: Person) => timed("command:visit-honoraria", () => h.driver.command(p.id, "/visit", "honoraria")),
    register: async (p: Person) => {
      const session = pick(pop.sessions);
      const res = await timed("action:briefing-register", () =>
        h.driver.clickButton(p.id, { actionId: BRIEFING_IDS.registerButton, value: String(session) }),
      );
      if (res?.status === 200) report.accepted.registrations.push(`${p.id}:${session}`);
    },
    schedule: async (p: Person) => {
      const caseId = p.freshCases.pop();
      if (caseId === undefined) return experts.list(p);
      const valid = rand() < 0.75;
      const body = await modalFlow(
        p,
        "schedule",
        () =>
          timed("action:schedule-open", () =>
            h.driver.clickButton(p.id, { actionId: VISIT_IDS.scheduleNextButton, value: String(caseId) }),
          ),
        () => ({
          [VISIT_IDS.blocks.date]: valid ? "2019-10-15" : "2020-03-02",
          [VISIT_IDS.blocks.time]: "10:00",
          [VISIT_IDS.blocks.place]: "本社会議室",
        }),
      );
      if (body === null) return;
      const refused = body.response_action === "errors";
      if (valid && refused) report.surprises.push(`valid visit refused: ${JSON.stringify(body.errors)}`);
      if (!valid && !refused) report.surprises.push("a visit after the program's end was accepted");
      if (refused) {
        report.rejected.visits.push(caseId);
        p.freshCases.unshift(caseId);
      } else report.accepted.visits.push(caseId);
    },
  };
  const secretariat = {
    queue: (p: Person) => timed("command:queue", () => h.driver.command(p.id, "/desk", "queue")),
    honoraria: (p: Person) => timed("command:desk-honoraria", () => h.driver.command(p.id, "/desk", "honoraria")),
    casePage: (p: Person) =>
      timed("command:desk-case", () => h.driver.command(p.id, "/desk", `case ${pick(pop.allCases)}`)),
    validate: async (p: Person) => {
      const id = pick(pop.receivedApps);
      const res = await timed("action:mark-valid", () =>
        h.driver.clickButton(p.id, { actionId: APPLICATION_IDS.validButton, value: String(id) }),
      );
      if (res?.status === 200) report.accepted.validated.push(id);
    },
    expertSearch: async (p: Person) => {
      const res = await timed("options:expert-search", async () => {
        const t0 = Date.now();
        const body = await h.driver.suggest(p.id, {
          actionId: MATCHING_IDS.addCandidate,
          blockId: MATCHING_IDS.blocks.add,
          value: "負荷",
        });
        return { status: 200, ms: Date.now() - t0, body };
      });
      if (res && !(res.body.options?.length > 0)) report.surprises.push("the secretariat's expert search found nobody");
    },
  };

  type Act = (p: Person) => Promise<unknown>;
  const weighted = (pairs: [Act, number][]): Act[] => pairs.flatMap(([a, w]) => Array<Act>(w).fill(a));
  const common: [Act, number][] = [
    [everyone.help, 1],
    [everyone.faq, 2],
    [everyone.briefings, 1],
    [everyone.home, 1],
    [everyone.recruiterOptions, 1],
    [everyone.ask, 1],
    [everyone.apply, 2],
  ];
  const menus: Record<Role, Act[]> = {
    public: weighted(common),
    expert: weighted([
      ...common,
      [experts.list, 2],
      [experts.honoraria, 1],
      [experts.register, 1],
      [experts.schedule, 3],
    ]),
    sec: weighted([
      ...common,
      [secretariat.queue, 2],
      [secretariat.honoraria, 1],
      [secretariat.casePage, 1],
      [secretariat.validate, 3],
      [secretariat.expertSearch, 1],
    ]),
  };

  await Promise.all(
    pop.people.map(async (p, i) => {
      await sleep((i * 37) % 300);
      while (Date.now() < deadline) {
        await pick(menus[p.role])(p);
        await sleep(thinkMin + rand() * (thinkMax - thinkMin));
      }
    }),
  );
  clearInterval(watcher);
  report.wallMs = Date.now() - started;
  return report;
}

/**
 * After `h.settle()`: what is wrong — slow acks, HTTP errors, error logs, accepted writes not stored
 * (or stored twice), refused ones stored, notifications not delivered.
 */
export async function checkLoad(h: Harness, pop: Population, report: LoadReport): Promise<string[]> {
  const problems = [...report.httpErrors, ...report.surprises];
  for (const t of report.timings)
    if (t.ms >= ACK_LIMIT_MS) problems.push(`${t.kind} acked in ${t.ms} ms (Slack gives up at 3000)`);
  for (const e of h.errors()) problems.push(`error log: ${JSON.stringify(e).slice(0, 300)}`);
  const a = report.accepted;

  const apps = await h.db.application.findMany({
    where: { company: { name: { startsWith: "負荷テスト" } } },
    select: { company: { select: { name: true } } },
  });
  const stored = new Map<string, number>();
  for (const { company } of apps) stored.set(company.name, (stored.get(company.name) ?? 0) + 1);
  for (const name of a.applications)
    if (stored.get(name) !== 1) problems.push(`accepted application ${name}: ${stored.get(name) ?? 0} rows`);
  for (const name of report.rejected.applications)
    if (stored.has(name)) problems.push(`refused application ${name} was stored`);
  if (stored.size !== a.applications.length)
    problems.push(`applications: ${a.applications.length} accepted, ${stored.size} companies stored`);

  const tickets = await h.db.ticket.findMany({
    where: { question: { startsWith: "負荷テストの質問" } },
    select: { question: true },
  });
  const questions = new Map<string, number>();
  for (const t of tickets) questions.set(t.question, (questions.get(t.question) ?? 0) + 1);
  for (const q of a.tickets)
    if (questions.get(q) !== 1) problems.push(`question ${q}: ${questions.get(q) ?? 0} tickets`);
  if (tickets.length !== a.tickets.length)
    problems.push(`tickets: ${a.tickets.length} asked, ${tickets.length} stored`);

  const visits = await h.db.visit.findMany({ where: { caseId: { in: pop.allCases } }, select: { caseId: true } });
  const perCase = new Map<number, number>();
  for (const v of visits) perCase.set(v.caseId, (perCase.get(v.caseId) ?? 0) + 1);
  for (const c of a.visits)
    if (perCase.get(c) !== 1) problems.push(`case ${c}: ${perCase.get(c) ?? 0} visits, 1 scheduled`);
  if (visits.length !== a.visits.length) problems.push(`visits: ${a.visits.length} scheduled, ${visits.length} stored`);

  const registrations = await h.db.briefingRegistration.findMany({
    where: { sessionId: { in: pop.sessions } },
    select: { sessionId: true, expert: { select: { slackUserId: true } } },
  });
  const regs = new Set(registrations.map((r) => `${r.expert.slackUserId}:${r.sessionId}`));
  const wanted = new Set(a.registrations);
  for (const r of wanted) if (!regs.has(r)) problems.push(`briefing registration ${r} missing`);
  if (regs.size !== wanted.size || registrations.length !== regs.size)
    problems.push(`briefing registrations: ${wanted.size} made, ${registrations.length} stored`);

  const validated = [...new Set(a.validated)];
  const screened = await h.db.application.findMany({
    where: { id: { in: validated } },
    select: { id: true, status: true },
  });
  for (const s of screened)
    if (s.status !== "valid") problems.push(`application ${s.id} clicked valid but is ${s.status}`);
  const audits = await h.db.auditLog.groupBy({
    by: ["entityId"],
    where: { entityType: "application", action: "application.valid", entityId: { in: validated.map(String) } },
    _count: { _all: true },
  });
  const once = new Map(audits.map((x) => [Number(x.entityId), x._count._all]));
  for (const id of validated)
    if (once.get(id) !== 1) problems.push(`application ${id}: ${once.get(id) ?? 0} "valid" audit entries`);
  // After settle: every notification the accepted writes queued has been delivered.
  const undelivered = await h.db.outboxMessage.groupBy({
    by: ["status"],
    where: { status: { not: "sent" } },
    _count: { _all: true },
  });
  for (const u of undelivered) problems.push(`outbox: ${u._count._all} messages ${u.status}`);
  return problems;
}

/** p50 / p95 / p99 / max ack time per kind of request. */
export function ackSummary(
  report: LoadReport,
): Record<string, { n: number; p50: number; p95: number; p99: number; max: number }> {
  const by = new Map<string, number[]>();
  for (const t of report.timings) by.set(t.kind, [...(by.get(t.kind) ?? []), t.ms]);
  by.set(
    "all",
    report.timings.map((t) => t.ms),
  );
  const q = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0;
  return Object.fromEntries(
    [...by.entries()].map(([k, xs]) => {
      const s = [...xs].sort((x, y) => x - y);
      return [k, { n: s.length, p50: q(s, 0.5), p95: q(s, 0.95), p99: q(s, 0.99), max: s.at(-1) ?? 0 }];
    }),
  );
}
