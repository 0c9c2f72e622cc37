// Recurring jobs and the worker loop. Any number of server processes may run the loop: a due
// job or message is claimed with FOR UPDATE SKIP LOCKED, so no work is done twice.
import type { Kysely } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { DB } from '../db/types.ts';
import type { Clock } from './clock.ts';
import type { Deps } from './deps.ts';
import type { Mailer } from './mail.ts';
import { deliverDueMessages } from './outbox.ts';

/** What a job gets: a service's deps less the database kind, which only the health route reports. */
export type JobDeps = Pick<Deps, 'db' | 'clock' | 'config'>;

export interface Job {
  name: string;
  intervalSeconds: number;
  run(deps: JobDeps): Promise<void>;
}

/** Makes sure every job has a row; keeps the next run time of jobs that already exist. */
export async function registerJobs(
  db: Kysely<DB>,
  clock: Clock,
  jobs: readonly Job[],
): Promise<void> {
  for (const job of jobs) {
    await db
      .insertInto('jobs')
      .values({ name: job.name, interval_seconds: job.intervalSeconds, next_run_at: clock.now() })
      .onConflict((oc) => oc.column('name').doUpdateSet({ interval_seconds: job.intervalSeconds }))
      .execute();
  }
}

/**
 * Runs every due job once; answers the names of the jobs this process ran. A job is claimed by
 * moving its next run time forward under FOR UPDATE SKIP LOCKED, then run outside that
 * transaction, so a long job holds no lock (and PGlite, a single session, is not blocked).
 */
export async function runDueJobs(deps: JobDeps, jobs: readonly Job[]): Promise<string[]> {
  const { db, clock } = deps;
  const ran: string[] = [];
  for (const job of jobs) {
    const now = clock.now();
    const claimed = await db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('jobs')
        .select('name')
        .where('name', '=', job.name)
        .where('next_run_at', '<=', now)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!row) return false;
      await trx
        .updateTable('jobs')
        .set({
          last_run_at: now,
          next_run_at: new Date(now.getTime() + job.intervalSeconds * 1000),
        })
        .where('name', '=', job.name)
        .execute();
      return true;
    });
    if (!claimed) continue;
    let lastError: string | null = null;
    try {
      await job.run(deps);
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    await db
      .updateTable('jobs')
      .set({ last_error: lastError })
      .where('name', '=', job.name)
      .execute();
    ran.push(job.name);
  }
  return ran;
}

/** How late each job is: seconds past its next run time (0 when not yet due). */
export async function jobLags(
  db: Kysely<DB>,
  now: Date,
): Promise<{ name: string; lagSeconds: number }[]> {
  const rows = await db.selectFrom('jobs').select(['name', 'next_run_at']).execute();
  return rows.map((r) => ({
    name: r.name,
    lagSeconds: Math.max(0, (now.getTime() - new Date(r.next_run_at).getTime()) / 1000),
  }));
}

export interface Worker {
  /** One pass: deliver due messages, run due jobs. Tests call it directly. */
  tick(): Promise<void>;
  start(): void;
  /**
   * Ends the loop and waits for a pass under way, at most `graceMs`; answers whether it ended. A
   * job still running is cut off when the process exits (its open transaction rolls back) and
   * runs again when next due.
   */
  stop(graceMs?: number): Promise<boolean>;
}

export function createWorker(
  options: JobDeps & {
    mailer: Mailer;
    jobs: readonly Job[];
    intervalMs: number;
    log: FastifyBaseLogger;
  },
): Worker {
  const { db, clock, config, mailer, jobs, intervalMs, log } = options;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  const tick = async () => {
    await deliverDueMessages(db, clock, mailer);
    await runDueJobs({ db, clock, config }, jobs);
  };
  const loop = () => {
    running = tick()
      .catch((error: unknown) => log.error({ err: error }, 'worker pass failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(loop, intervalMs);
      });
  };
  return {
    tick,
    start: () => {
      stopped = false;
      timer = setTimeout(loop, intervalMs);
    },
    stop: async (graceMs = Infinity) => {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (!running) return true;
      let grace: NodeJS.Timeout | undefined;
      const ended = running.then(() => true);
      const cut = new Promise<boolean>((resolve) => {
        if (Number.isFinite(graceMs)) grace = setTimeout(() => resolve(false), graceMs);
      });
      const finished = await Promise.race([ended, cut]);
      clearTimeout(grace);
      return finished;
    },
  };
}
