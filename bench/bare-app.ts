// The baseline of the ack benchmark: a Bolt app on the same receiver whose handlers only ack().
import { App } from "@slack/bolt";

const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  botId: "BBOT",
  botUserId: "UBOT",
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
});
app.command(/.*/, async ({ ack }) => ack());
app.action(/.*/, async ({ ack }) => ack());
app.view(/.*/, async ({ ack }) => ack());
app.options(/.*/, async ({ ack }) => ack({ options: [] }));
const server = (await app.start(Number(process.env.PORT ?? 0))) as unknown as { address(): { port: number } };
process.stdout.write(`bare app on port ${server.address().port}\n`);
process.on("SIGTERM", () => void app.stop().then(() => process.exit(0)));
