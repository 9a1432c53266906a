import type { DbClient } from "../../db/client.js";
import { AppError } from "../../lib/errors.js";
import { both, type Locale, toLocale } from "../../lib/i18n.js";
import { findCurrentProgram } from "../program/program-repository.js";
import { areaCodes, type SegmentChoice, SegmentChoiceSchema } from "./announcements.schemas.js";
import { announceTexts } from "./announcements.texts.js";
import {
  type Announcement,
  type Candidate,
  findActiveExpertContacts,
  findLocales,
  findSmeContacts,
} from "./announcements-repository.js";

/** One person the announcement goes to, once, by the channel they can be reached on. */
export type Recipient = Omit<Candidate, "slackUserId" | "email"> & {
  channel: "slack" | "email";
  /** "slack:U…" or "email:address": what makes a person one recipient. */
  address: string;
  slackUserId: string | null;
  email: string | null;
  locale: Locale;
};

/** Who a segment reaches: Slack DMs, e-mails, and people with neither (counted, not sent). */
export type Audience = { recipients: Recipient[]; unreachable: number };

export type AudienceCounts = {
  slack: number;
  email: number;
  /** E-mail recipients not reached because e-mail is not configured (their rows stay "pending"). */
  emailPending: number;
  unreachable: number;
  experts: number;
  smes: number;
};

/** The outbox key of one recipient's copy: per announcement and person, so each gets it once. */
export function announcementKey(
  announcementId: number,
  r: Pick<Recipient, "expertId" | "applicationId"> & { kind: string },
) {
  return `announcement:${announcementId}:${r.kind}:${r.kind === "expert" ? r.expertId : r.applicationId}`;
}

/**
 * The people a segment names, each once: a Slack user ID or, without one, an e-mail address
 * (lower case) identifies a person, so an SME contact who is also an expert, or one contact for
 * two applications, gets one copy. Experts come first and keep their own record.
 */
export async function resolveAudience(db: DbClient, choice: SegmentChoice): Promise<Audience> {
  const candidates = await findCandidates(db, choice);
  const locales = await findLocales(db, [
    ...new Set(candidates.flatMap((c) => (c.slackUserId ? [c.slackUserId] : []))),
  ]);
  return dedupeCandidates(candidates, locales);
}

/** The recipients among candidates, each person once, in their language (see `resolveAudience`). */
export function dedupeCandidates(candidates: Candidate[], locales: Map<string, string | null>): Audience {
  const seen = new Set<string>();
  const recipients: Recipient[] = [];
  let unreachable = 0;
  for (const c of candidates) {
    const email = c.email?.trim().toLowerCase() || null;
    const address = c.slackUserId ? `slack:${c.slackUserId}` : email ? `email:${email}` : null;
    if (!address) {
      unreachable++;
      continue;
    }
    const also = c.slackUserId && email ? `email:${email}` : null;
    if (seen.has(address) || (also && seen.has(also))) continue;
    seen.add(address);
    if (also) seen.add(also);
    recipients.push({
      ...c,
      email: c.email?.trim() || null,
      address,
      channel: c.slackUserId ? "slack" : "email",
      // Slack users in their Slack language; SMEs by mail in the language of their form.
      locale: c.slackUserId ? toLocale(locales.get(c.slackUserId)) : toLocale(c.formLocale),
    });
  }
  return { recipients, unreachable };
}

async function findCandidates(db: DbClient, choice: SegmentChoice): Promise<Candidate[]> {
  const programId = async () => {
    const p = await findCurrentProgram(db);
    if (!p)
      throw new AppError(
        "invalid_state",
        both(announceTexts, (t) => t.noProgram),
      );
    return p.id;
  };
  switch (choice.segment) {
    case "experts_active":
      return findActiveExpertContacts(db);
    case "experts_area":
      return findActiveExpertContacts(db, areaCodes(choice.param));
    case "smes_by_status":
      return findSmeContacts(db, await programId(), choice.param);
    case "everyone":
      return [...(await findActiveExpertContacts(db)), ...(await findSmeContacts(db, await programId(), "open"))];
  }
}

export function choiceOf(a: Pick<Announcement, "segment" | "segmentParam">): SegmentChoice {
  return SegmentChoiceSchema.parse({ segment: a.segment, param: a.segmentParam });
}

/** `mailOn`: whether e-mail recipients are reached now (else they are counted as pending). */
export function countAudience(audience: Audience, mailOn: boolean): AudienceCounts {
  const r = audience.recipients;
  const email = r.filter((x) => x.channel === "email").length;
  return {
    slack: r.filter((x) => x.channel === "slack").length,
    email,
    emailPending: mailOn ? 0 : email,
    unreachable: audience.unreachable,
    experts: r.filter((x) => x.kind === "expert").length,
    smes: r.filter((x) => x.kind === "sme").length,
  };
}
