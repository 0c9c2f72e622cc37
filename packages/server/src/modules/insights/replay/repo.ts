// The only SQL of the replay: which call-offs with bids the caller may replay. A municipality sees
// its own; a procurement body those made under its framework agreements and DPSs.
import type { Db } from '../../../db/db.ts';

export function organisationOf(db: Db, organisationId: string) {
  return db
    .selectFrom('organisations')
    .select(['kind', 'country'])
    .where('id', '=', organisationId)
    .executeTakeFirst();
}

export interface ReplayScope {
  calloffId?: string;
  /** A framework agreement or a DPS. */
  sourceId?: string;
  /** Tender deadlines from and to these instants. */
  deadlineFrom?: Date;
  deadlineTo?: Date;
}

/** Published call-offs that asked for bids (not the ranking order), newest deadline first. */
export function visibleCalloffs(db: Db, viewerId: string, scope: ReplayScope, limit: number) {
  let query = db
    .selectFrom('calloffs as co')
    .innerJoin('organisations as o', 'o.id', 'co.organisation_id')
    .leftJoin('framework_agreements as a', 'a.id', 'co.agreement_id')
    .leftJoin('dynamic_purchasing_systems as d', 'd.id', 'co.dps_id')
    .select((eb) => [
      'co.id',
      'co.organisation_id as organisationId',
      'co.title',
      'co.currency',
      'co.tender_deadline as tenderDeadline',
      'co.opened_at as openedAt',
      'o.name as municipalityName',
      'o.country',
      eb.fn.coalesce('a.id', 'd.id').as('sourceId'),
      eb.fn.coalesce('a.reference', 'd.reference').as('sourceReference'),
      eb.fn.coalesce('a.title', 'd.title').as('sourceTitle'),
    ])
    .where('co.procedure', '!=', 'ranking')
    .where('co.tender_deadline', 'is not', null)
    .where((eb) =>
      eb.or([
        eb('co.organisation_id', '=', viewerId),
        eb('a.organisation_id', '=', viewerId),
        eb('d.organisation_id', '=', viewerId),
      ]),
    );
  if (scope.calloffId) query = query.where('co.id', '=', scope.calloffId);
  if (scope.sourceId)
    query = query.where((eb) =>
      eb.or([eb('co.agreement_id', '=', scope.sourceId!), eb('co.dps_id', '=', scope.sourceId!)]),
    );
  if (scope.deadlineFrom) query = query.where('co.tender_deadline', '>=', scope.deadlineFrom);
  if (scope.deadlineTo) query = query.where('co.tender_deadline', '<=', scope.deadlineTo);
  return query.orderBy('co.tender_deadline', 'desc').orderBy('co.id').limit(limit).execute();
}

export type VisibleCalloff = Awaited<ReturnType<typeof visibleCalloffs>>[number];
