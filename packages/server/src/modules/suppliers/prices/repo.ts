import type { Insertable, Transaction } from 'kysely';
import type { DB, PricesTable } from '../../../db/types.ts';
import type { Db } from '../../../db/db.ts';

export function findSupplier(db: Db, supplierId: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'country'])
    .where('id', '=', supplierId)
    .where('kind', '=', 'supplier')
    .executeTakeFirst();
}

const categoryColumns = [
  'c.id',
  'c.organisation_id as organisationId',
  'o.name as organisationName',
  'c.code',
  'c.service_kind as serviceKind',
  'c.name_sv as nameSv',
  'c.name_da as nameDa',
  'c.name_en as nameEn',
  'c.default_unit as defaultUnit',
] as const;

/**
 * Categories open for prices: of one organisation, or of every body that keeps a taxonomy. All of
 * them, uncut: a supplier chooses among them, and a body keeps a few dozen at most.
 */
export function activeCategories(db: Db, organisationId?: string) {
  let query = db
    .selectFrom('service_categories as c')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .select(categoryColumns)
    .where('c.retired_at', 'is', null);
  if (organisationId) query = query.where('c.organisation_id', '=', organisationId);
  return query.orderBy('o.name').orderBy('c.code').execute();
}

export function findActiveCategory(db: Db, categoryId: string) {
  return db
    .selectFrom('service_categories as c')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .select(categoryColumns)
    .where('c.id', '=', categoryId)
    .where('c.retired_at', 'is', null)
    .executeTakeFirst();
}

export function establishmentsOf(db: Db, supplierId: string) {
  return db
    .selectFrom('establishments')
    .select(['id', 'name'])
    .where('supplier_id', '=', supplierId)
    .where('closed_at', 'is', null)
    .orderBy('name')
    .execute();
}

export function findAgreement(db: Db, organisationId: string, agreementId: string) {
  return db
    .selectFrom('framework_agreements')
    .select(['id', 'reference'])
    .where('id', '=', agreementId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

/**
 * All of a supplier's prices (a few per category it is priced in). Agreed prices are the market's to read; a proposal only its author's and
 * the negotiating body's: proposalsOf names the body whose proposals the caller may see
 * ('all' for the supplier itself, null for none).
 */
export function pricesOf(db: Db, supplierId: string, proposalsOf: string | 'all' | null) {
  let query = db
    .selectFrom('prices as p')
    .innerJoin('service_categories as c', 'c.id', 'p.category_id')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .leftJoin('establishments as e', 'e.id', 'p.establishment_id')
    .leftJoin('framework_agreements as a', 'a.id', 'p.agreement_id')
    .select([
      'p.id',
      'p.category_id as categoryId',
      'c.code as categoryCode',
      'c.name_sv as nameSv',
      'c.name_da as nameDa',
      'c.name_en as nameEn',
      'o.name as organisationName',
      'p.establishment_id as establishmentId',
      'e.name as establishmentName',
      'p.agreement_id as agreementId',
      'a.reference as agreementReference',
      'p.unit',
      'p.amount_minor as amountMinor',
      'p.currency',
      'p.valid_from as validFrom',
      'p.valid_to as validTo',
      'p.status',
      'p.negotiated_on as negotiatedOn',
      'p.negotiated_by_name as negotiatedByName',
      'p.note',
      'p.created_at as createdAt',
    ])
    .where('p.supplier_id', '=', supplierId);
  if (proposalsOf === null) query = query.where('p.status', '=', 'agreed');
  else if (proposalsOf !== 'all') {
    const body = proposalsOf;
    query = query.where((eb) =>
      eb.or([eb('p.status', '=', 'agreed'), eb('c.organisation_id', '=', body)]),
    );
  }
  // Whole: the price in force is chosen among all of a line's rows, and the list is paged after.
  return query.execute();
}

export async function insertPrice(trx: Transaction<DB>, values: Insertable<PricesTable>) {
  const row = await trx
    .insertInto('prices')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
