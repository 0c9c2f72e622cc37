// The only SQL of the OCDS part: what a framework agreement, a DPS and a call-off tell the public
// (never a bid: awarded prices come from the frozen award report and the order), who may read
// them, and each buying organisation's publishing setting.
import { sql } from 'kysely';
import type { Db } from '../../../db/db.ts';

export interface OrganisationRow {
  id: string;
  name: string;
  country: 'SE' | 'DK';
  identifier: string;
}

const ORGANISATION_COLUMNS = ['o.id', 'o.name', 'o.country', 'o.identifier'] as const;

function organisations(db: Db, ids: readonly string[]): Promise<OrganisationRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('organisations as o')
    .select(ORGANISATION_COLUMNS)
    .where('o.id', 'in', ids)
    .orderBy('o.name')
    .execute();
}

// ---- framework agreements ---------------------------------------------------------------------

export async function agreement(db: Db, agreementId: string) {
  const row = await db
    .selectFrom('framework_agreements')
    .select([
      'id',
      'organisation_id',
      'reference',
      'title',
      'country',
      'status',
      'starts_on',
      'ends_on',
      'terminated_on',
      'created_at',
    ])
    .where('id', '=', agreementId)
    .executeTakeFirst();
  if (!row) return undefined;
  // Read side by side: a national agreement's lots and places are thousands of rows each.
  const [owner, municipalities, lots, lotSuppliers, suppliers] = await Promise.all([
    organisations(db, [row.organisation_id]),
    db
      .selectFrom('agreement_municipalities as am')
      .innerJoin('organisations as o', 'o.id', 'am.municipality_id')
      .select(ORGANISATION_COLUMNS)
      .where('am.agreement_id', '=', agreementId)
      .orderBy('o.name')
      .execute(),
    db
      .selectFrom('agreement_lots as l')
      .innerJoin('service_categories as c', 'c.id', 'l.category_id')
      .select(['l.id', 'l.number', 'l.name', 'l.calloff_method'])
      .where('l.agreement_id', '=', agreementId)
      .orderBy('l.number')
      .execute(),
    // Only what the releases tell: which suppliers hold a place on which lot, in rank order; a
    // row per lot, as a row per place (tens of thousands) takes longer to read than to find.
    db
      .selectFrom('lot_suppliers')
      .select(['lot_id', sql<string[]>`json_agg(supplier_id order by rank)`.as('supplier_ids')])
      .where('agreement_id', '=', agreementId)
      .groupBy('lot_id')
      .execute(),
    db
      .selectFrom('organisations as o')
      .select(ORGANISATION_COLUMNS)
      .where('o.id', 'in', (eb) =>
        eb
          .selectFrom('lot_suppliers as s')
          .select('s.supplier_id')
          .where('s.agreement_id', '=', agreementId),
      )
      .orderBy('o.name')
      .execute(),
  ]);
  return { ...row, owner: owner[0]!, municipalities, lots, lotSuppliers, suppliers };
}
export type AgreementFacts = NonNullable<Awaited<ReturnType<typeof agreement>>>;

/** Owner or participating municipality. */
export async function agreementVisibleTo(db: Db, agreementId: string, organisationId: string) {
  const row = await db
    .selectFrom('framework_agreements as a')
    .select('a.id')
    .where('a.id', '=', agreementId)
    .where((eb) =>
      eb.or([
        eb('a.organisation_id', '=', organisationId),
        eb.exists(
          eb
            .selectFrom('agreement_municipalities as m')
            .select('m.agreement_id')
            .whereRef('m.agreement_id', '=', 'a.id')
            .where('m.municipality_id', '=', organisationId),
        ),
      ]),
    )
    .executeTakeFirst();
  return row !== undefined;
}

// ---- the version of an agreement's or a DPS's sources (0038) ----------------------------------

/** Stands for the names every package shows: a rename moves it on for all of them. */
const NAMES_SUBJECT = '00000000-0000-0000-0000-000000000000';

/**
 * Which state of its sources an agreement's or a DPS's packages would show now: its own version
 * and that of the names, moved on by triggers in the same transaction as any write to them.
 */
export async function sourceVersion(db: Db, subjectId: string): Promise<string> {
  const rows = await db
    .selectFrom('ocds_source_versions')
    .select(['subject_id', 'version'])
    .where('subject_id', 'in', [subjectId, NAMES_SUBJECT])
    .execute();
  const of = (id: string) => rows.find((r) => r.subject_id === id)?.version ?? '0';
  return `${of(subjectId)}.${of(NAMES_SUBJECT)}`;
}

// ---- dynamic purchasing systems ---------------------------------------------------------------

export async function dps(db: Db, dpsId: string) {
  const row = await db
    .selectFrom('dynamic_purchasing_systems')
    .select([
      'id',
      'organisation_id',
      'reference',
      'title',
      'country',
      'status',
      'valid_from',
      'valid_to',
      'owner_is_central_purchasing_body',
      'opened_at',
      'closed_at',
      'created_at',
    ])
    .where('id', '=', dpsId)
    .executeTakeFirst();
  if (!row) return undefined;
  // Read side by side: a national DPS has thousands of suppliers admitted.
  const [owner, municipalities, categories, admissions] = await Promise.all([
    organisations(db, [row.organisation_id]),
    db
      .selectFrom('dps_municipalities as m')
      .innerJoin('organisations as o', 'o.id', 'm.municipality_id')
      .select(ORGANISATION_COLUMNS)
      .where('m.dps_id', '=', dpsId)
      .orderBy('o.name')
      .execute(),
    db
      .selectFrom('dps_categories as d')
      .innerJoin('service_categories as c', 'c.id', 'd.category_id')
      .select(['c.id', 'c.name_sv', 'c.name_da'])
      .where('d.dps_id', '=', dpsId)
      .orderBy('c.code')
      .execute(),
    // Admitted suppliers only: an application pending, refused or withdrawn is nobody else's
    // business. Each with its supplier, read in the same go.
    db
      .selectFrom('dps_applications as a')
      .innerJoin('organisations as o', 'o.id', 'a.supplier_id')
      .select(['a.id as admission_id', 'a.decided_at', ...ORGANISATION_COLUMNS])
      .where('a.dps_id', '=', dpsId)
      .where('a.status', '=', 'approved')
      .where('a.decided_at', 'is not', null)
      .orderBy('a.decided_at')
      .orderBy('a.id')
      .execute(),
  ]);
  const suppliers = new Map(
    admissions.map((a) => [
      a.id,
      { id: a.id, name: a.name, country: a.country, identifier: a.identifier },
    ]),
  );
  return {
    ...row,
    owner: owner[0]!,
    municipalities,
    categories,
    admissions: admissions.map((a) => ({
      id: a.admission_id,
      supplier_id: a.id,
      decided_at: a.decided_at!,
    })),
    suppliers: [...suppliers.values()],
  };
}
export type DpsFacts = NonNullable<Awaited<ReturnType<typeof dps>>>;

export async function dpsVisibleTo(db: Db, dpsId: string, organisationId: string) {
  const row = await db
    .selectFrom('dynamic_purchasing_systems as d')
    .select('d.id')
    .where('d.id', '=', dpsId)
    .where((eb) =>
      eb.or([
        eb('d.organisation_id', '=', organisationId),
        eb.exists(
          eb
            .selectFrom('dps_municipalities as m')
            .select('m.dps_id')
            .whereRef('m.dps_id', '=', 'd.id')
            .where('m.municipality_id', '=', organisationId),
        ),
      ]),
    )
    .executeTakeFirst();
  return row !== undefined;
}

// ---- call-offs --------------------------------------------------------------------------------

export async function calloff(db: Db, calloffId: string) {
  const row = await db
    .selectFrom('calloffs as co')
    .leftJoin('service_categories as c', 'c.id', 'co.category_id')
    .leftJoin('agreement_lots as l', 'l.id', 'co.lot_id')
    .leftJoin('service_categories as lc', 'lc.id', 'l.category_id')
    .innerJoin('organisations as o', 'o.id', 'co.organisation_id')
    .select([
      'co.id',
      'co.organisation_id',
      'co.agreement_id',
      'co.lot_id',
      'co.dps_id',
      'co.procedure',
      'co.status',
      'co.currency',
      'co.expected_volume',
      'co.expected_unit',
      'co.published_at',
      'co.tender_deadline',
      'co.updated_at',
      'co.created_at',
      'c.name_sv',
      'c.name_da',
      'lc.name_sv as lot_name_sv',
      'lc.name_da as lot_name_da',
      'o.country',
    ])
    .where('co.id', '=', calloffId)
    .executeTakeFirst();
  if (!row) return undefined;
  const award = await db
    .selectFrom('award_decisions')
    .select(['id', 'bid_id', 'supplier_id', 'decided_at', 'standstill_until', 'report'])
    .where('calloff_id', '=', calloffId)
    .executeTakeFirst();
  const order = await db
    .selectFrom('orders')
    .select([
      'id',
      'supplier_id',
      'unit_price_minor',
      'currency',
      'expected_volume',
      'start_date',
      'end_date',
      'status',
      'created_at',
    ])
    .where('calloff_id', '=', calloffId)
    .executeTakeFirst();
  const supplierIds = [award?.supplier_id, order?.supplier_id].filter((id) => id !== undefined);
  return {
    ...row,
    owner: (await organisations(db, [row.organisation_id]))[0]!,
    award,
    order,
    suppliers: await organisations(db, [...new Set(supplierIds)]),
  };
}
export type CalloffFacts = NonNullable<Awaited<ReturnType<typeof calloff>>>;

/** The buying municipality, and the owner of the agreement or DPS it calls off from. */
export async function calloffVisibleTo(db: Db, calloffId: string, organisationId: string) {
  const row = await db
    .selectFrom('calloffs as co')
    .leftJoin('framework_agreements as a', 'a.id', 'co.agreement_id')
    .leftJoin('dynamic_purchasing_systems as d', 'd.id', 'co.dps_id')
    .select('co.id')
    .where('co.id', '=', calloffId)
    .where((eb) =>
      eb.or([
        eb('co.organisation_id', '=', organisationId),
        eb('a.organisation_id', '=', organisationId),
        eb('d.organisation_id', '=', organisationId),
      ]),
    )
    .executeTakeFirst();
  return row !== undefined;
}

// ---- publishing ---------------------------------------------------------------------------------

export function publishing(db: Db, organisationId: string) {
  return db
    .selectFrom('ocds_publishing')
    .select(['published', 'changed_at', 'version'])
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

export function organisationKind(db: Db, organisationId: string) {
  return db
    .selectFrom('organisations')
    .select('kind')
    .where('id', '=', organisationId)
    .executeTakeFirst();
}

export async function savePublishing(
  db: Db,
  organisationId: string,
  published: boolean,
  changedAt: Date,
  changedBy: string,
) {
  return db
    .insertInto('ocds_publishing')
    .values({
      organisation_id: organisationId,
      published,
      changed_at: changedAt,
      changed_by: changedBy,
    })
    .onConflict((oc) =>
      oc.column('organisation_id').doUpdateSet((eb) => ({
        published,
        changed_at: changedAt,
        changed_by: changedBy,
        version: eb('ocds_publishing.version', '+', 1),
      })),
    )
    .returning(['published', 'changed_at', 'version'])
    .executeTakeFirstOrThrow();
}
