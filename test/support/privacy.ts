/**
 * Checks that nothing the app showed in a channel carries personal data. SME names, contacts,
 * emails and phones may appear only in the secretariat channel and in DMs (the assigned expert
 * needs the SME's contact); every other channel gets aggregates. Scans every message, update,
 * scheduled message, in-channel response and shared file the fake Slack recorded (text files in
 * UTF-8 or, like a Zengin transfer file, Shift_JIS).
 */
import { isUtf8 } from "node:buffer";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import type { FakeSlack } from "./fake-slack.js";

export type PrivacyOptions = {
  /** Channels where personal data is allowed (the secretariat channel). */
  channelsAllowed: string[];
  /** Exact strings that must not appear (SME and contact names, emails, phones, addresses…). */
  secrets: Iterable<string>;
};

export type Finding = { where: string; channel: string; found: string; excerpt: string };

/** An email address or a Japanese phone number (with or without hyphens, incl. +81). */
export const EMAIL_SHAPE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
export const PHONE_SHAPE =
  /(?<![\d-])(?:0\d{1,4}-\d{1,4}-\d{3,4}|0\d{9,10}|\+81[- ]?\d{1,4}-\d{1,4}-\d{3,4})(?![\d-])/g;

const TEXT_FILE = /\.(csv|tsv|txt|html?|json|md)$/i;

/** A channel anyone in it can read (not a DM: user ids and D… conversations are private). */
function isChannel(id: string): boolean {
  return /^[CG]/.test(id);
}

/** Every text a person can read in a message or view payload (texts, fields, alt texts). */
export function readableText(x: unknown): string {
  if (x === null || x === undefined) return "";
  if (typeof x === "string") {
    const trimmed = x.trim();
    if ((trimmed.startsWith("[") || trimmed.startsWith("{")) && trimmed.length > 1) {
      try {
        return readableText(JSON.parse(trimmed));
      } catch {
        return x;
      }
    }
    return x;
  }
  if (Array.isArray(x)) return x.map(readableText).join("\n");
  if (typeof x === "object")
    return Object.entries(x as Record<string, unknown>)
      .filter(([k]) => !["action_id", "block_id", "type", "style", "callback_id", "private_metadata", "ts"].includes(k))
      .map(([, v]) => readableText(v))
      .join("\n");
  return String(x);
}

async function fileText(filename: string, bytes: Buffer): Promise<string | null> {
  // A bank transfer file (全銀 format) is Shift_JIS: read it as such, or its kana names hide.
  if (TEXT_FILE.test(filename)) return isUtf8(bytes) ? bytes.toString("utf8") : iconv.decode(bytes, "Shift_JIS");
  if (/\.xlsx$/i.test(filename)) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as never);
    const cells: string[] = [];
    book.eachSheet((sheet) => {
      cells.push(sheet.name);
      sheet.eachRow((row) => {
        row.eachCell((cell) => {
          cells.push(String(cell.text ?? ""));
        });
      });
    });
    return cells.join("\n");
  }
  return null;
}

function scan(text: string, secrets: string[], where: string, channel: string, out: Finding[]): void {
  const excerpt = (i: number) => text.slice(Math.max(0, i - 40), i + 60).replace(/\s+/g, " ");
  for (const s of secrets) {
    const i = text.indexOf(s);
    if (i >= 0) out.push({ where, channel, found: s, excerpt: excerpt(i) });
  }
  for (const re of [EMAIL_SHAPE, PHONE_SHAPE])
    for (const m of text.matchAll(re)) out.push({ where, channel, found: m[0], excerpt: excerpt(m.index ?? 0) });
}

/** Every finding (empty when clean). Files that are neither text nor workbooks (PNG charts) are skipped. */
export async function findPersonalData(fake: FakeSlack, opts: PrivacyOptions): Promise<Finding[]> {
  const secrets = [...new Set([...opts.secrets].filter((s) => s.trim().length >= 3))];
  const allowed = new Set(opts.channelsAllowed);
  const out: Finding[] = [];
  const visible = (channel: unknown) => typeof channel === "string" && isChannel(channel) && !allowed.has(channel);
  for (const call of fake.calls()) {
    if (!call.response?.ok) continue;
    const a = call.args;
    switch (call.method) {
      case "chat.postMessage":
      case "chat.update":
      case "chat.scheduleMessage":
        if (visible(a.channel))
          scan(readableText([a.text, a.blocks, a.attachments]), secrets, call.method, String(a.channel), out);
        break;
      case "files.completeUploadExternal":
        if (visible(a.channel_id))
          scan(readableText([a.initial_comment, a.files]), secrets, call.method, String(a.channel_id), out);
        break;
      default:
        break;
    }
  }
  for (const r of fake.responses())
    if (r.body?.response_type === "in_channel")
      scan(readableText([r.body.text, r.body.blocks]), secrets, "response_url (in_channel)", "?", out);
  for (const f of fake.files()) {
    if (!f.channel_id || !visible(f.channel_id)) continue;
    const text = await fileText(f.filename, f.bytes);
    if (text !== null) scan(text, secrets, `file ${f.filename}`, f.channel_id, out);
  }
  return out;
}

/** Fails with every leak found: where, which channel, what, and the text around it. */
export async function assertNoPersonalData(fake: FakeSlack, opts: PrivacyOptions): Promise<void> {
  const findings = await findPersonalData(fake, opts);
  if (findings.length > 0)
    throw new Error(
      `personal data outside ${opts.channelsAllowed.join(", ")}:\n${findings
        .slice(0, 20)
        .map((f) => `  ${f.where} → ${f.channel}: ${JSON.stringify(f.found)} in "…${f.excerpt}…"`)
        .join("\n")}`,
    );
}

/** Texts one user received privately: DMs (and their updates), ephemerals, modals and the Home tab. */
export function dmTexts(fake: FakeSlack, userId: string): string[] {
  const mine = (c: unknown) => c === userId || c === `D${userId}`;
  const out: string[] = [];
  for (const call of fake.calls()) {
    if (!call.response?.ok) continue;
    const a = call.args;
    if ((call.method === "chat.postMessage" || call.method === "chat.update") && mine(a.channel))
      out.push(readableText([a.text, a.blocks]));
    if (call.method === "chat.postEphemeral" && a.user === userId) out.push(readableText([a.text, a.blocks]));
  }
  for (const v of fake.views()) if (v.userId === userId) out.push(readableText(v.view));
  return out;
}
