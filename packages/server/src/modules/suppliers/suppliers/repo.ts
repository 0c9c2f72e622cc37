import { sql, type Insertable, type Transaction, type Updateable } from 'kysely';
import type { ServiceKind } from '@tildel/domain/taxonomy';
import type {
  ConsultantsTable,
  DB,
  EstablishmentsTable,
  SupplierContactsTable,
  SupplierProfilesTable,
} from '../../../db/types.ts';
import type { Db } from '../../../db/db.ts';
import { fetchPage, type Page } from '../../../platform/paging.ts';
import { containsPattern } from '../../../platform/search.ts';
import type { ConsultantSort, EstablishmentSort, RegistrySort } from './schemas.ts';

// ---- suppliers and their profiles ---------------------------------------------------------------

/** An organisation of kind supplier with its profile (the profile's columns null until written). */
export function findSupplier(db: Db, supplierId: string) {
  return db
    .selectFrom('organisations')
    .leftJoin('supplier_profiles', 'supplier_profiles.supplier_id', 'organisations.id')
    .select([
      'organisations.id',
      'organisations.name',
      'organisations.country',
      'organisations.identifier',
      'supplier_profiles.street',
      'supplier_profiles.postal_code',
      'supplier_profiles.city',
      'supplier_profiles.municipality_code',
      'supplier_profiles.website',
      'supplier_profiles.description',
      'supplier_profiles.version',
      'supplier_profiles.updated_at',
    ])
    .where('organisations.id', '=', supplierId)
    .where('organisations.kind', '=', 'supplier')
    .executeTakeFirst();
}

/** Locks the profile row (if any) so two saves of one profile are ordered. */
export function lockProfile(trx: Transaction<DB>, supplierId: string) {
  return trx
    .selectFrom('supplier_profiles')
    .selectAll()
    .where('supplier_id', '=', supplierId)
    .forUpdate()
    .executeTakeFirst();
}

export function insertProfile(trx: Transaction<DB>, values: Insertable<SupplierProfilesTable>) {
  return trx.insertInto('supplier_profiles').values(values).execute();
}

export function updateProfile(
  trx: Transaction<DB>,
  supplierId: string,
  values: Updateable<SupplierProfilesTable>,
) {
  return trx
    .updateTable('supplier_profiles')
    .set(values)
    .where('supplier_id', '=', supplierId)
    .execute();
}

export function findOrganisationByIdentifier(db: Db, country: 'SE' | 'DK', identifier: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'kind'])
    .where('country', '=', country)
    .where('identifier', '=', identifier)
    .executeTakeFirst();
}

export interface RegistryFilter {
  q?: string | undefined;
  country?: 'SE' | 'DK' | undefined;
  serviceKind?: ServiceKind | undefined;
}

/**
 * The registry's suppliers matching the filter, unordered. The filter by service kind counts a
 * supplier as offering a kind when it has an open establishment of that kind, or — for staffing,
 * which is delivered by people — a consultant.
 */
export function suppliersMatching(db: Db, filter: RegistryFilter) {
  let query = db
    .selectFrom('organisations as o')
    .leftJoin('supplier_profiles as p', 'p.supplier_id', 'o.id')
    .select(['o.id', 'o.name', 'o.country', 'o.identifier', 'p.city', 'p.municipality_code'])
    .select((eb) => [
      eb
        .selectFrom('establishments as e')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('e.supplier_id', '=', 'o.id')
        .where('e.closed_at', 'is', null)
        .as('establishment_count'),
      // What it offers: its open establishments' kinds, the kinds it has agreed prices for
      // (supervision and staffing have no establishment), and staffing when it has consultants.
      sql<ServiceKind[]>`(
        SELECT coalesce(array_agg(DISTINCT k ORDER BY k), '{}') FROM (
          SELECT e.service_kind AS k FROM establishments e
            WHERE e.supplier_id = o.id AND e.closed_at IS NULL
          UNION SELECT c.service_kind FROM prices pr
            JOIN service_categories c ON c.id = pr.category_id
            WHERE pr.supplier_id = o.id AND pr.status = 'agreed'
          UNION SELECT 'staffing' WHERE EXISTS (
            SELECT 1 FROM consultants s WHERE s.supplier_id = o.id AND s.removed_at IS NULL)
        ) offered
      )`.as('service_kinds'),
      eb
        .selectFrom('consultants as c')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('c.supplier_id', '=', 'o.id')
        .where('c.removed_at', 'is', null)
        .as('consultant_count'),
    ])
    .where('o.kind', '=', 'supplier');
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    query = query.where((eb) =>
      eb.or([eb('o.name', 'ilike', pattern), eb('o.identifier', 'ilike', pattern)]),
    );
  }
  if (filter.country) query = query.where('o.country', '=', filter.country);
  if (filter.serviceKind) {
    const kind = filter.serviceKind;
    query = query.where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('establishments as e')
            .select('e.id')
            .whereRef('e.supplier_id', '=', 'o.id')
            .where('e.closed_at', 'is', null)
            .where('e.service_kind', '=', kind),
        ),
        ...(kind === 'staffing'
          ? [
              eb.exists(
                eb
                  .selectFrom('consultants as c')
                  .select('c.id')
                  .whereRef('c.supplier_id', '=', 'o.id')
                  .where('c.removed_at', 'is', null),
              ),
            ]
          : []),
      ]),
    );
  }
  return query;
}

const REGISTRY_SORT_COLUMNS = {
  name: 'o.name',
  city: 'p.city',
  establishments: 'establishment_count',
} as const satisfies Record<RegistrySort, string>;

/** The registry in the list's order, every row (a download reads it through a cursor). */
export function suppliersInOrder(
  db: Db,
  filter: RegistryFilter,
  sort: Pick<Page<RegistrySort>, 'sort' | 'order'>,
) {
  return suppliersMatching(db, filter)
    .orderBy(REGISTRY_SORT_COLUMNS[sort.sort], sort.order)
    .orderBy('o.name')
    .orderBy('o.id');
}

/** One page of the registry's suppliers matching the filter. */
export function listSuppliers(db: Db, filter: RegistryFilter, page: Page<RegistrySort>) {
  return fetchPage(db, suppliersInOrder(db, filter, page), page);
}

// ---- contacts -----------------------------------------------------------------------------------

const contactColumns = [
  'id',
  'kind',
  'name',
  'purpose',
  'email',
  'phone',
  'receives_notices',
  'created_at',
] as const;

export function listContacts(db: Db, supplierId: string) {
  return db
    .selectFrom('supplier_contacts')
    .select(contactColumns)
    .where('supplier_id', '=', supplierId)
    .where('removed_at', 'is', null)
    .orderBy('kind')
    .orderBy('name')
    .execute();
}

export function findContact(trx: Transaction<DB>, supplierId: string, contactId: string) {
  return trx
    .selectFrom('supplier_contacts')
    .select(contactColumns)
    .where('supplier_id', '=', supplierId)
    .where('id', '=', contactId)
    .where('removed_at', 'is', null)
    .forUpdate()
    .executeTakeFirst();
}

export function insertContact(trx: Transaction<DB>, values: Insertable<SupplierContactsTable>) {
  return trx
    .insertInto('supplier_contacts')
    .values(values)
    .returning(contactColumns)
    .executeTakeFirstOrThrow();
}

export function updateContact(
  trx: Transaction<DB>,
  contactId: string,
  values: Updateable<SupplierContactsTable>,
) {
  return trx
    .updateTable('supplier_contacts')
    .set(values)
    .where('id', '=', contactId)
    .returning(contactColumns)
    .executeTakeFirstOrThrow();
}

// ---- establishments -----------------------------------------------------------------------------

/** The open establishments, as buyers see them on the supplier's page. */
export function listEstablishments(db: Db, supplierId: string) {
  return db
    .selectFrom('establishments')
    .selectAll()
    .where('supplier_id', '=', supplierId)
    .where('closed_at', 'is', null)
    .orderBy('name')
    .orderBy('id')
    .execute();
}

const ESTABLISHMENT_SORT_COLUMNS = {
  name: 'name',
  serviceKind: 'service_kind',
  placesFree: 'places_free',
  placesUpdated: 'places_updated_at',
} as const satisfies Record<EstablishmentSort, string>;

/** The supplier's own establishments in the list's order: the open ones first, the closed to reopen. */
export function establishmentsInOrder(
  db: Db,
  supplierId: string,
  sort: Pick<Page<EstablishmentSort>, 'sort' | 'order'>,
) {
  return db
    .selectFrom('establishments')
    .selectAll()
    .where('supplier_id', '=', supplierId)
    .orderBy(sql`closed_at IS NOT NULL`)
    .orderBy(ESTABLISHMENT_SORT_COLUMNS[sort.sort], sort.order)
    .orderBy('name')
    .orderBy('id');
}

/** One page of the supplier's own establishments. */
export function pageOfEstablishments(db: Db, supplierId: string, page: Page<EstablishmentSort>) {
  return fetchPage(db, establishmentsInOrder(db, supplierId, page), page);
}

export function findEstablishment(db: Db, supplierId: string, establishmentId: string) {
  return db
    .selectFrom('establishments')
    .selectAll()
    .where('supplier_id', '=', supplierId)
    .where('id', '=', establishmentId)
    .where('closed_at', 'is', null)
    .executeTakeFirst();
}

/** The supplier's establishment, locked; a closed one only when asked for (to reopen it). */
export function lockEstablishment(
  trx: Transaction<DB>,
  supplierId: string,
  establishmentId: string,
  withClosed = false,
) {
  let query = trx
    .selectFrom('establishments')
    .selectAll()
    .where('supplier_id', '=', supplierId)
    .where('id', '=', establishmentId);
  if (!withClosed) query = query.where('closed_at', 'is', null);
  return query.forUpdate().executeTakeFirst();
}

export function insertEstablishment(trx: Transaction<DB>, values: Insertable<EstablishmentsTable>) {
  return trx.insertInto('establishments').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateEstablishment(
  trx: Transaction<DB>,
  establishmentId: string,
  values: Updateable<EstablishmentsTable>,
) {
  return trx
    .updateTable('establishments')
    .set(values)
    .where('id', '=', establishmentId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

// ---- consultants --------------------------------------------------------------------------------

const CONSULTANT_SORT_COLUMNS = {
  name: 'name',
  availableFrom: 'available_from',
} as const satisfies Record<ConsultantSort, string>;

/** One page of the supplier's consultants. */
/** The supplier's consultants (not removed) in the list's order. */
export function consultantsInOrder(
  db: Db,
  supplierId: string,
  sort: Pick<Page<ConsultantSort>, 'sort' | 'order'>,
) {
  return db
    .selectFrom('consultants')
    .selectAll()
    .where('supplier_id', '=', supplierId)
    .where('removed_at', 'is', null)
    .orderBy(CONSULTANT_SORT_COLUMNS[sort.sort], sort.order)
    .orderBy('name')
    .orderBy('id');
}

export function listConsultants(db: Db, supplierId: string, page: Page<ConsultantSort>) {
  return fetchPage(db, consultantsInOrder(db, supplierId, page), page);
}

export function lockConsultant(trx: Transaction<DB>, supplierId: string, consultantId: string) {
  return trx
    .selectFrom('consultants')
    .selectAll()
    .where('supplier_id', '=', supplierId)
    .where('id', '=', consultantId)
    .where('removed_at', 'is', null)
    .forUpdate()
    .executeTakeFirst();
}

export function insertConsultant(trx: Transaction<DB>, values: Insertable<ConsultantsTable>) {
  return trx.insertInto('consultants').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateConsultant(
  trx: Transaction<DB>,
  consultantId: string,
  values: Updateable<ConsultantsTable>,
) {
  return trx
    .updateTable('consultants')
    .set(values)
    .where('id', '=', consultantId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** How many consultants a supplier has — all a buyer may know of them outside a call-off. */
export async function countConsultants(db: Db, supplierId: string) {
  const row = await db
    .selectFrom('consultants')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('supplier_id', '=', supplierId)
    .where('removed_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
