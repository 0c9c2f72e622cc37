// The queries behind the follow-up rows of the work lists: the quality officer's corrections and
// staff lists, and the same requests as the supplier must answer them. (The plan is the
// follow-up area's own reading: followup/followup/plans.ts.)
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';

const LIMIT = 20;

/** Requests for correction the body still has to see through (not yet accepted), by deadline. */
export function correctionsDue(db: Kysely<DB>, bodyId: string) {
  return db
    .selectFrom('correction_requests as r')
    .innerJoin('organisations as s', 's.id', 'r.supplier_id')
    .leftJoin('establishments as e', 'e.id', 'r.establishment_id')
    .select([
      'r.id',
      's.name as supplier_name',
      'e.name as establishment_name',
      'r.status',
      'r.deadline',
      'r.country',
    ])
    .where('r.organisation_id', '=', bodyId)
    .where('r.status', 'in', ['open', 'answered', 'rejected'])
    .orderBy('r.deadline')
    .limit(LIMIT)
    .execute();
}

/** Staff lists asked for and not yet given, soonest deadline first. */
export function staffListsAwaited(
  db: Kysely<DB>,
  scope: { bodyId: string } | { supplierId: string },
) {
  let query = db
    .selectFrom('staff_list_requests as r')
    .innerJoin('organisations as s', 's.id', 'r.supplier_id')
    .innerJoin('organisations as b', 'b.id', 'r.organisation_id')
    .innerJoin('establishments as e', 'e.id', 'r.establishment_id')
    .select([
      'r.id',
      's.name as supplier_name',
      'b.name as body_name',
      'e.name as establishment_name',
      'r.period_from',
      'r.period_to',
      'r.deadline',
    ])
    .where('r.status', '=', 'requested');
  query =
    'bodyId' in scope
      ? query.where('r.organisation_id', '=', scope.bodyId)
      : query.where('r.supplier_id', '=', scope.supplierId);
  return query.orderBy('r.deadline').limit(LIMIT).execute();
}

/** Requests for correction the supplier has (again) to answer, by deadline. */
export function correctionsToAnswer(db: Kysely<DB>, supplierId: string) {
  return db
    .selectFrom('correction_requests as r')
    .innerJoin('organisations as b', 'b.id', 'r.organisation_id')
    .leftJoin('establishments as e', 'e.id', 'r.establishment_id')
    .select([
      'r.id',
      'b.name as body_name',
      'e.name as establishment_name',
      'r.status',
      'r.deadline',
      'r.country',
    ])
    .where('r.supplier_id', '=', supplierId)
    .where('r.status', 'in', ['open', 'rejected'])
    .orderBy('r.deadline')
    .limit(LIMIT)
    .execute();
}
