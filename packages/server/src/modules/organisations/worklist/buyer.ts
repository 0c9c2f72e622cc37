// The buyer's work list (DOMAIN.md "What each role sees first"): needs come from the needs list;
// here are the municipality's call-offs at each step where the buyer acts, and orders ending.
import { addCalendarDays, type PlainDate } from '@tildel/domain/calendar';
import type { Db } from '../../../db/db.ts';
import * as repo from './buyer-repo.ts';
import type { Worklist } from './schemas.ts';

export const BUYER_HORIZON = {
  /** Declined offers stay on the list this long: the buyer follows the cascade moving on. */
  declinedOfferDays: 14,
  /** Orders ending within this many days: time to extend or call off anew. */
  orderEndingDays: 60,
} as const;

export async function buyerList(
  db: Db,
  organisationId: string,
  now: Date,
  today: PlainDate,
): Promise<NonNullable<Worklist['buyer']>> {
  const declinedSince = new Date(now.getTime() - BUYER_HORIZON.declinedOfferDays * 86_400_000);
  const [questions, passed, evaluations, awards, declined, orders] = await Promise.all([
    repo.unansweredQuestions(db, organisationId, now),
    repo.deadlinesPassed(db, organisationId, now),
    repo.evaluationsWaiting(db, organisationId),
    repo.awardedWithoutOrder(db, organisationId),
    repo.offersDeclined(db, organisationId, declinedSince),
    repo.ordersEnding(db, organisationId, addCalendarDays(today, BUYER_HORIZON.orderEndingDays)),
  ]);
  return {
    questions: questions.map((q) => ({
      calloffId: q.id,
      title: q.title,
      at: new Date(q.first_asked_at).toISOString(),
      count: Number(q.questions),
    })),
    deadlinesPassed: passed.map((c) => ({
      calloffId: c.id,
      title: c.title,
      at: new Date(c.tender_deadline!).toISOString(),
    })),
    evaluations: evaluations.map((c) => ({
      calloffId: c.id,
      title: c.title,
      at: new Date(c.opened_at!).toISOString(),
    })),
    awards: awards.map((a) => ({
      calloffId: a.id,
      title: a.title,
      at: new Date(a.decided_at).toISOString(),
      supplierName: a.supplier_name,
      until: a.standstill_until ? new Date(a.standstill_until).toISOString() : null,
      ended: a.standstill_until === null || new Date(a.standstill_until) <= now,
    })),
    offersDeclined: declined.map((d) => ({
      calloffId: d.id,
      title: d.title,
      at: new Date(d.declined_at!).toISOString(),
      supplierName: d.supplier_name,
    })),
    ordersEnding: orders.map((o) => ({
      id: o.id,
      reference: o.reference,
      supplierName: o.supplier_name,
      endDate: o.end_date!,
    })),
  };
}
