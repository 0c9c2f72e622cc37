// The only SQL of the agreements area: framework agreements, their municipalities, lots, ranked
// suppliers, status timeline, contract requirements, and agreed prices under an agreement.
import { sql, type Transaction } from 'kysely';
import type { PriceUnit } from '@tildel/domain/taxonomy';
import type { DB } from '../../../db/types.ts';
import type { Db } from '../../../db/db.ts';
import { fetchChoices, whereNameHas, type ChoiceSearch } from '../../../platform/choices.ts';
import { fetchPage, type Page } from '../../../platform/paging.ts';
import { containsPattern } from '../../../platform/search.ts';
import { lotCoversSql } from './lot-covers-repo.ts';
import type { AgreementSort, TimelineSort } from './schemas.ts';

export function findOrganisation(db: Db, id: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'kind', 'name', 'country', 'municipality_code'])
    .where('id', '=', id)
    .executeTakeFirst();
}

const agreementColumns = [
  'framework_agreements.id',
  'framework_agreements.organisation_id',
  'framework_agreements.reference',
  'framework_agreements.title',
  'framework_agreements.description',
  'framework_agreements.country',
  'framework_agreements.status',
  'framework_agreements.starts_on',
  'framework_agreements.ends_on',
  'framework_agreements.extension_options',
  'framework_agreements.extensions_used',
  'framework_agreements.long_period_reason',
  'framework_agreements.terminated_on',
  'framework_agreements.terminated_reason',
  'framework_agreements.version',
  'framework_agreements.created_at',
] as const;

/**
 * Agreements an organisation may see: those it owns, and those it participates in once they are
 * no longer drafts (a draft is the body's work in progress).
 */
function visibleTo(db: Db, organisationId: string) {
  return db
    .selectFrom('framework_agreements')
    .innerJoin('organisations as owner', 'owner.id', 'framework_agreements.organisation_id')
    .select(agreementColumns)
    .select(['owner.name as owner_name'])
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('agreement_municipalities')
            .select('agreement_municipalities.agreement_id')
            .whereRef('agreement_municipalities.agreement_id', '=', 'framework_agreements.id')
            .where('agreement_municipalities.municipality_id', '=', organisationId),
        )
        .$castTo<boolean>()
        .as('participating'),
    )
    .where((eb) =>
      eb.or([
        eb('framework_agreements.organisation_id', '=', organisationId),
        eb.and([
          eb('framework_agreements.status', '<>', 'draft'),
          eb.exists(
            eb
              .selectFrom('agreement_municipalities')
              .select('agreement_municipalities.agreement_id')
              .whereRef('agreement_municipalities.agreement_id', '=', 'framework_agreements.id')
              .where('agreement_municipalities.municipality_id', '=', organisationId),
          ),
        ]),
      ]),
    );
}

const SORT_COLUMNS = {
  startsOn: 'framework_agreements.starts_on',
  reference: 'framework_agreements.reference',
  title: 'framework_agreements.title',
  owner: 'owner.name',
} as const satisfies Record<AgreementSort, string>;

/** The agreements the organisation sees in the list's order, every row. */
export function visibleAgreementsInOrder(
  db: Db,
  organisationId: string,
  sort: Pick<Page<AgreementSort>, 'sort' | 'order'>,
) {
  return visibleTo(db, organisationId)
    .orderBy(SORT_COLUMNS[sort.sort], sort.order)
    .orderBy('framework_agreements.reference')
    .orderBy('framework_agreements.id');
}

/** One page of the agreements the organisation sees; by default the latest start first. */
export function listVisibleAgreements(db: Db, organisationId: string, page: Page<AgreementSort>) {
  return fetchPage(db, visibleAgreementsInOrder(db, organisationId, page), page);
}

/** Visible agreements whose title or reference holds the text, newest first. */
export function searchVisibleAgreements(db: Db, organisationId: string, q: string, limit: number) {
  const pattern = containsPattern(q);
  return visibleTo(db, organisationId)
    .where((eb) =>
      eb.or([
        eb('framework_agreements.title', 'ilike', pattern),
        eb('framework_agreements.reference', 'ilike', pattern),
      ]),
    )
    .orderBy('framework_agreements.starts_on', 'desc')
    .orderBy('framework_agreements.reference')
    .limit(limit)
    .execute();
}

export function findVisibleAgreement(db: Db, organisationId: string, agreementId: string) {
  return visibleTo(db, organisationId)
    .where('framework_agreements.id', '=', agreementId)
    .executeTakeFirst();
}

/** The agreement if the organisation owns it, locked for the change about to be made. */
export function lockOwnedAgreement(
  trx: Transaction<DB>,
  organisationId: string,
  agreementId: string,
) {
  return trx
    .selectFrom('framework_agreements')
    .select(agreementColumns)
    .where('id', '=', agreementId)
    .where('organisation_id', '=', organisationId)
    .forUpdate()
    .executeTakeFirst();
}

export function findByReference(db: Db, organisationId: string, reference: string) {
  return db
    .selectFrom('framework_agreements')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where((eb) => eb(eb.fn('lower', ['reference']), '=', reference.toLowerCase()))
    .executeTakeFirst();
}

export interface AgreementValues {
  reference: string;
  title: string;
  description: string;
  country: 'SE' | 'DK';
  startsOn: string;
  endsOn: string;
  extensionOptions: number[];
  longPeriodReason: string | null;
}

export function insertAgreement(
  trx: Transaction<DB>,
  values: AgreementValues & { organisationId: string; createdAt: Date; createdBy: string | null },
) {
  return trx
    .insertInto('framework_agreements')
    .values({
      organisation_id: values.organisationId,
      reference: values.reference,
      title: values.title,
      description: values.description,
      country: values.country,
      status: 'draft',
      starts_on: values.startsOn,
      ends_on: values.endsOn,
      extension_options: JSON.stringify(values.extensionOptions),
      long_period_reason: values.longPeriodReason,
      created_at: values.createdAt,
      created_by: values.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updateAgreement(trx: Transaction<DB>, id: string, values: AgreementValues) {
  await trx
    .updateTable('framework_agreements')
    .set({
      reference: values.reference,
      title: values.title,
      description: values.description,
      country: values.country,
      starts_on: values.startsOn,
      ends_on: values.endsOn,
      extension_options: JSON.stringify(values.extensionOptions),
      long_period_reason: values.longPeriodReason,
      version: sql<number>`version + 1`,
    })
    .where('id', '=', id)
    .execute();
}

export async function setAgreementStatus(
  trx: Transaction<DB>,
  id: string,
  change: { status: 'active' | 'terminated'; terminatedOn?: string; terminatedReason?: string },
) {
  await trx
    .updateTable('framework_agreements')
    .set({
      status: change.status,
      terminated_on: change.terminatedOn ?? null,
      terminated_reason: change.terminatedReason ?? null,
      version: sql<number>`version + 1`,
    })
    .where('id', '=', id)
    .execute();
}

/** Records that the next extension option is used; the end date follows from the count. */
export async function useExtension(trx: Transaction<DB>, id: string) {
  await trx
    .updateTable('framework_agreements')
    .set({
      extensions_used: sql<number>`extensions_used + 1`,
      version: sql<number>`version + 1`,
    })
    .where('id', '=', id)
    .execute();
}

// ---- municipalities ---------------------------------------------------------------------------

export function municipalitiesOf(db: Db, agreementId: string) {
  return db
    .selectFrom('agreement_municipalities')
    .innerJoin('organisations', 'organisations.id', 'agreement_municipalities.municipality_id')
    .select(['organisations.id', 'organisations.name', 'organisations.municipality_code'])
    .where('agreement_municipalities.agreement_id', '=', agreementId)
    .orderBy('organisations.name')
    .execute();
}

/** The municipalities an organisation may let into its agreements: its mandate, or itself. */
export function mandateOf(db: Db, organisationId: string) {
  return db
    .selectFrom('organisations')
    .select(['organisations.id', 'organisations.name', 'organisations.municipality_code'])
    .where('organisations.kind', '=', 'municipality')
    .where((eb) =>
      eb.or([
        eb('organisations.id', '=', organisationId),
        eb.exists(
          eb
            .selectFrom('body_mandates')
            .select('body_mandates.municipality_id')
            .whereRef('body_mandates.municipality_id', '=', 'organisations.id')
            .where('body_mandates.organisation_id', '=', organisationId),
        ),
      ]),
    )
    .orderBy('organisations.name')
    .execute();
}

export async function replaceMunicipalities(
  trx: Transaction<DB>,
  agreementId: string,
  municipalityIds: readonly string[],
) {
  await trx
    .deleteFrom('agreement_municipalities')
    .where('agreement_id', '=', agreementId)
    .execute();
  if (municipalityIds.length === 0) return;
  await trx
    .insertInto('agreement_municipalities')
    .values(municipalityIds.map((id) => ({ agreement_id: agreementId, municipality_id: id })))
    .execute();
}

// ---- lots and their suppliers -----------------------------------------------------------------

export interface LotFilter {
  /** Part of the name, or the number. */
  q?: string | undefined;
  categoryId?: string | undefined;
  /** Lots whose area holds the municipality, and those for the whole agreement (no area). */
  municipalityCode?: string | undefined;
}

/** The agreement's lots with their category that match the filter, by number. */
function lotsInOrder(db: Db, agreementId: string, order: 'asc' | 'desc', filter: LotFilter = {}) {
  let query = db
    .selectFrom('agreement_lots')
    .innerJoin('service_categories', 'service_categories.id', 'agreement_lots.category_id')
    .selectAll('agreement_lots')
    .select([
      'service_categories.code as category_code',
      'service_categories.name_sv as category_name_sv',
      'service_categories.name_da as category_name_da',
      'service_categories.name_en as category_name_en',
    ])
    .where('agreement_lots.agreement_id', '=', agreementId);
  const q = filter.q?.trim();
  if (q) {
    const number = /^[0-9]{1,3}$/.test(q) ? Number(q) : null;
    query = query.where((eb) =>
      eb.or([
        eb('agreement_lots.name', 'ilike', containsPattern(q)),
        ...(number === null ? [] : [eb('agreement_lots.number', '=', number)]),
      ]),
    );
  }
  if (filter.categoryId) query = query.where('agreement_lots.category_id', '=', filter.categoryId);
  const code = filter.municipalityCode;
  if (code) query = query.where(lotCoversSql('agreement_lots.area_municipality_codes', code));
  return query.orderBy('agreement_lots.number', order);
}

/** One page of the agreement's lots by number, and how many match in all. */
export function lotPageOf(db: Db, agreementId: string, page: Page<'number'>, filter: LotFilter) {
  return fetchPage(db, lotsInOrder(db, agreementId, page.order, filter), page);
}

/** How many lots the agreement has, and its highest lot number (0 without lots). */
export async function lotTallyOf(db: Db, agreementId: string) {
  const row = await db
    .selectFrom('agreement_lots')
    .select((eb) => [
      eb.fn.countAll<string>().as('lots'),
      eb.fn.coalesce(eb.fn.max('number'), sql<number>`0`).as('max_number'),
    ])
    .where('agreement_id', '=', agreementId)
    .executeTakeFirstOrThrow();
  return { lots: Number(row.lots), maxNumber: Number(row.max_number) };
}

/** How many suppliers each of the agreement's lots has (what activation checks). */
export async function supplierCountsOfLots(db: Db, agreementId: string) {
  const rows = await db
    .selectFrom('agreement_lots')
    .leftJoin('lot_suppliers', 'lot_suppliers.lot_id', 'agreement_lots.id')
    .select((eb) => [
      'agreement_lots.id',
      eb.fn.count<string>('lot_suppliers.lot_id').as('suppliers'),
    ])
    .where('agreement_lots.agreement_id', '=', agreementId)
    .groupBy('agreement_lots.id')
    .execute();
  return rows.map((row) => ({ supplierCount: Number(row.suppliers) }));
}

export function findLot(db: Db, agreementId: string, lotId: string) {
  return db
    .selectFrom('agreement_lots')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .where('id', '=', lotId)
    .executeTakeFirst();
}

export function lotNumberTaken(db: Db, agreementId: string, number: number) {
  return db
    .selectFrom('agreement_lots')
    .select('id')
    .where('agreement_id', '=', agreementId)
    .where('number', '=', number)
    .executeTakeFirst();
}

export function findCategory(db: Db, organisationId: string, categoryId: string) {
  return db
    .selectFrom('service_categories')
    .select(['id', 'default_unit'])
    .where('id', '=', categoryId)
    .where('organisation_id', '=', organisationId)
    .where('retired_at', 'is', null)
    .executeTakeFirst();
}

export function findCategoryByCode(db: Db, organisationId: string, code: string) {
  return db
    .selectFrom('service_categories')
    .select(['id', 'default_unit'])
    .where('organisation_id', '=', organisationId)
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
}

export function categoriesOf(db: Db, organisationId: string) {
  return db
    .selectFrom('service_categories')
    .select(['id', 'code', 'name_sv', 'name_da', 'name_en', 'default_unit'])
    .where('organisation_id', '=', organisationId)
    .where('retired_at', 'is', null)
    .orderBy('code')
    .execute();
}

export interface LotValues {
  agreementId: string;
  organisationId: string;
  number: number;
  name: string;
  categoryId: string;
  areaMunicipalityCodes: string[];
  calloffMethod: 'ranking' | 'renewed_competition' | 'volume_rule';
  volumeThreshold: number | null;
  volumeUnit: PriceUnit | null;
}

function lotColumns(values: Omit<LotValues, 'agreementId' | 'organisationId'>) {
  return {
    number: values.number,
    name: values.name,
    category_id: values.categoryId,
    area_municipality_codes: values.areaMunicipalityCodes,
    calloff_method: values.calloffMethod,
    volume_threshold: values.volumeThreshold,
    volume_unit: values.volumeUnit,
  };
}

export function insertLot(trx: Transaction<DB>, values: LotValues) {
  return trx
    .insertInto('agreement_lots')
    .values({
      agreement_id: values.agreementId,
      organisation_id: values.organisationId,
      ...lotColumns(values),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updateLot(
  trx: Transaction<DB>,
  lotId: string,
  values: Omit<LotValues, 'agreementId' | 'organisationId'>,
) {
  await trx.updateTable('agreement_lots').set(lotColumns(values)).where('id', '=', lotId).execute();
}

export async function lotHasStatusEvents(trx: Transaction<DB>, lotId: string) {
  const row = await trx
    .selectFrom('supplier_status_events')
    .select('id')
    .where('lot_id', '=', lotId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Deletes a lot with its suppliers (its lot-level requirements go first, see deleteLotRequirements). */
export async function deleteLot(trx: Transaction<DB>, lotId: string) {
  await trx.deleteFrom('lot_suppliers').where('lot_id', '=', lotId).execute();
  await trx.deleteFrom('agreement_lots').where('id', '=', lotId).execute();
}

export function suppliersOfAgreement(db: Db, agreementId: string) {
  return lotSuppliers(db).where('lot_suppliers.agreement_id', '=', agreementId).execute();
}

/** The suppliers of some lots (one page of them), in rank order. */
export function suppliersOfLots(db: Db, lotIds: readonly string[]) {
  if (lotIds.length === 0) return Promise.resolve([]);
  return lotSuppliers(db).where('lot_suppliers.lot_id', 'in', lotIds).execute();
}

function lotSuppliers(db: Db) {
  return db
    .selectFrom('lot_suppliers')
    .innerJoin('organisations', 'organisations.id', 'lot_suppliers.supplier_id')
    .selectAll('lot_suppliers')
    .select(['organisations.name as supplier_name'])
    .orderBy('lot_suppliers.rank');
}

/** A lot's suppliers in rank order, locked so a reordering sees and changes a stable list. */
export function lockLotSuppliers(trx: Transaction<DB>, lotId: string) {
  return trx
    .selectFrom('lot_suppliers')
    .selectAll()
    .where('lot_id', '=', lotId)
    .orderBy('rank')
    .forUpdate()
    .execute();
}

/** The supplier's rows on an agreement (every lot, or one), locked for a status change. */
export function lockSupplierOnAgreement(
  trx: Transaction<DB>,
  agreementId: string,
  supplierId: string,
  lotId: string | undefined,
) {
  let query = trx
    .selectFrom('lot_suppliers')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .where('supplier_id', '=', supplierId);
  if (lotId) query = query.where('lot_id', '=', lotId);
  return query.forUpdate().execute();
}

export function findSupplierOrganisation(db: Db, supplierId: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'country'])
    .where('id', '=', supplierId)
    .where('kind', '=', 'supplier')
    .executeTakeFirst();
}

/** The country's suppliers whose name holds the typed text: the first in name order, and the count. */
export function supplierChoices(db: Db, country: 'SE' | 'DK', search: ChoiceSearch) {
  const query = db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('kind', '=', 'supplier')
    .where('country', '=', country)
    .orderBy('name')
    .orderBy('id');
  return fetchChoices(db, whereNameHas(query, 'name', search), search);
}

export async function insertLotSupplier(
  trx: Transaction<DB>,
  values: {
    lotId: string;
    supplierId: string;
    agreementId: string;
    organisationId: string;
    rank: number;
  },
) {
  await trx
    .insertInto('lot_suppliers')
    .values({
      lot_id: values.lotId,
      supplier_id: values.supplierId,
      agreement_id: values.agreementId,
      organisation_id: values.organisationId,
      rank: values.rank,
      status: 'active',
    })
    .execute();
}

export async function deleteLotSupplier(trx: Transaction<DB>, lotId: string, supplierId: string) {
  await trx
    .deleteFrom('lot_suppliers')
    .where('lot_id', '=', lotId)
    .where('supplier_id', '=', supplierId)
    .execute();
}

/**
 * Gives the lot's suppliers the ranks 1..n in the order given, in two steps: first each to a rank
 * above a large offset (free of every current rank), then all down by the offset, so the unique
 * (lot_id, rank) index is never violated in between. (Negative interim ranks would be simpler,
 * but the column's CHECK (rank > 0) forbids them.)
 */
export async function setRanks(
  trx: Transaction<DB>,
  lotId: string,
  supplierIdsInOrder: readonly string[],
) {
  const offset = 1_000_000;
  for (const [i, supplierId] of supplierIdsInOrder.entries()) {
    await trx
      .updateTable('lot_suppliers')
      .set({ rank: offset + i + 1 })
      .where('lot_id', '=', lotId)
      .where('supplier_id', '=', supplierId)
      .execute();
  }
  await trx
    .updateTable('lot_suppliers')
    .set({ rank: sql<number>`rank - ${offset}`, version: sql<number>`version + 1` })
    .where('lot_id', '=', lotId)
    .where('rank', '>', offset)
    .execute();
}

export async function setStanding(
  trx: Transaction<DB>,
  lotId: string,
  supplierId: string,
  standing: {
    status: 'active' | 'hidden' | 'terminated';
    reason: string | null;
    hiddenFrom: string | null;
    hiddenTo: string | null;
    terminatedOn: string | null;
  },
) {
  await trx
    .updateTable('lot_suppliers')
    .set({
      status: standing.status,
      status_reason: standing.reason,
      hidden_from: standing.hiddenFrom,
      hidden_to: standing.hiddenTo,
      terminated_on: standing.terminatedOn,
      version: sql<number>`version + 1`,
    })
    .where('lot_id', '=', lotId)
    .where('supplier_id', '=', supplierId)
    .execute();
}

export async function insertStatusEvent(
  trx: Transaction<DB>,
  values: {
    agreementId: string;
    lotId: string;
    supplierId: string;
    organisationId: string;
    status: 'active' | 'hidden' | 'terminated';
    reason: string | null;
    effectiveFrom: string | null;
    effectiveTo: string | null;
    at: Date;
    actorUserId: string | null;
    actorName: string | null;
  },
) {
  await trx
    .insertInto('supplier_status_events')
    .values({
      agreement_id: values.agreementId,
      lot_id: values.lotId,
      supplier_id: values.supplierId,
      organisation_id: values.organisationId,
      status: values.status,
      reason: values.reason,
      effective_from: values.effectiveFrom,
      effective_to: values.effectiveTo,
      at: values.at,
      actor_user_id: values.actorUserId,
      actor_name: values.actorName,
    })
    .execute();
}

/** A supplier's status changes on the agreement, newest first, a page at a time with the total. */
export function timelineOf(
  db: Db,
  agreementId: string,
  supplierId: string,
  page: Page<TimelineSort>,
) {
  const events = db
    .selectFrom('supplier_status_events')
    .where('supplier_status_events.agreement_id', '=', agreementId)
    .where('supplier_status_events.supplier_id', '=', supplierId);
  const inOrder = events
    .leftJoin('agreement_lots', 'agreement_lots.id', 'supplier_status_events.lot_id')
    .select([
      'supplier_status_events.id',
      'supplier_status_events.lot_id',
      'agreement_lots.number as lot_number',
      'agreement_lots.name as lot_name',
      'supplier_status_events.status',
      'supplier_status_events.reason',
      'supplier_status_events.effective_from',
      'supplier_status_events.effective_to',
      'supplier_status_events.at',
      'supplier_status_events.actor_name',
    ])
    // A change on all lots writes one event per lot at the same instant: then in writing order.
    .orderBy('supplier_status_events.at', page.order)
    .orderBy('supplier_status_events.id', page.order);
  return fetchPage(db, inOrder, page, events.select('supplier_status_events.id'));
}

// ---- agreed prices under the agreement ---------------------------------------------------------

export async function insertAgreedPrice(
  trx: Transaction<DB>,
  values: {
    supplierId: string;
    categoryId: string;
    agreementId: string;
    unit: PriceUnit;
    amountMinor: number;
    currency: 'SEK' | 'DKK' | 'EUR';
    validFrom: string;
    negotiatedOn: string;
    actorUserId: string | null;
    actorName: string | null;
    at: Date;
  },
) {
  await trx
    .insertInto('prices')
    .values({
      supplier_id: values.supplierId,
      category_id: values.categoryId,
      agreement_id: values.agreementId,
      unit: values.unit,
      amount_minor: values.amountMinor,
      currency: values.currency,
      valid_from: values.validFrom,
      status: 'agreed',
      negotiated_on: values.negotiatedOn,
      negotiated_by: values.actorUserId,
      negotiated_by_name: values.actorName,
      created_at: values.at,
      created_by: values.actorUserId,
    })
    .execute();
}

/**
 * Agreed prices under the agreement of the suppliers of some lots (a page of them), newest
 * valid-from first (the first per supplier and category is in force).
 */
export function agreedPricesOf(
  db: Db,
  agreementId: string,
  lotIds: readonly string[],
  today: string,
) {
  if (lotIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('prices')
    .select([
      'supplier_id',
      'category_id',
      'unit',
      'amount_minor',
      'currency',
      'valid_from',
      'valid_to',
    ])
    .where('agreement_id', '=', agreementId)
    .where('supplier_id', 'in', (eb) =>
      eb.selectFrom('lot_suppliers').select('supplier_id').where('lot_id', 'in', lotIds),
    )
    .where('status', '=', 'agreed')
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', today)]))
    .orderBy('valid_from', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

// ---- contract requirements ---------------------------------------------------------------------

export function requirementsOf(db: Db, agreementId: string) {
  return db
    .selectFrom('agreement_requirements')
    .leftJoin('agreement_lots', 'agreement_lots.id', 'agreement_requirements.lot_id')
    .select([
      'agreement_requirements.id',
      'agreement_requirements.lot_id',
      'agreement_requirements.kind',
      'agreement_requirements.parameters',
      'agreement_requirements.description',
      'agreement_lots.number as lot_number',
      'agreement_lots.name as lot_name',
    ])
    .where('agreement_requirements.agreement_id', '=', agreementId)
    .orderBy('agreement_requirements.created_at')
    .orderBy('agreement_requirements.id')
    .execute();
}

export function insertRequirement(
  trx: Transaction<DB>,
  values: {
    agreementId: string;
    organisationId: string;
    lotId: string | null;
    kind: DB['agreement_requirements']['kind'];
    parameters: Record<string, unknown>;
    description: string;
    at: Date;
  },
) {
  return trx
    .insertInto('agreement_requirements')
    .values({
      agreement_id: values.agreementId,
      organisation_id: values.organisationId,
      lot_id: values.lotId,
      kind: values.kind,
      parameters: JSON.stringify(values.parameters),
      description: values.description,
      created_at: values.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function deleteRequirement(
  trx: Transaction<DB>,
  agreementId: string,
  requirementId: string,
) {
  return trx
    .deleteFrom('agreement_requirements')
    .where('agreement_id', '=', agreementId)
    .where('id', '=', requirementId)
    .returning(['id', 'kind', 'parameters', 'lot_id'])
    .executeTakeFirst();
}

export function deleteLotRequirements(trx: Transaction<DB>, lotId: string) {
  return trx
    .deleteFrom('agreement_requirements')
    .where('lot_id', '=', lotId)
    .returning(['id', 'kind', 'parameters'])
    .execute();
}
