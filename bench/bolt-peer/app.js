// The Bolt for JavaScript peer of the ChatOps benchmark (bench/ChatOps.Bench, BoltPeer.cs): Bolt's own HTTP receiver,
// checking Slack's signature on every request, and an /incident handler that acknowledges at once and stores nothing.
// Started by the benchmark with SLACK_SIGNING_SECRET; it listens on 127.0.0.1 (PORT, 0 for any free port) and prints
// "listening PORT" once it takes requests. BOLT_LOG_LEVEL=debug shows what Bolt does with each request.
const { App, LogLevel } = require('@slack/bolt');

const app = new App({
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  // With the bot's ids given, Bolt asks Slack's auth.test nothing: the peer makes no call off the machine.
  token: 'xoxb-bench-unused',
  botId: 'B0BENCHBOLT',
  botUserId: 'U0BENCHBOLT',
  tokenVerificationEnabled: false,
  logLevel: process.env.BOLT_LOG_LEVEL || LogLevel.ERROR,
});

app.command('/incident', async ({ ack }) => {
  await ack();
});

(async () => {
  const server = await app.start({ port: Number(process.env.PORT || 0), host: '127.0.0.1' });
  console.log(`listening ${server.address().port}`);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
