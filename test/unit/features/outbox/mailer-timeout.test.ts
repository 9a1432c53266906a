import { createServer, type Server, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createMailer } from "../../../../src/features/outbox/mailer.js";

/** A server that accepts the connection and never says hello: a stuck mail relay. */
async function silentServer(): Promise<{ port: number; server: Server; sockets: Socket[] }> {
  const sockets: Socket[] = [];
  const server = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  return { port: address.port, server, sockets };
}

describe("the SMTP mailer's timeouts", () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it("gives up on a relay that never greets after the configured timeout, not nodemailer's default", async () => {
    const { port, server, sockets } = await silentServer();
    stop = () => {
      for (const s of sockets) s.destroy();
      server.close();
    };
    const mailer = createMailer({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: "desk@example.jp",
      mailDir: "/nonexistent",
      timeoutMs: 300,
    });
    const started = Date.now();
    await expect(mailer.verify()).rejects.toThrow(/greeting|timeout/i);
    // nodemailer's own greeting timeout is 30 s: the setting applied.
    expect(Date.now() - started).toBeLessThan(10_000);
    mailer.close();
  });
});
