// The outbox and the worker: mail written in the change's transaction, delivered later through a
// real SMTP exchange, exactly once even with two server processes; recurring jobs claimed the same way.
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import type { DB } from '../src/db/types.ts';
import { verifyAuditChain } from '../src/platform/audit.ts';
import { fixedClock } from '../src/platform/clock.ts';
import { createMailer } from '../src/platform/mail.ts';
import {
  deliverDueMessages,
  enqueueEmail,
  MAX_ATTEMPTS,
  retryDelayMs,
  type EmailMessage,
} from '../src/platform/outbox.ts';
import { loadConfig } from '../src/config.ts';
import { createWorker, registerJobs, runDueJobs, type Job } from '../src/platform/scheduler.ts';
import { createOrganisation } from './support/factories.ts';
import { REFUSED_DOMAIN, startSmtpServer } from './support/smtp.ts';
import { openTestDatabase } from './support/worker-database.ts';

// ---- a real SMTP server -------------------------------------------------------------------------

const smtp = await startSmtpServer();
const { received, recipientsTried } = smtp;
const smtpUrl = smtp.url;
const FROM = 'Tildel <no-reply@tildel.test>';

// ---- two server processes -----------------------------------------------------------------------

const database = await openTestDatabase();
const second = await openTestDatabase();
const db = database.db;
const clock = fixedClock(new Date('2026-11-23T09:00:00Z'));
const config = loadConfig({
  DATABASE_URL: 'postgresql://unused',
  PUBLIC_URL: 'http://tildel.test',
});
/** What each of the two server processes gives its jobs. */
const jobDeps = { db, clock, config };
const secondJobDeps = { db: second.db, clock, config };
const mailer = createMailer(smtpUrl, FROM);
const secondMailer = createMailer(smtpUrl, FROM);

afterAll(async () => {
  mailer.close();
  secondMailer.close();
  await database.close();
  await second.close();
  await smtp.close();
});

beforeEach(async () => {
  // Each test starts with an empty outbox and an empty mailbox.
  await db.deleteFrom('outbox').execute();
  received.length = 0;
  recipientsTried.length = 0;
});

async function enqueue(
  message: Partial<EmailMessage> & { subject: string },
  on: Kysely<DB> = db,
): Promise<string> {
  return on.transaction().execute((trx) =>
    enqueueEmail(trx, clock, {
      organisationId: null,
      to: 'anna@example.test',
      body: 'Hello Anna,\n\nA call-off is waiting for you.\n',
      ...message,
    }),
  );
}

function outboxRow(id: string) {
  return db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

function auditFor(messageId: string) {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('object_type', '=', 'message')
    .where('object_id', '=', messageId)
    .orderBy('seq')
    .execute();
}

// ---- delivery ---------------------------------------------------------------------------------

describe('delivery', () => {
  test('an enqueued email is delivered over SMTP to its recipient, marked sent and audited', async () => {
    const org = await createOrganisation(db);
    const id = await enqueue({
      organisationId: org.id,
      to: 'anna@example.test',
      subject: 'A call-off needs your answer',
      body: 'Hello Anna,\n\nA call-off is waiting for you.\nKind regards, Tildel',
    });
    // Nothing leaves before the worker runs.
    expect(received).toHaveLength(0);
    expect((await outboxRow(id)).status).toBe('pending');

    clock.advance(5_000);
    expect(await deliverDueMessages(db, clock, mailer)).toBe(1);

    expect(received).toHaveLength(1);
    const mail = received[0]!;
    expect(mail.envelopeFrom).toBe('no-reply@tildel.test');
    expect(mail.envelopeTo).toEqual(['anna@example.test']);
    expect(mail.headers.get('to')).toBe('anna@example.test');
    expect(mail.headers.get('from')).toBe('Tildel <no-reply@tildel.test>');
    expect(mail.headers.get('subject')).toBe('A call-off needs your answer');
    expect(mail.body.replace(/\r\n/g, '\n')).toBe(
      'Hello Anna,\n\nA call-off is waiting for you.\nKind regards, Tildel',
    );

    const row = await outboxRow(id);
    expect(row).toMatchObject({ status: 'sent', transport: 'smtp', attempts: 1, last_error: null });
    expect(row.sent_at).toEqual(clock.now());

    const audit = await auditFor(id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      chain: org.id,
      organisation_id: org.id,
      actor_user_id: null,
      action: 'message.sent',
      before: { status: 'pending' },
      after: { status: 'sent', transport: 'smtp', to: 'anna@example.test' },
    });
    expect((await verifyAuditChain(db, org.id)).ok).toBe(true);

    // Sent is sent: another pass sends nothing.
    expect(await deliverDueMessages(db, clock, mailer)).toBe(0);
    expect(received).toHaveLength(1);
  });

  test('without an SMTP server the message is kept, not sent anywhere', async () => {
    const kept = createMailer(undefined, FROM);
    const id = await enqueue({ subject: 'Kept for the Sent messages page' });
    expect(await deliverDueMessages(db, clock, kept)).toBe(1);

    expect(received).toHaveLength(0);
    expect(recipientsTried).toHaveLength(0);
    const row = await outboxRow(id);
    expect(row).toMatchObject({ status: 'sent', transport: 'kept', attempts: 1 });
    expect(row.sent_at).toEqual(clock.now());
    expect((await auditFor(id))[0]).toMatchObject({
      action: 'message.sent',
      after: { transport: 'kept' },
    });
  });

  test('a message whose enqueueing transaction rolls back is never sent', async () => {
    await expect(
      db.transaction().execute(async (trx) => {
        await enqueueEmail(trx, clock, {
          organisationId: null,
          to: 'bertil@example.test',
          subject: 'You were invited',
          body: 'An invitation that was never made.',
        });
        throw new Error('the invitation could not be saved');
      }),
    ).rejects.toThrow('the invitation could not be saved');

    expect(
      await db
        .selectFrom('outbox')
        .select('id')
        .where('subject', '=', 'You were invited')
        .execute(),
    ).toEqual([]);
    clock.advance(60_000);
    expect(await deliverDueMessages(db, clock, mailer)).toBe(0);
    expect(received).toHaveLength(0);
    expect(recipientsTried).toHaveLength(0);
  });

  test('a message is not sent before its time', async () => {
    const id = await enqueue({ subject: 'From the future' });
    await db
      .updateTable('outbox')
      .set({ next_attempt_at: new Date(clock.now().getTime() + 1000) })
      .where('id', '=', id)
      .execute();
    expect(await deliverDueMessages(db, clock, mailer)).toBe(0);
    expect(received).toHaveLength(0);
    clock.advance(1000);
    expect(await deliverDueMessages(db, clock, mailer)).toBe(1);
    expect(received.map((m) => m.headers.get('subject'))).toEqual(['From the future']);
  });
});

describe('failures', () => {
  test('a refused recipient keeps the message pending with a later retry, and after MAX_ATTEMPTS it fails', async () => {
    const to = `carl${REFUSED_DOMAIN}`;
    const id = await enqueue({ to, subject: 'Will bounce' });

    expect(await deliverDueMessages(db, clock, mailer)).toBe(0);
    let row = await outboxRow(id);
    expect(row.status).toBe('pending');
    expect(row.attempts).toBe(1);
    expect(row.last_error).toMatch(/Mailbox unavailable/);
    expect(row.transport).toBeNull();
    expect(row.sent_at).toBeNull();
    expect(row.next_attempt_at).toEqual(new Date(clock.now().getTime() + retryDelayMs(1)));
    expect(row.next_attempt_at.getTime()).toBeGreaterThan(clock.now().getTime());
    expect(recipientsTried).toEqual([to]);
    expect(received).toHaveLength(0);

    // Not again before the retry time.
    clock.advance(retryDelayMs(1) - 1000);
    expect(await deliverDueMessages(db, clock, mailer)).toBe(0);
    expect((await outboxRow(id)).attempts).toBe(1);
    expect(recipientsTried).toHaveLength(1);
    clock.advance(1000);

    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(await deliverDueMessages(db, clock, mailer)).toBe(0);
      row = await outboxRow(id);
      expect(row.attempts).toBe(attempt);
      expect(row.status).toBe(attempt < MAX_ATTEMPTS ? 'pending' : 'failed');
      expect(row.next_attempt_at).toEqual(new Date(clock.now().getTime() + retryDelayMs(attempt)));
      if (attempt < MAX_ATTEMPTS) expect(await auditFor(id)).toEqual([]);
      clock.advance(retryDelayMs(attempt));
    }
    expect(recipientsTried).toEqual(Array(MAX_ATTEMPTS).fill(to));
    expect(row.last_error).toMatch(/Mailbox unavailable/);

    const audit = await auditFor(id);
    expect(audit.map((r) => r.action)).toEqual(['message.failed']);
    expect(audit[0]!.after).toEqual({ status: 'failed', attempts: MAX_ATTEMPTS });

    // A failed message is left alone for good.
    clock.advance(24 * 3600_000);
    expect(await deliverDueMessages(db, clock, mailer)).toBe(0);
    expect(recipientsTried).toHaveLength(MAX_ATTEMPTS);
    expect((await outboxRow(id)).attempts).toBe(MAX_ATTEMPTS);
  });

  test('one refused message does not hold up the others', async () => {
    await enqueue({ to: `dora${REFUSED_DOMAIN}`, subject: 'Bounces' });
    clock.advance(1);
    await enqueue({ to: 'erik@example.test', subject: 'Arrives' });
    expect(await deliverDueMessages(db, clock, mailer)).toBe(1);
    expect(received.map((m) => m.headers.get('subject'))).toEqual(['Arrives']);
  });
});

describe('two server processes', () => {
  test('deliver 30 queued messages exactly once each', async () => {
    const ids = await db.transaction().execute(async (trx) => {
      const out: string[] = [];
      for (let i = 1; i <= 30; i++) {
        out.push(
          await enqueueEmail(trx, clock, {
            organisationId: null,
            to: `user${i}@example.test`,
            subject: `Message ${i}`,
            body: `Body of message ${i}`,
          }),
        );
      }
      return out;
    });

    const delivered = { first: 0, second: 0 };
    for (let round = 0; round < 20; round++) {
      const [a, b] = await Promise.all([
        deliverDueMessages(db, clock, mailer, 4),
        deliverDueMessages(second.db, clock, secondMailer, 4),
      ]);
      delivered.first += a;
      delivered.second += b;
      if (a === 0 && b === 0) break;
    }

    expect(delivered.first + delivered.second).toBe(30);
    // Both processes took part.
    expect(delivered.first).toBeGreaterThan(0);
    expect(delivered.second).toBeGreaterThan(0);

    const subjects = received.map((m) => m.headers.get('subject'));
    expect(subjects).toHaveLength(30);
    expect(new Set(subjects).size).toBe(30);
    expect([...subjects].sort()).toEqual(
      Array.from({ length: 30 }, (_, i) => `Message ${i + 1}`).sort(),
    );
    for (const mail of received) {
      const n = mail.headers.get('subject')!.replace('Message ', '');
      expect(mail.envelopeTo).toEqual([`user${n}@example.test`]);
      expect(mail.body).toBe(`Body of message ${n}`);
    }

    const rows = await db
      .selectFrom('outbox')
      .select(['status', 'attempts'])
      .where('id', 'in', ids)
      .execute();
    expect(rows).toHaveLength(30);
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
    const audited = await db
      .selectFrom('audit_log')
      .select('object_id')
      .where('action', '=', 'message.sent')
      .where('object_id', 'in', ids)
      .execute();
    expect(audited).toHaveLength(30);
    expect(new Set(audited.map((r) => r.object_id)).size).toBe(30);
    expect((await verifyAuditChain(db, 'platform')).ok).toBe(true);
  });
});

// ---- jobs ---------------------------------------------------------------------------------------

describe('recurring jobs', () => {
  let jobCounter = 0;
  const jobName = (what: string) => `test.${what}.${++jobCounter}`;

  function jobRow(name: string) {
    return db.selectFrom('jobs').selectAll().where('name', '=', name).executeTakeFirstOrThrow();
  }

  test('two processes running due jobs concurrently run the job once per due period, and again after the interval', async () => {
    const runs: string[] = [];
    const job: Job = {
      name: jobName('once'),
      intervalSeconds: 600,
      run: async (deps) => {
        expect(deps.config.publicUrl).toBe('http://tildel.test');
        runs.push(deps.clock.now().toISOString());
        await sleep(20);
      },
    };
    await Promise.all([registerJobs(db, clock, [job]), registerJobs(second.db, clock, [job])]);

    for (let period = 1; period <= 5; period++) {
      const [a, b] = await Promise.all([
        runDueJobs(jobDeps, [job]),
        runDueJobs(secondJobDeps, [job]),
      ]);
      expect([...a, ...b]).toEqual([job.name]);
      expect(runs).toHaveLength(period);

      // Still within the period: neither process runs it again.
      clock.advance(job.intervalSeconds * 1000 - 1000);
      const [c, d] = await Promise.all([
        runDueJobs(jobDeps, [job]),
        runDueJobs(secondJobDeps, [job]),
      ]);
      expect([...c, ...d]).toEqual([]);
      expect(runs).toHaveLength(period);

      // Past the interval: due again.
      clock.advance(1000);
    }
    const row = await jobRow(job.name);
    expect(row.last_error).toBeNull();
    expect(row.next_run_at).toEqual(clock.now());
  });

  test('registering a job again keeps its next run time', async () => {
    const job: Job = { name: jobName('kept'), intervalSeconds: 60, run: async () => {} };
    await registerJobs(db, clock, [job]);
    await runDueJobs(jobDeps, [job]);
    const next = (await jobRow(job.name)).next_run_at;
    expect(next).toEqual(new Date(clock.now().getTime() + 60_000));
    await registerJobs(second.db, clock, [{ ...job, intervalSeconds: 120 }]);
    const row = await jobRow(job.name);
    expect(row.next_run_at).toEqual(next);
    expect(row.interval_seconds).toBe(120);
  });

  test('a job that throws records last_error and still moves next_run_at', async () => {
    let fail = true;
    let runs = 0;
    const job: Job = {
      name: jobName('throws'),
      intervalSeconds: 300,
      run: async () => {
        runs += 1;
        if (fail) throw new Error('the purge went wrong');
      },
    };
    await registerJobs(db, clock, [job]);
    const startedAt = clock.now();

    expect(await runDueJobs(jobDeps, [job])).toEqual([job.name]);
    let row = await jobRow(job.name);
    expect(row.last_error).toBe('the purge went wrong');
    expect(row.last_run_at).toEqual(startedAt);
    expect(row.next_run_at).toEqual(new Date(startedAt.getTime() + 300_000));

    // No hot loop: the failed job waits for its next period like any other.
    expect(await runDueJobs(jobDeps, [job])).toEqual([]);
    expect(runs).toBe(1);

    fail = false;
    clock.advance(300_000);
    expect(await runDueJobs(jobDeps, [job])).toEqual([job.name]);
    row = await jobRow(job.name);
    expect(runs).toBe(2);
    expect(row.last_error).toBeNull();
  });
});

describe('the worker', () => {
  test('tick() delivers a due message and runs due jobs', async () => {
    const errors: unknown[] = [];
    const log = {
      error: (...args: unknown[]) => errors.push(args),
    } as unknown as FastifyBaseLogger;
    let jobRuns = 0;
    const jobs: Job[] = [
      {
        name: 'test.worker.job',
        intervalSeconds: 60,
        run: async () => {
          jobRuns += 1;
        },
      },
    ];
    await registerJobs(db, clock, jobs);
    const worker = createWorker({ ...jobDeps, mailer, jobs, intervalMs: 60_000, log });
    const id = await enqueue({ to: 'frida@example.test', subject: 'Through the worker' });

    await worker.tick();

    expect(received.map((m) => [m.envelopeTo, m.headers.get('subject')])).toEqual([
      [['frida@example.test'], 'Through the worker'],
    ]);
    expect(await outboxRow(id)).toMatchObject({ status: 'sent', transport: 'smtp' });
    expect(jobRuns).toBe(1);
    expect(errors).toEqual([]);
    expect(await worker.stop()).toBe(true);
  });

  test('stop() waits for a job under way at most its grace, then answers that it is still running', async () => {
    const log = { error: () => undefined } as unknown as FastifyBaseLogger;
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    let finish!: () => void;
    const jobs: Job[] = [
      {
        name: 'test.worker.long',
        intervalSeconds: 60,
        run: () =>
          new Promise<void>((resolve) => {
            finish = resolve;
            started();
          }),
      },
    ];
    await registerJobs(db, clock, jobs);
    const worker = createWorker({ ...jobDeps, mailer, jobs, intervalMs: 1, log });
    worker.start();
    await running;
    // The job never ends by itself: without the grace this stop would wait for ever.
    expect(await worker.stop(50)).toBe(false);
    // Once the job ends, a stop waits for nothing more.
    finish();
    expect(await worker.stop()).toBe(true);
  });
});
