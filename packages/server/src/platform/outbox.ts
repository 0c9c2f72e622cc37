// The outbox: a message is written in the same transaction as the change that causes it and
// delivered later by the worker, so a crash never loses or duplicates it.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/types.ts';
import { appendAudit } from './audit.ts';
import type { Clock } from './clock.ts';
import { deliverToInbox, type InboxEntry } from './inbox.ts';
import type { Mailer } from './mail.ts';

export interface EmailMessage {
  organisationId: string | null;
  to: string;
  subject: string;
  body: string;
  /**
   * Where the reader acts on the message: when the recipient is a user who is a member of that
   * organisation, the message also lands in their in-app inbox (subject as title, with the link).
   */
  inbox?: InboxEntry;
}

export async function enqueueEmail(
  trx: Transaction<DB>,
  clock: Clock,
  message: EmailMessage,
): Promise<string> {
  const now = clock.now();
  const row = await trx
    .insertInto('outbox')
    .values({
      organisation_id: message.organisationId,
      kind: 'email',
      recipient: message.to,
      subject: message.subject,
      body: message.body,
      next_attempt_at: now,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (message.inbox) {
    await deliverToInbox(trx, {
      ...message.inbox,
      outboxId: row.id,
      to: message.to,
      title: message.subject,
      createdAt: now,
    });
  }
  return row.id;
}

export const MAX_ATTEMPTS = 6;

/** Minutes to wait after the nth failed attempt: 1, 4, 9, 16, 25. */
export function retryDelayMs(attempts: number): number {
  return attempts * attempts * 60_000;
}

/**
 * Delivers due messages. Rows are claimed with FOR UPDATE SKIP LOCKED inside one transaction
 * per message, so two server processes never send the same message.
 */
export async function deliverDueMessages(
  db: Kysely<DB>,
  clock: Clock,
  mailer: Mailer,
  limit = 20,
): Promise<number> {
  let delivered = 0;
  for (let i = 0; i < limit; i++) {
    const done = await db.transaction().execute(async (trx) => {
      const message = await trx
        .selectFrom('outbox')
        .selectAll()
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', clock.now())
        .orderBy('next_attempt_at')
        .limit(1)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!message) return false;
      try {
        const transport = await mailer.send({
          to: message.recipient,
          subject: message.subject,
          text: message.body,
        });
        await trx
          .updateTable('outbox')
          .set({
            status: 'sent',
            transport,
            sent_at: clock.now(),
            attempts: message.attempts + 1,
            last_error: null,
          })
          .where('id', '=', message.id)
          .execute();
        await appendAudit(trx, clock, {
          organisationId: message.organisation_id,
          actorUserId: null,
          action: 'message.sent',
          objectType: 'message',
          objectId: message.id,
          before: { status: message.status },
          after: { status: 'sent', transport, to: message.recipient },
        });
        delivered += 1;
      } catch (error) {
        const attempts = message.attempts + 1;
        const failed = attempts >= MAX_ATTEMPTS;
        await trx
          .updateTable('outbox')
          .set({
            attempts,
            status: failed ? 'failed' : 'pending',
            last_error: error instanceof Error ? error.message.slice(0, 500) : String(error),
            next_attempt_at: new Date(clock.now().getTime() + retryDelayMs(attempts)),
            first_failed_at: message.first_failed_at ?? clock.now(),
          })
          .where('id', '=', message.id)
          .execute();
        if (failed) {
          await appendAudit(trx, clock, {
            organisationId: message.organisation_id,
            actorUserId: null,
            action: 'message.failed',
            objectType: 'message',
            objectId: message.id,
            before: { status: message.status },
            after: { status: 'failed', attempts },
          });
        }
      }
      return true;
    });
    if (!done) break;
  }
  return delivered;
}

/** The outbox's backlog: messages waiting (some of them to be retried) and given up on. */
export async function outboxDepth(
  db: Kysely<DB>,
): Promise<{ pending: number; retrying: number; failed: number }> {
  const row = await db
    .selectFrom('outbox')
    .select((eb) => [
      eb.fn.countAll<string>().filterWhere('status', '=', 'pending').as('pending'),
      eb.fn
        .countAll<string>()
        .filterWhere((w) => w.and([w('status', '=', 'pending'), w('attempts', '>', 0)]))
        .as('retrying'),
      eb.fn.countAll<string>().filterWhere('status', '=', 'failed').as('failed'),
    ])
    .where('status', '<>', 'sent')
    .executeTakeFirstOrThrow();
  return {
    pending: Number(row.pending),
    retrying: Number(row.retrying),
    failed: Number(row.failed),
  };
}
