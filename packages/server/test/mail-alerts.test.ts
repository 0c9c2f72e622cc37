// Mail failing for an hour: the platform's admins get one mail per incident (in their language,
// through the outbox and a real SMTP exchange), the incident is recorded and audited, closes
// when nothing waits for a retry any more, and a later failure opens a new one.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { registerAreaTexts } from '../src/areas.ts';
import { loadConfig } from '../src/config.ts';
import { PLATFORM_CHAIN, verifyAuditChain } from '../src/platform/audit.ts';
import { fixedClock } from '../src/platform/clock.ts';
import { createMailer } from '../src/platform/mail.ts';
import {
  deliverDueMessages,
  enqueueEmail,
  MAX_ATTEMPTS,
  retryDelayMs,
} from '../src/platform/outbox.ts';
import { checkFailingMail } from '../src/modules/organisations/mail-alerts/service.ts';
import { createUser } from './support/factories.ts';
import { REFUSED_DOMAIN, startSmtpServer } from './support/smtp.ts';
import { openTestDatabase } from './support/worker-database.ts';

registerAreaTexts(); // as the app does at start: the job writes texts of its area
const smtp = await startSmtpServer();
const database = await openTestDatabase();
const { db } = database;
const clock = fixedClock(new Date('2026-11-23T09:00:00Z'));
const config = loadConfig({
  DATABASE_URL: 'postgresql://unused',
  PUBLIC_URL: 'http://tildel.test',
});
const deps = { db, clock, config };
const mailer = createMailer(smtp.url, 'Tildel <no-reply@tildel.test>');
const MINUTE = 60_000;

const swedishAdmin = await createUser(db, { platformAdmin: true, locale: 'sv' });
const englishAdmin = await createUser(db, { platformAdmin: true, locale: 'en' });
await createUser(db, { locale: 'sv' }); // not a platform admin: gets nothing

afterAll(async () => {
  mailer.close();
  await database.close();
  await smtp.close();
});

beforeEach(async () => {
  await db.deleteFrom('outbox').execute();
  await db.deleteFrom('mail_failure_alerts').execute();
  smtp.received.length = 0;
});

async function enqueueBouncing(to = `nobody${REFUSED_DOMAIN}`) {
  await db
    .transaction()
    .execute((trx) =>
      enqueueEmail(trx, clock, { organisationId: null, to, subject: 'Bounces', body: 'x' }),
    );
}

/** Moves the clock and delivers what is due, as the worker does. */
async function after(minutes: number) {
  clock.advance(minutes * MINUTE);
  await deliverDueMessages(db, clock, mailer);
}

function alertAudit() {
  return db
    .selectFrom('audit_log')
    .select(['action', 'object_id', 'after'])
    .where('object_type', '=', 'mail_alert')
    .orderBy('seq')
    .execute();
}

describe('the alert about failing mail', () => {
  it('mails each platform admin once when a message has failed for an hour, then closes', async () => {
    const auditBefore = (await alertAudit()).length;
    await enqueueBouncing();
    await after(0); // first failure now
    const firstFailure = clock.now();
    await after(59);
    expect(await checkFailingMail(deps)).toBeNull();

    await after(1);
    expect(await checkFailingMail(deps)).toBe('opened');
    // Later looks during the same incident send nothing more.
    await after(5);
    expect(await checkFailingMail(deps)).toBeNull();
    // Through the outbox and SMTP to each platform admin, in their language.
    const delivered = smtp.received.flatMap((m) => m.envelopeTo);
    expect(delivered.sort()).toEqual([swedishAdmin.email, englishAdmin.email].sort());
    const sent = await db
      .selectFrom('outbox')
      .select(['recipient', 'subject', 'body', 'status'])
      .where('recipient', 'in', [swedishAdmin.email, englishAdmin.email])
      .execute();
    const swedish = sent.find((m) => m.recipient === swedishAdmin.email)!;
    expect(swedish).toMatchObject({
      status: 'sent',
      subject: 'Tildel: e-post har inte kunnat skickas på en timme',
    });
    expect(swedish.body).toContain(
      '1 meddelande har inte kunnat skickas sedan 23 november 2026 kl. 10:00',
    );
    const english = sent.find((m) => m.recipient === englishAdmin.email)!;
    expect(english.subject).toBe('Tildel: mail has not been sent for an hour');
    expect(english.body).toContain('1 message has not been sent since 23 November 2026 at 10:00');

    const [incident] = await db.selectFrom('mail_failure_alerts').selectAll().execute();
    expect(incident).toMatchObject({ failing_messages: 1, closed_at: null });
    expect(incident!.failing_since).toEqual(firstFailure);

    // The bouncing message is given up after its last attempt: nothing waits for a retry.
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++)
      await after(retryDelayMs(attempt) / MINUTE);
    const row = await db
      .selectFrom('outbox')
      .select('status')
      .where('recipient', 'like', `%${REFUSED_DOMAIN}`)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('failed');
    expect(await checkFailingMail(deps)).toBe('closed');
    // What the closed incident covered is not told again.
    await after(120);
    expect(await checkFailingMail(deps)).toBeNull();

    const audit = (await alertAudit()).slice(auditBefore);
    expect(audit.map((a) => a.action)).toEqual(['mail_alert.opened', 'mail_alert.closed']);
    expect(audit[0]!.after).toMatchObject({ failingMessages: 1, notified: 2 });
    expect((await verifyAuditChain(db, PLATFORM_CHAIN)).ok).toBe(true);
  });

  it('opens a new incident for a failure after the last one closed', async () => {
    await enqueueBouncing('first' + REFUSED_DOMAIN);
    await after(0);
    await after(61);
    expect(await checkFailingMail(deps)).toBe('opened');
    await db
      .updateTable('outbox')
      .set({ status: 'failed' })
      .where('status', '=', 'pending')
      .where('attempts', '>', 0)
      .execute();
    expect(await checkFailingMail(deps)).toBe('closed');

    await enqueueBouncing('second' + REFUSED_DOMAIN);
    await after(0);
    await after(30);
    expect(await checkFailingMail(deps)).toBeNull();
    await after(31);
    expect(await checkFailingMail(deps)).toBe('opened');
    const incidents = await db
      .selectFrom('mail_failure_alerts')
      .select('closed_at')
      .orderBy('alerted_at')
      .execute();
    expect(incidents.map((i) => i.closed_at === null)).toEqual([false, true]);
  });

  it('stays quiet while mail is only slow, not failing', async () => {
    await db.transaction().execute((trx) =>
      enqueueEmail(trx, clock, {
        organisationId: null,
        to: 'fine@example.test',
        subject: 'Fine',
        body: 'x',
      }),
    );
    await after(120);
    expect(await checkFailingMail(deps)).toBeNull();
    expect(await db.selectFrom('mail_failure_alerts').selectAll().execute()).toEqual([]);
  });
});
