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

export type PostPayload = z.infer<typeof PostPayloadSchema>;
export type UpdatePayload = z.infer<typeof UpdatePayloadSchema>;
export type UploadPayload = z.infer<typeof UploadPayloadSchema>;

export type OutboxItem =
  | { kind: "post"; payload: PostPayload }
  | { kind: "update"; payload: UpdatePayload }
  | { kind: "upload"; payload: UploadPayload };
