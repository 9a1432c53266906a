/** Text in both UI languages. */
export type Localized = { ja: string; en: string };

export type ErrorCode =
  | "forbidden"
  | "not_found"
  | "invalid_input"
  | "conflict"
  | "invalid_state"
  | "rule_violation"
  | "already_done"
  | "busy";

/**
 * An error the user may read. `userMessage` is what they see (in their language); `message` is
 * for the log. `field` names the modal block that the message belongs to, if any.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly userMessage: Localized,
    readonly options: { field?: string; fields?: Record<string, Localized>; log?: string } = {},
  ) {
    super(options.log ?? `${code}: ${userMessage.en}`);
    this.name = "AppError";
  }
}

export const forbidden = (ja: string, en: string) => new AppError("forbidden", { ja, en });
export const notFound = (ja: string, en: string) => new AppError("not_found", { ja, en });
export const invalidState = (ja: string, en: string) => new AppError("invalid_state", { ja, en });

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
