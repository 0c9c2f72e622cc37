// The queries behind the buyer's work list: the municipality's call-offs at each step where the
// buyer must act, and orders ending soon. Read-only; each is scoped to the calling-off municipality.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';

const LIMIT = 20;

/** Open call-offs with suppliers' questions not yet answered before the deadline, oldest first. */
export function unansweredQuestions(db: Kysely<DB>, organisationId: string, now: Date) {
  return db
    .selectFrom('calloff_questions as q')
    .innerJoin('calloffs as c', 'c.id', 'q.calloff_id')
    .select(({ fn }) => [
      'c.id',
      'c.title',
      'c.tender_deadline',
      fn.min('q.asked_at').as('first_asked_at'),
      fn.countAll<string>().as('questions'),
    ])
    .where('c.organisation_id', '=', organisationId)
    .where('c.status', '=', 'open')
    .where('c.tender_deadline', '>', now)
    .where('q.answered_at', 'is', null)
    .groupBy(['c.id', 'c.title', 'c.tender_deadline'])
    .orderBy('first_asked_at')
    .limit(LIMIT)
    .execute();
}

/** Open call-offs whose tender deadline has passed: the bids wait to be opened. */
export function deadlinesPassed(db: Kysely<DB>, organisationId: string, now: Date) {
  return db
    .selectFrom('calloffs')
    .select(['id', 'title', 'tender_deadline'])
    .where('organisation_id', '=', organisationId)
    .where('status', '=', 'open')
    .where('tender_deadline', '<=', now)
    .orderBy('tender_deadline')
    .limit(LIMIT)
    .execute();
}

/** Call-offs opened and waiting for the buyer's evaluation and award. */
export function evaluationsWaiting(db: Kysely<DB>, organisationId: string) {
  return db
    .selectFrom('calloffs')
    .select(['id', 'title', 'opened_at'])
    .where('organisation_id', '=', organisationId)
    .where('status', '=', 'evaluation')
    .orderBy('opened_at')
    .limit(LIMIT)
    .execute();
}

/** Awarded call-offs waiting for their order: the standstill runs, or it has ended. */
export function awardedWithoutOrder(db: Kysely<DB>, organisationId: string) {
  return db
    .selectFrom('calloffs as c')
    .innerJoin('award_decisions as d', 'd.calloff_id', 'c.id')
    .innerJoin('organisations as s', 's.id', 'd.supplier_id')
    .select(['c.id', 'c.title', 's.name as supplier_name', 'd.decided_at', 'd.standstill_until'])
    .where('c.organisation_id', '=', organisationId)
    .where('c.status', '=', 'awarded')
    .orderBy('d.standstill_until')
    .orderBy('d.decided_at')
    .limit(LIMIT)
    .execute();
}

/** Offers of the ranking cascade declined since `since`, on call-offs not yet ordered. */
export function offersDeclined(db: Kysely<DB>, organisationId: string, since: Date) {
  return db
    .selectFrom('calloff_invitations as i')
    .innerJoin('calloffs as c', 'c.id', 'i.calloff_id')
    .innerJoin('organisations as s', 's.id', 'i.supplier_id')
    .select(['c.id', 'c.title', 'c.status', 's.name as supplier_name', 'i.declined_at'])
    .where('i.organisation_id', '=', organisationId)
    .where('i.kind', '=', 'offer')
    .where('i.declined_at', '>=', since)
    .where('c.status', 'in', ['offering', 'unfulfilled'])
    .orderBy('i.declined_at', 'desc')
    .limit(LIMIT)
    .execute();
}

/** Active orders whose end date falls on or before `lastDay`, soonest first. */
export function ordersEnding(db: Kysely<DB>, organisationId: string, lastDay: string) {
  return db
    .selectFrom('orders as o')
    .innerJoin('organisations as s', 's.id', 'o.supplier_id')
    .select(['o.id', 'o.reference', 's.name as supplier_name', 'o.end_date'])
    .where('o.organisation_id', '=', organisationId)
    .where('o.status', '=', 'active')
    .where('o.end_date', 'is not', null)
    .where('o.end_date', '<=', lastDay)
    .orderBy('o.end_date')
    .limit(LIMIT)
    .execute();
}
