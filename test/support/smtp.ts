import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = ParsedMail & { envelopeFrom: string; envelopeTo: string[] };

export type TestSmtp = {
  /** smtp://127.0.0.1:<port> — plain, no TLS, no authentication. */
  url: string;
  port: number;
  messages(): ReceivedMail[];
  /** Resolves with the first message matching, waiting up to timeoutMs. */
  waitFor(predicate: (m: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  /** Answers every following message with this SMTP reply (e.g. 451 to test retries), or accepts again (null). */
  failWith(reply: { code: number; message: string } | null): void;
  stop(): Promise<void>;
};

/** A local SMTP server on 127.0.0.1:0 that accepts any mail (no TLS, no auth) and parses it. */
export async function startSmtp(): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  let failure: { code: number; message: string } | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if (failure) {
          const err = new Error(failure.message) as Error & { responseCode: number };
          err.responseCode = failure.code;
          callback(err);
          return;
        }
        simpleParser(Buffer.concat(chunks)).then(
          (parsed) => {
            received.push({
              ...parsed,
              envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
              envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            } as ReceivedMail);
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages: () => [...received],
    failWith(reply) {
      failure = reply;
    },
    async waitFor(predicate, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const hit = received.find(predicate);
        if (hit) return hit;
        if (Date.now() > until)
          throw new Error(
            `no matching mail within ${timeoutMs} ms; got: ${received.map((m) => m.subject).join(" | ")}`,
          );
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
