/**
 * Every POST route of the public pages, attacked the way a hostile client would: plain fetch, a
 * valid CSRF pair read from the pages, and bodies no browser sends (missing, repeated and
 * mistyped fields, huge values, broken encodings, other content types, foreign tokens and ids).
 * Each answer is a known status (never 500), no page echoes markup, a refused request leaves the
 * database as it was, and nothing is logged as an error.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APPLICATION_IDS } from "../../src/features/applications/applications-ids.js";
import { FIRST_VISIT_IDS } from "../../src/features/first-visits/first-visits-ids.js";
import { MATCHING_IDS as M } from "../../src/features/matching/matching-ids.js";
import { type DbSnapshot, DbSnapshotter, diffSnapshots } from "../support/db-snapshot.js";
import { createCase, createExpert } from "../support/fixtures.js";
import { type Harness, startHarness, USERS } from "../support/harness.js";
import { PERSONAL_LINK } from "../support/sme-web.js";
import { startSmtp, type TestSmtp } from "../support/smtp.js";
import { createCase as createCompletedCase } from "../support/survey-fixtures.js";

const AKITA = 5;
const ALLOWED = [200, 303, 400, 403, 404, 409, 413, 415, 422, 429];
const SCRIPT = "<script>alert(1)</script>";

let h: Harness;
let smtp: TestSmtp;
let snap: DbSnapshotter;
let cookie = "";

type Form = { action: string; fields: [string, string][] };
type World = {
  a: { id: number; token: string; proposal: number; experts: number[] };
  a2: { id: number; token: string; proposal: number; experts: number[] };
  b: { id: number; token: string; proposal: number };
  c: { id: number; token: string };
};
let w: World;

/** The forms of a page with their action and fields (hidden, text, first radio/option of each name). */
function formsOf(html: string): Form[] {
  const out: Form[] = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const action = /action="([^"]*)"/.exec(m[1] ?? "")?.[1] ?? "";
    const fields: [string, string][] = [];
    const seen = new Set<string>();
    const body = m[2] ?? "";
    for (const input of body.matchAll(/<(input|button|select|textarea)\b([^>]*)>/g)) {
      const attrs = input[2] ?? "";
      const name = /name="([^"]*)"/.exec(attrs)?.[1];
      if (!name || seen.has(name)) continue;
      let value = /value="([^"]*)"/.exec(attrs)?.[1] ?? "";
      if (input[1] === "select") {
        const rest = body.slice((input.index ?? 0) + input[0].length);
        value = [...rest.matchAll(/<option\b[^>]*value="([^"]+)"/g)][0]?.[1] ?? "";
      }
      if (input[1] === "button" && !/value="/.test(attrs)) continue;
      seen.add(name);
      fields.push([name, value.replace(/&amp;/g, "&").replace(/&quot;/g, '"')]);
    }
    out.push({ action: action.replace(/&amp;/g, "&"), fields });
  }
  return out;
}

async function getPage(path: string): Promise<string> {
  const res = await fetch(`${h.baseUrl}${path}`, { headers: cookie ? { cookie } : {} });
  const set = res.headers.getSetCookie().find((c) => c.startsWith("desk_csrf="));
  if (set) cookie = set.split(";")[0] as string;
  expect(res.status, path).toBe(200);
  return res.text();
}

async function formAt(path: string, action: RegExp): Promise<Form> {
  const form = formsOf(await getPage(path)).find((f) => action.test(f.action));
  if (!form) throw new Error(`no form ${action} on ${path}`);
  return form;
}

const tokenOf = (text: string) => (PERSONAL_LINK.exec(text)?.[0] ?? "").split("/s/")[1] as string;
async function linkOf(email: string, subject: string): Promise<string> {
  const mail = await smtp.waitFor((m) => (m.subject ?? "").includes(subject) && m.envelopeTo.includes(email));
  return tokenOf(mail.text ?? "");
}

/** Applies through POST /apply as a browser would (GET the form, send its fields). */
async function apply(company: string, email: string): Promise<number> {
  const form = await formAt("/apply", /\/apply/);
  const values: Record<string, string> = {
    company_name: company,
    company_kana: "カブシキガイシャ",
    employees: "25",
    prefecture: String(AKITA),
    address: "秋田市山王1-1-1",
    contact_name: "佐藤 花子",
    contact_email: email,
    contact_phone: "018-000-0000",
  };
  const body = new URLSearchParams(form.fields.map(([k, v]) => [k, values[k] ?? v]));
  const res = await send("/apply", body.toString());
  expect(res.status, await res.text()).toBe(303);
  const id = Number(/ref=(\d+)\./.exec(res.headers.get("location") ?? "")?.[1]);
  expect(id).toBeGreaterThan(0);
  await h.settle();
  return id;
}

async function proposeTwo(applicationId: number): Promise<{ proposal: number; experts: number[] }> {
  await h.driver.clickButton(USERS.sec1.id, { actionId: APPLICATION_IDS.validButton, value: String(applicationId) });
  await h.settle();
  await h.driver.clickButton(USERS.sec1.id, { actionId: M.proposeButton, value: String(applicationId) });
  await h.settle();
  const view = h.fake.lastView(USERS.sec1.id)!;
  await h.driver.submitView(USERS.sec1.id, view, h.driver.fill(view, { 企業に案内する人数: "2" }));
  await h.settle();
  const p = await h.db.proposal.findFirstOrThrow({
    where: { applicationId },
    orderBy: { id: "desc" },
    include: { candidates: true },
  });
  return { proposal: p.id, experts: p.candidates.map((c) => c.expertId) };
}

function send(path: string, body: string | Buffer, opts: { type?: string | null; noCookie?: boolean } = {}) {
  const headers: Record<string, string> = {};
  if (opts.type !== null) headers["content-type"] = opts.type ?? "application/x-www-form-urlencoded";
  if (!opts.noCookie) headers.cookie = cookie;
  return fetch(`${h.baseUrl}${path}`, {
    method: "POST",
    headers,
    body: typeof body === "string" ? body : new Uint8Array(body),
    redirect: "manual",
  });
}

/** One forged request and the checks every one of them must pass. */
async function forge(
  label: string,
  path: string,
  body: string | Buffer,
  opts: { type?: string | null; expect?: number[]; unchanged?: boolean } = {},
): Promise<number> {
  const before: DbSnapshot = await snap.take();
  const errorsBefore = h.errors().length;
  const res = await send(path, body, opts);
  const text = await res.text();
  await h.settle();
  expect(ALLOWED, `${label}: status ${res.status}\n${text.slice(0, 300)}`).toContain(res.status);
  if (opts.expect) expect(opts.expect, `${label}: status ${res.status}`).toContain(res.status);
  expect(/<script/i.test(text), `${label}: the page contains <script`).toBe(false);
  if (res.status !== 303 || opts.unchanged)
    expect(diffSnapshots(before, await snap.take()), `${label}: refused but changed`).toEqual([]);
  expect(h.errors().slice(errorsBefore), `${label}: error logs`).toEqual([]);
  return res.status;
}

const enc = (pairs: [string, string][]) => new URLSearchParams(pairs).toString();
const WRONG_VALUES = [
  "",
  "abc",
  "-1",
  "0",
  "1.5",
  "1e309",
  "-1e309",
  "Infinity",
  "NaN",
  "0x10",
  "2147483648",
  "9007199254740993",
  "99999999999999999999999999999999",
  SCRIPT,
  "\u0000\u0007\u001b[31m\u202e",
];
const RAW_BODIES: [string, string | Buffer][] = [
  ["invalid percent-encoding", "%FF%FE=%FF%FE&%=%&x=%zz"],
  ["a lone %", "%"],
  ["non-UTF-8 bytes", Buffer.from([0x66, 0x3d, 0xff, 0xfe, 0xc3, 0x28, 0x26, 0x80, 0x3d, 0x81])],
  ["NUL and control characters", "a\u0000=\u0000\u0001\u001f\u007f&\r\n=\t"],
];

/**
 * The attacks on one form: each field missing, mistyped, repeated (a bad value first), far too
 * long, and bodies that are not a form at all. `csrfOk` is the valid pair's field.
 */
async function attackForm(path: string, fields: [string, string][], skip: Set<string> = new Set()) {
  const csrf = fields.find(([k]) => k === "_csrf") as [string, string];
  const data = fields.filter(([k]) => k !== "_csrf");
  const withCsrf = (pairs: [string, string][]) => enc([csrf, ...pairs]);

  await forge("empty body", path, "", { expect: [403] });
  await forge("only the CSRF field", path, withCsrf([]));
  await forge("no CSRF field", path, enc(data), { expect: [403] });
  await forge("a forged CSRF field", path, enc([["_csrf", "x".repeat(43)], ...data]), { expect: [403] });
  await forge("two CSRF fields, the bad one first", path, enc([["_csrf", "bad"], csrf, ...data]), { expect: [403] });
  for (const [name] of data) {
    if (skip.has(name)) continue;
    await forge(`${name} missing`, path, withCsrf(data.filter(([k]) => k !== name)));
    for (const bad of WRONG_VALUES)
      await forge(`${name}=${JSON.stringify(bad)}`, path, withCsrf(data.map(([k, v]) => [k, k === name ? bad : v])));
    await forge(
      `${name} repeated, a bad value first`,
      path,
      withCsrf(
        data.flatMap(
          ([k, v]) =>
            (k === name
              ? [
                  [k, "-1"],
                  [k, v],
                ]
              : [[k, v]]) as [string, string][],
        ),
      ),
    );
    const long = SCRIPT.repeat(Math.floor(60_000 / SCRIPT.length));
    await forge(`${name} 60 KB long`, path, `${withCsrf(data.filter(([k]) => k !== name))}&${name}=${long}`);
  }
  const big = `${withCsrf(data)}&pad=${"x".repeat(70_000)}`;
  await forge("a body over 64 KB", path, big, { expect: [413] });
  for (const [label, raw] of RAW_BODIES) {
    const body = Buffer.concat([Buffer.from(`${withCsrf(data)}&`), Buffer.isBuffer(raw) ? raw : Buffer.from(raw)]);
    await forge(label, path, body);
    await forge(
      `${label}, alone with the CSRF field`,
      path,
      Buffer.concat([Buffer.from(`${withCsrf([])}&`), Buffer.isBuffer(raw) ? raw : Buffer.from(raw)]),
    );
  }
  const json = JSON.stringify(Object.fromEntries([csrf, ...data]));
  await forge("a JSON body sent as a form", path, json, { expect: [403] });
  await forge("a JSON body", path, json, { type: "application/json", expect: [400, 403, 415] });
  const boundary = "----forged";
  const multipart = [csrf, ...data]
    .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
    .join("")
    .concat(`--${boundary}--\r\n`);
  await forge("a multipart body", path, multipart, {
    type: `multipart/form-data; boundary=${boundary}`,
    expect: [400, 403, 415],
  });
  await forge("text/plain", path, withCsrf(data), { type: "text/plain", expect: [400, 403, 415] });
  await forge("no Content-Type", path, withCsrf(data), { type: null, expect: [400, 403, 415] });
  await forge("a form with a charset", path, withCsrf(data.map(([k, v]) => [k, k === data[0]?.[0] ? "-1" : v])), {
    type: "application/x-www-form-urlencoded; charset=Shift_JIS",
  });
}

/** The token routes with someone else's, a tampered and a malformed token. */
async function attackToken(pattern: string, own: string, others: string[], fields: [string, string][]) {
  const body = enc(fields);
  const at = (token: string) => pattern.replace(":token", token);
  for (const other of others)
    await forge(`another application's token`, at(other), body, { expect: [303, 404, 409, 422], unchanged: true });
  const flipped = own.slice(0, -1) + (own.endsWith("A") ? "B" : "A");
  for (const [label, token] of [
    ["a tampered token", flipped],
    ["a truncated token", own.slice(0, 20)],
    ["an over-long token", own + own],
    ["a token with a NUL", `${own.slice(0, 40)}%00`],
    ["a token with <script>", encodeURIComponent(SCRIPT)],
  ] as const)
    await forge(label, at(token), body, { expect: [404] });
}

beforeAll(async () => {
  smtp = await startSmtp();
  h = await startHarness({
    web: true,
    smtpUrl: smtp.url,
    appOptions: { webOptions: { rateLimit: { limit: 100_000, windowMs: 60_000 } } },
  });
  snap = await DbSnapshotter.open(h.env.DATABASE_URL);
  for (const [n, name] of ["秋田 一郎", "秋田 二郎", "秋田 三郎"].entries())
    await createExpert(h.db, { nameKanji: name, nameKana: "あきた", prefecture: AKITA, email: `e${n}@x.example.jp` });
  const fvExpert = await createExpert(h.db, {
    slackUserId: USERS.expert1.id,
    nameKanji: "山田 太郎",
    nameKana: "やまだ たろう",
    prefecture: 13,
    capacity: 5,
  });

  const aId = await apply("株式会社偽造テスト", "forge-a@example.jp");
  const aToken = await linkOf("forge-a@example.jp", "申込受付");
  const a2Id = await apply("株式会社偽造テスト二", "forge-a2@example.jp");
  const a2Token = await linkOf("forge-a2@example.jp", "申込受付");
  const a = { id: aId, token: aToken, ...(await proposeTwo(aId)) };
  const a2 = { id: a2Id, token: a2Token, ...(await proposeTwo(a2Id)) };

  // B: matched with the expert, who proposes first-visit dates in Slack.
  const bId = await apply("株式会社偽造訪問", "forge-b@example.jp");
  const bToken = await linkOf("forge-b@example.jp", "申込受付");
  const bCase = await createCase(h.db, { applicationId: bId, expertId: fvExpert.id, approvedOn: "2019-09-20" });
  await h.driver.clickButton(USERS.expert1.id, { actionId: FIRST_VISIT_IDS.proposeButton, value: String(bCase.id) });
  await h.settle();
  const view = h.fake.lastView(USERS.expert1.id)!;
  await h.driver.submitView(
    USERS.expert1.id,
    view,
    h.driver.fill(view, {
      訪問の方法: "訪問（対面）",
      "場所（住所・事業所名、オンラインの場合は会議ツール）": "本社",
      候補1の日付: "2019-10-08",
      "候補1の開始時刻（日本時間）": "10:00",
      候補2の日付: "2019-10-10",
      "候補2の開始時刻（日本時間）": "14:00",
    }),
  );
  await h.settle();
  const fv = await h.db.firstVisitProposal.findFirstOrThrow({ where: { caseId: bCase.id, status: "open" } });

  // C: a completed case of a web SME, invited to the survey by the service.
  const done = await createCompletedCase(h.db, { expertId: fvExpert.id, company: "株式会社偽造調査" });
  await h.app.db.transaction((tx) => h.services.surveys.inviteForCase(tx, done.id));
  await h.settle();
  const cApp = await h.db.case.findUniqueOrThrow({ where: { id: done.id }, include: { application: true } });
  const cToken = await linkOf(cApp.application.contactEmail ?? "", "アンケート");
  w = { a, a2, b: { id: bId, token: bToken, proposal: fv.id }, c: { id: cApp.applicationId, token: cToken } };
  expect(h.errors()).toEqual([]);
}, 60_000);

afterAll(async () => {
  await snap?.close();
  await h?.stop();
  await smtp?.stop();
});

describe("forged POSTs to the public pages", () => {
  it("/apply: bad bodies get the form again or an error page; nothing is stored unless it is a valid application", async () => {
    const form = await formAt("/apply", /\/apply/);
    await attackForm("/apply", form.fields);
  });

  it("/s/:token/choose: bad fields, other tokens and another application's proposal and candidates change nothing", async () => {
    const form = await formAt(`/s/${w.a.token}`, /\/choose$/);
    const path = `/s/${w.a.token}/choose`;
    expect(Object.fromEntries(form.fields)).toMatchObject({ proposal: String(w.a.proposal) });
    const csrf = form.fields.find(([k]) => k === "_csrf") as [string, string];
    const choose = (proposal: number, expert: number) =>
      enc([csrf, ["proposal", String(proposal)], ["expert", String(expert)]]);
    // Before anything is chosen: another application's proposal and ids that are no candidate.
    await forge("another application's proposal", path, choose(w.a2.proposal, w.a2.experts[0]!), { expect: [409] });
    await forge("own proposal, a candidate id of nobody", path, choose(w.a.proposal, 999_999), { expect: [409] });
    await attackToken("/s/:token/choose", w.a.token, [w.a2.token, w.b.token, w.c.token], form.fields);
    // Mangled forms: a variant that is still a valid choice (e.g. a repeated key whose first value
    // is the real one) may record the choice, once; everything else changes nothing.
    await attackForm(path, form.fields, new Set(["lang"]));
    // The real choice is (or was just) recorded, and its replay is a redirect that changes nothing.
    expect(await forge("the valid choice", path, choose(w.a.proposal, w.a.experts[0]!))).toBe(303);
    expect((await h.db.application.findUniqueOrThrow({ where: { id: w.a.id } })).chosenExpertId).toBe(w.a.experts[0]);
    expect((await h.db.application.findUniqueOrThrow({ where: { id: w.a2.id } })).status).toBe("proposed");
    const before = await snap.take();
    expect(await forge("the valid choice again", path, choose(w.a.proposal, w.a.experts[0]!))).toBe(303);
    expect(diffSnapshots(before, await snap.take())).toEqual([]);
    await forge("another candidate after the choice", path, choose(w.a.proposal, w.a.experts[1]!), { expect: [409] });
  });

  it("/s/:token/first-visit/confirm and /others: bad fields, other tokens and another application's proposal change nothing", async () => {
    const page = `/s/${w.b.token}`;
    const confirm = await formAt(page, /first-visit\/confirm$/);
    const others = await formAt(page, /first-visit\/others$/);
    const confirmPath = `${page}/first-visit/confirm`;
    const othersPath = `${page}/first-visit/others`;
    await attackForm(confirmPath, confirm.fields, new Set(["lang"]));
    await attackForm(
      othersPath,
      others.fields.map(([k, v]) => [k, k === "note" ? `${SCRIPT}の日が良い` : v]),
      new Set(["lang", "note"]),
    );
    await attackToken("/s/:token/first-visit/confirm", w.b.token, [w.a2.token, w.c.token], confirm.fields);
    await attackToken(
      "/s/:token/first-visit/others",
      w.b.token,
      [w.a2.token, w.c.token],
      [...others.fields, ["note", "x"]],
    );
    const cCsrf = confirm.fields.find(([k]) => k === "_csrf") as [string, string];
    const oCsrf = others.fields.find(([k]) => k === "_csrf") as [string, string];
    // A's page with B's first-visit proposal: not found, as for a bad token.
    await forge(
      "another application's first-visit proposal",
      `/s/${w.a2.token}/first-visit/confirm`,
      enc([cCsrf, ["proposal", String(w.b.proposal)], ["option", "1"]]),
      { expect: [404] },
    );
    await forge(
      "another application's first-visit proposal (others)",
      `/s/${w.a2.token}/first-visit/others`,
      enc([oCsrf, ["proposal", String(w.b.proposal)], ["note", "x"]]),
      { expect: [404] },
    );
    await forge("option 3 of two", confirmPath, enc([cCsrf, ["proposal", String(w.b.proposal)], ["option", "3"]]), {
      expect: [422],
    });
    await forge(
      "a note over the limit",
      othersPath,
      enc([oCsrf, ["proposal", String(w.b.proposal)], ["note", "あ".repeat(2_000)]]),
      { expect: [422] },
    );
    await forge("a blank note", othersPath, enc([oCsrf, ["proposal", String(w.b.proposal)], ["note", " \u3000\t"]]), {
      expect: [422],
    });
    expect(
      await forge(
        "the valid confirmation",
        confirmPath,
        enc([cCsrf, ["proposal", String(w.b.proposal)], ["option", "1"]]),
      ),
    ).toBe(303);
    await forge(
      "the other option after confirming",
      confirmPath,
      enc([cCsrf, ["proposal", String(w.b.proposal)], ["option", "2"]]),
      { expect: [422] },
    );
    await forge(
      "none fits after confirming",
      othersPath,
      enc([oCsrf, ["proposal", String(w.b.proposal)], ["note", "x"]]),
      { expect: [422] },
    );
  });

  it("/s/:token/survey: bad answers, other tokens and a closed survey change nothing", async () => {
    const form = await formAt(`/s/${w.c.token}/survey`, /\/survey$/);
    const path = `/s/${w.c.token}/survey`;
    await attackForm(path, form.fields, new Set(["lang", "submission"]));
    await attackToken("/s/:token/survey", w.c.token, [w.a.token, w.b.token], form.fields);
    // A survey-less application's page: the notice, nothing stored.
    const csrf = form.fields.find(([k]) => k === "_csrf") as [string, string];
    await forge(
      "a survey on an application without one",
      `/s/${w.a2.token}/survey`,
      enc([csrf, ...form.fields.filter(([k]) => k !== "_csrf")]),
      { expect: [200, 303] },
    );
  });
});
