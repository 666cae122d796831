import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../clock.js';
import type { Db } from '../db/connection.js';
import { claimDueJobs, markJobDone, markJobFailed, rescheduleJob, type JobRow } from './store.js';

export type JobHandler = (payload: Record<string, unknown>, job: JobRow) => Promise<void>;

/** Seconds before the n-th retry: 10 s, 20 s, 40 s … capped at one hour. */
export function backoffMs(attempt: number): number {
  return Math.min(10_000 * 2 ** Math.max(0, attempt - 1), 3_600_000);
}

const LOCK_MS = 5 * 60_000;
const BATCH = 20;

/**
 * Runs due jobs from the jobs table. Several runners (one per app process) can share the
 * table; FOR UPDATE SKIP LOCKED hands each job to one of them.
 */
export class JobRunner {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly handlers: Record<string, JobHandler>,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** Runs every job due now, batch after batch; returns how many ran. Used by tests too. */
  async runDue(): Promise<number> {
    // One pass at a time per runner: a tick that finds one in progress waits for it.
    if (this.running) return this.running;
    this.running = this.drain().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const claimed = await claimDueJobs(this.db, this.clock.now(), BATCH, LOCK_MS);
      if (claimed.length === 0) return total;
      for (const job of claimed) await this.runOne(job);
      total += claimed.length;
    }
  }

  private async runOne(job: JobRow) {
    const handler = this.handlers[job.kind];
    try {
      if (!handler) throw new Error(`no handler for job kind "${job.kind}"`);
      await handler(job.payload, job);
      await markJobDone(this.db, job.id, this.clock.now());
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const now = this.clock.now();
      if (job.attempts >= job.maxAttempts) {
        this.log.error({ jobId: job.id, kind: job.kind, err: message }, 'job failed for good');
        await markJobFailed(this.db, job.id, now, message);
      } else {
        const retryAt = new Date(now.getTime() + backoffMs(job.attempts));
        this.log.warn({ jobId: job.id, kind: job.kind, attempt: job.attempts, retryAt, err: message }, 'job failed, will retry');
        await rescheduleJob(this.db, job.id, retryAt, message);
      }
    }
  }

  start(pollMs: number) {
    if (this.timer) return;
    const tick = () => {
      this.runDue()
        .catch((err: unknown) => this.log.error({ err }, 'job runner tick failed'))
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, pollMs);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }
}
