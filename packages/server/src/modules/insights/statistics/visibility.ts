// Who sees which figures in the statistics: a municipality its own call-offs; a joint
// procurement body the call-offs under its agreements and DPSs (so every participating
// municipality's); a supplier only its own answers to invitations (suppliers.ts) and nothing of
// others. Each function gives the ids a viewer may count, for a `where … in` in every view.
import { sql } from 'kysely';
import type { Db } from '../../../db/db.ts';
import { notFound } from '../../../platform/problem.ts';

export interface Viewer {
  organisationId: string;
  kind: 'procurement_body' | 'municipality' | 'supplier';
  country: 'SE' | 'DK';
}

export async function viewerOf(db: Db, organisationId: string): Promise<Viewer> {
  const row = await db
    .selectFrom('organisations')
    .select(['id', 'kind', 'country'])
    .where('id', '=', organisationId)
    .executeTakeFirst();
  if (!row) throw notFound();
  return { organisationId: row.id, kind: row.kind, country: row.country };
}

const nothing = sql<boolean>`false`;

/** The agreements a body owns, or a municipality owns or takes part in. */
export function visibleAgreements(db: Db, viewer: Viewer) {
  const query = db.selectFrom('framework_agreements as a').select('a.id');
  switch (viewer.kind) {
    case 'procurement_body':
      return query.where('a.organisation_id', '=', viewer.organisationId);
    case 'municipality':
      return query.where((eb) =>
        eb.or([
          eb('a.organisation_id', '=', viewer.organisationId),
          eb.exists(
            eb
              .selectFrom('agreement_municipalities as am')
              .select('am.agreement_id')
              .whereRef('am.agreement_id', '=', 'a.id')
              .where('am.municipality_id', '=', viewer.organisationId),
          ),
        ]),
      );
    case 'supplier':
      return query.where(nothing);
  }
}

/** The DPSs a body owns, or a municipality owns or may call off from. */
export function visibleDps(db: Db, viewer: Viewer) {
  const query = db.selectFrom('dynamic_purchasing_systems as d').select('d.id');
  switch (viewer.kind) {
    case 'procurement_body':
      return query.where('d.organisation_id', '=', viewer.organisationId);
    case 'municipality':
      return query.where((eb) =>
        eb.or([
          eb('d.organisation_id', '=', viewer.organisationId),
          eb.exists(
            eb
              .selectFrom('dps_municipalities as dm')
              .select('dm.dps_id')
              .whereRef('dm.dps_id', '=', 'd.id')
              .where('dm.municipality_id', '=', viewer.organisationId),
          ),
        ]),
      );
    case 'supplier':
      return query.where(nothing);
  }
}

/** A municipality's own call-offs; a body's those under its agreements and DPSs. */
export function visibleCalloffs(db: Db, viewer: Viewer) {
  const query = db.selectFrom('calloffs as c').select('c.id');
  switch (viewer.kind) {
    case 'municipality':
      return query.where('c.organisation_id', '=', viewer.organisationId);
    case 'procurement_body':
      return query.where((eb) =>
        eb.or([
          eb('c.agreement_id', 'in', visibleAgreements(db, viewer)),
          eb('c.dps_id', 'in', visibleDps(db, viewer)),
        ]),
      );
    case 'supplier':
      return query.where(nothing);
  }
}
