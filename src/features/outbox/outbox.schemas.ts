import { z } from "zod";

/** A message to a channel or, with a user ID as channel, a DM. */
export const PostPayloadSchema = z.object({
  channel: z.string(),
  text: z.string(),
  blocks: z.array(z.any()).optional(),
  threadTs: z.string().optional(),
  /** Post into the thread of the message sent under this outbox key. */
  threadOfKey: z.string().optional(),
});

/** Replaces the message that was sent under `refKey` (stale buttons, decided proposals). */
export const UpdatePayloadSchema = z.object({
  refKey: z.string(),
  text: z.string(),
  blocks: z.array(z.any()).optional(),
});

/** A file (chart, report) shared into a channel or DM. */
export const UploadPayloadSchema = z.object({
  channel: z.string(),
  filename: z.string(),
  title: z.string(),
  initialComment: z.string().optional(),
  contentBase64: z.string(),
});

/** A file attached to an e-mail (e.g. an .ics invitation), its content base64-encoded. */
export const EmailAttachmentSchema = z.object({
  filename: z.string().min(1),
  contentType: z.string().min(1),
  contentBase64: z.string(),
});

/**
 * An e-mail to one person, rendered already (subject, plain text and HTML in the recipient's
 * language). The dispatcher sends it from MAIL_FROM, with a Message-ID derived from the outbox key.
 */
export const EmailPayloadSchema = z.object({
  to: z.email(),
  /** Shown in the To header beside the address (e.g. 山田 花子). */
  toName: z.string().optional(),
  locale: z.enum(["ja", "en"]),
  subject: z.string().min(1),
  text: z.string().min(1),
  html: z.string().min(1),
  attachments: z.array(EmailAttachmentSchema).optional(),
});

export type EmailAttachment = z.infer<typeof EmailAttachmentSchema>;
export type EmailPayload = z.infer<typeof EmailPayloadSchema>;
export type PostPayload = z.infer<typeof PostPayloadSchema>;
export type UpdatePayload = z.infer<typeof UpdatePayloadSchema>;
export type UploadPayload = z.infer<typeof UploadPayloadSchema>;

export type OutboxItem =
  | { kind: "post"; payload: PostPayload }
  | { kind: "update"; payload: UpdatePayload }
  | { kind: "upload"; payload: UploadPayload }
  | { kind: "email"; payload: EmailPayload };
