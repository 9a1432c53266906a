import { z } from "zod";

/**
 * Parsers for what our own views put into Slack and Slack hands back: button values, select
 * values and private_metadata. Slack returns them as the app wrote them, so anything else (an old
 * message, a hand-made request) is refused at the listener boundary before it reaches a service.
 */

/** A thrown payload that does not parse; the listener boundary logs it as a warning, no stack. */
export class MalformedPayload extends Error {
  constructor(
    readonly what: string,
    readonly issues: string,
  ) {
    super(`malformed ${what}: ${issues}`);
    this.name = "MalformedPayload";
  }
}

export function isMalformedPayload(e: unknown): e is MalformedPayload {
  return e instanceof MalformedPayload;
}

function summarize(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join(".") || "value"}: ${i.message}`)
    .join("; ");
}

/** Parses `raw` with `schema`, or throws MalformedPayload naming `what`. */
export function parsePayload<T>(schema: z.ZodType<T>, raw: unknown, what: string): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new MalformedPayload(what, summarize(parsed.error));
  return parsed.data;
}

/** A database id as a number inside metadata (positive, within SQLite's 32-bit ids we hand out). */
export const IdNumber = z.number().int().min(1).max(2_147_483_647);

/** A database id written as a button value: "12" (no sign, no leading zero, no exponent). */
export const IdValue = z
  .string()
  .regex(/^[1-9]\d{0,9}$/)
  .transform(Number)
  .pipe(IdNumber);

/** Two ids in one value: "12:34". */
export const IdPairValue = z
  .string()
  .regex(/^[1-9]\d{0,9}:[1-9]\d{0,9}$/)
  .transform((s) => s.split(":").map(Number) as [number, number])
  .pipe(z.tuple([IdNumber, IdNumber]));

/** A button whose value is a fixed word the view writes (e.g. "open"). */
export const fixedValue = <T extends string>(word: T) => z.literal(word);

/** private_metadata: JSON written by `modal({ metadata })`; a modal without metadata sends "". */
export function metadataSchema<T extends z.ZodType>(shape: T) {
  return z
    .string()
    .max(3000)
    .transform((s, ctx) => {
      try {
        return JSON.parse(s === "" ? "{}" : s) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "not JSON" });
        return z.NEVER;
      }
    })
    .pipe(shape);
}

/** For modals that carry no metadata: an empty object is all that may come back. */
export const NoMetadata = metadataSchema(z.object({}).strict());

/** Metadata holding one id, e.g. `{ visitId: 12 }`. */
export function idMetadata<K extends string>(key: K) {
  return metadataSchema(z.object({ [key]: IdNumber } as { [P in K]: typeof IdNumber }));
}

/** What a person typed into an external select (block_suggestion `value`). */
export const SuggestionQuery = z.string().max(200);

/** A record number typed after a command: "12", "#12", "＃１２" → 12; anything else → null. */
export function parseIdArg(text: string): number | null {
  const m = /^#?(\d{1,10})$/.exec(text.normalize("NFKC").trim());
  const id = m ? IdNumber.safeParse(Number(m[1])) : null;
  return id?.success ? id.data : null;
}
