/**
 * Preloaded (`node --import`) into an app process a test starts: the process's clock reads
 * DESK_TEST_CLOCK (an ISO instant) at the real instant DESK_TEST_CLOCK_AT (epoch milliseconds) and
 * runs on in real time from there. Processes given the same pair agree to the millisecond, so the
 * scheduled jobs (node-cron, which reads Date) of two instances fire at the same moment, at a
 * program time the test chooses, without the app knowing it is tested. Never imported: it
 * replaces the process's Date.
 */
const offset = Date.parse(process.env.DESK_TEST_CLOCK ?? "") - Number(process.env.DESK_TEST_CLOCK_AT);
if (!Number.isFinite(offset)) throw new Error("shifted-clock: set DESK_TEST_CLOCK and DESK_TEST_CLOCK_AT");

const RealDate = Date;
const now = () => RealDate.now() + offset;

globalThis.Date = new Proxy(RealDate, {
  construct: (target, args, newTarget) => Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget),
  apply: () => new RealDate(now()).toString(),
  get: (target, key, receiver) => (key === "now" ? now : Reflect.get(target, key, receiver)),
});
