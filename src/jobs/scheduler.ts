import cron, { type ScheduledTask } from "node-cron";
import type { AppContext } from "../slack/context.js";

/** A scheduled job: `cron` in Japan time; `run(at)` is also what `desk run <name>` calls. */
export type Job = {
  name: string;
  cron: (ctx: AppContext) => Promise<string>;
  run: (ctx: AppContext, at: Date) => Promise<unknown>;
  /** Called once at start: runs a period missed while the app was down. */
  catchUp?: (ctx: AppContext, at: Date) => Promise<unknown>;
};

/** Runs registered jobs on their schedules (node-cron, Asia/Tokyo). */
export class JobScheduler {
  private readonly jobs: Job[] = [];
  private readonly tasks: ScheduledTask[] = [];

  constructor(private readonly ctx: AppContext) {}

  register(job: Job): void {
    this.jobs.push(job);
  }

  list(): readonly Job[] {
    return this.jobs;
  }

  async start(): Promise<void> {
    for (const job of this.jobs) {
      const expression = await job.cron(this.ctx);
      const task = cron.schedule(
        expression,
        async () => {
          try {
            await job.run(this.ctx, this.ctx.clock.now());
          } catch (error) {
            this.ctx.logger.error("job failed", { job: job.name, error: String(error) });
          }
        },
        { timezone: "Asia/Tokyo", name: job.name },
      );
      this.tasks.push(task);
      if (job.catchUp) {
        job
          .catchUp(this.ctx, this.ctx.clock.now())
          .catch((error) => this.ctx.logger.error("job catch-up failed", { job: job.name, error: String(error) }));
      }
    }
  }

  stop(): void {
    for (const t of this.tasks) t.stop();
    this.tasks.length = 0;
  }
}
