import { renderToString } from "preact-render-to-string";
import type { Locale } from "../lib/i18n.js";
import { mailLayoutTexts } from "./layout.texts.js";
import { SlackText, slackPlainText } from "./slack-text.js";

/** The secretariat as it signs every e-mail (and the foot of every web page). */
export type SecretariatContact = {
  /** e.g. 中小企業の情報セキュリティマネジメント指導業務 事務局 */
  name: string;
  address?: string;
  phone?: string;
  email?: string;
};

/** Who writes: the program's name and the secretariat's contact. */
export type MailSignature = { programName: string; secretariat: SecretariatContact };

/** Who the mail is addressed to, as Japanese offices write it: 〇〇株式会社 〇〇様 ("" company: the person only). */
export type MailRecipient = { company: string; name: string };

/** What a mail template returns; the caller enqueues it with `Notifier.email`. */
export type MailContent = { subject: string; text: string; html: string };

/**
 * The parts of one mail, in reading order: whom it is for, who writes and why (`lead`), the facts
 * that matter (`facts`), at most one action with its link, and closing lines (`after`).
 */
export type MailParts = {
  locale: Locale;
  recipient: MailRecipient;
  subject: string;
  lead: string[];
  /**
   * A message a person wrote (the secretariat's announcement): its title and its Slack-style text,
   * after the lead. The text part keeps it as typed; the HTML part renders *bold* and the like as
   * elements, everything else as escaped text (see slack-text.tsx).
   */
  message?: { title: string; body: string };
  facts?: [label: string, value: string][];
  action?: { label: string; url: string; note?: string };
  after?: string[];
};

/** The secretariat's name when none is configured: the program's name + 事務局. */
export function defaultSecretariatName(programName: string, locale: Locale): string {
  return mailLayoutTexts(locale).defaultSecretariat(programName);
}

function salutation(r: MailRecipient, locale: Locale): string[] {
  const t = mailLayoutTexts(locale);
  return r.company ? [t.salutationFirst(r), t.salutationSecond(r)] : [t.salutationPerson(r.name)];
}

function signatureLines(s: MailSignature, locale: Locale): string[] {
  const c = s.secretariat;
  const t = mailLayoutTexts(locale);
  // The program's name once: the default secretariat name already starts with it.
  const program = c.name.includes(s.programName) ? [] : [t.program(s.programName)];
  return [
    c.name,
    ...program,
    ...(c.address ? [c.address] : []),
    ...(c.phone ? [t.phone(c.phone)] : []),
    ...(c.email ? [t.email(c.email)] : []),
  ];
}

const RULE = "――――――――――――――――――――";

/** Renders a mail as plain text and as HTML (the HTML escapes every value: user text stays text). */
export function composeMail(parts: MailParts, signature: MailSignature): MailContent {
  const { locale } = parts;
  const text: string[] = [...salutation(parts.recipient, locale), "", ...parts.lead];
  if (parts.message)
    text.push("", mailLayoutTexts(locale).messageTitle(parts.message.title), "", ...slackPlainText(parts.message.body));
  if (parts.facts?.length) text.push("", ...parts.facts.map(([k, v]) => `${k}: ${v}`));
  if (parts.action) {
    text.push("", `■ ${parts.action.label}`, parts.action.url);
    if (parts.action.note) text.push(parts.action.note);
  }
  if (parts.after?.length) text.push("", ...parts.after);
  text.push("", RULE, ...signatureLines(signature, locale), RULE, "");

  const p = { margin: "0 0 1em", lineHeight: "1.7" };
  const html = renderToString(
    <html lang={locale}>
      <head>
        <meta charset="utf-8" />
        <title>{parts.subject}</title>
      </head>
      <body style={{ fontFamily: "sans-serif", color: "#1a1a1a", fontSize: "16px", maxWidth: "40em" }}>
        <p style={p}>
          {salutation(parts.recipient, locale).map((line, i) => (
            <>
              {i > 0 && <br />}
              {line}
            </>
          ))}
        </p>
        {parts.lead.map((line) => (
          <p style={p}>{line}</p>
        ))}
        {parts.message ? (
          <div style={{ margin: "0 0 1em", padding: "12px 16px", border: "1px solid #ccc" }}>
            <h2 style={{ fontSize: "18px", margin: "0 0 0.8em" }}>{parts.message.title}</h2>
            <SlackText text={parts.message.body} style={p} />
          </div>
        ) : null}
        {parts.facts?.length ? (
          <table style={{ borderCollapse: "collapse", margin: "0 0 1em" }}>
            <tbody>
              {parts.facts.map(([k, v]) => (
                <tr>
                  <th style={{ textAlign: "left", padding: "4px 12px 4px 0", verticalAlign: "top" }}>{k}</th>
                  <td style={{ padding: "4px 0" }}>{v}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {parts.action ? (
          <p style={p}>
            <a href={parts.action.url} style={{ color: "#0017c1", fontWeight: "bold" }}>
              {parts.action.label}
            </a>
            <br />
            <span style={{ wordBreak: "break-all" }}>{parts.action.url}</span>
            {parts.action.note ? (
              <>
                <br />
                {parts.action.note}
              </>
            ) : null}
          </p>
        ) : null}
        {(parts.after ?? []).map((line) => (
          <p style={p}>{line}</p>
        ))}
        <hr />
        <p style={{ ...p, fontSize: "14px" }}>
          {signatureLines(signature, locale).map((line, i) => (
            <>
              {i > 0 && <br />}
              {line}
            </>
          ))}
        </p>
      </body>
    </html>,
  );
  return { subject: parts.subject, text: text.join("\n"), html: `<!DOCTYPE html>${html}` };
}
