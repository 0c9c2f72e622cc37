// Queries of the staff-list area: requests for a staff list, the lists submitted, and the
// agreement facts a list is checked against (its requirements and the supplier's lots).
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../../db/types.ts';
import type { Db } from '../../../db/db.ts';
import {
  establishmentLabel,
  fetchChoices,
  whereNameHas,
  type ChoiceSearch,
} from '../../../platform/choices.ts';
import { fetchPage, inOrderOf, type Page } from '../../../platform/paging.ts';
import { STAFF_LIST_STATUSES, type StaffListSort, type StaffListStatus } from './schemas.ts';

/** A request with the names a reader needs beside it; who may see it is the caller's filter. */
function requests(db: Db) {
  return db
    .selectFrom('staff_list_requests as r')
    .innerJoin('establishments as e', 'e.id', 'r.establishment_id')
    .innerJoin('organisations as s', 's.id', 'r.supplier_id')
    .innerJoin('organisations as b', 'b.id', 'r.organisation_id')
    .innerJoin('framework_agreements as a', 'a.id', 'r.agreement_id')
    .select([
      'r.id',
      'r.organisation_id as organisationId',
      'b.name as bodyName',
      'r.agreement_id as agreementId',
      'a.reference as agreementReference',
      'a.title as agreementTitle',
      'a.country',
      'r.supplier_id as supplierId',
      's.name as supplierName',
      'r.establishment_id as establishmentId',
      'e.name as establishmentName',
      'r.period_from as periodFrom',
      'r.period_to as periodTo',
      'r.placed_residents as placedResidents',
      'r.deadline',
      'r.message',
      'r.status',
      'r.requested_at as requestedAt',
      'r.version',
    ]);
}

export type RequestRow = NonNullable<Awaited<ReturnType<typeof findRequest>>>;

export function findRequest(db: Db, id: string) {
  return requests(db).where('r.id', '=', id).executeTakeFirst();
}

/** The column a sort orders by; the other party is the supplier for the body, else the body. */
function sortColumn(sort: StaffListSort, bodySide: boolean) {
  if (sort === 'counterpart') return bodySide ? 's.name' : 'b.name';
  return (
    {
      deadline: 'r.deadline',
      establishment: 'e.name',
      period: 'r.period_from',
      status: inOrderOf('r.status', STAFF_LIST_STATUSES),
    } as const
  )[sort];
}

/** The requests of a body, or of those sent to a supplier, in the list's order, every row. */
export function requestsInOrder(
  db: Db,
  owner: { organisationId: string } | { supplierId: string },
  status: StaffListStatus | undefined,
  sort: Pick<Page<StaffListSort>, 'sort' | 'order'>,
) {
  let query = requests(db);
  const bodySide = 'organisationId' in owner;
  query = bodySide
    ? query.where('r.organisation_id', '=', owner.organisationId)
    : query.where('r.supplier_id', '=', owner.supplierId);
  if (status) query = query.where('r.status', '=', status);
  return query
    .orderBy(sortColumn(sort.sort, bodySide), sort.order)
    .orderBy('r.deadline', 'desc')
    .orderBy('r.id');
}

/** One page of the requests of a body, or of those sent to a supplier. */
export function requestsOf(
  db: Db,
  owner: { organisationId: string } | { supplierId: string },
  status: StaffListStatus | undefined,
  page: Page<StaffListSort>,
) {
  return fetchPage(db, requestsInOrder(db, owner, status, page), page);
}

export function insertRequest(
  trx: Transaction<DB>,
  values: {
    organisationId: string;
    agreementId: string;
    supplierId: string;
    establishmentId: string;
    periodFrom: string;
    periodTo: string;
    placedResidents: number;
    deadline: Date;
    message: string;
    requestedBy: string;
    at: Date;
  },
) {
  return trx
    .insertInto('staff_list_requests')
    .values({
      organisation_id: values.organisationId,
      agreement_id: values.agreementId,
      supplier_id: values.supplierId,
      establishment_id: values.establishmentId,
      period_from: values.periodFrom,
      period_to: values.periodTo,
      placed_residents: values.placedResidents,
      deadline: values.deadline,
      message: values.message,
      requested_by: values.requestedBy,
      requested_at: values.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function markSubmitted(trx: Transaction<DB>, id: string) {
  return trx
    .updateTable('staff_list_requests')
    .set({ status: 'submitted', version: sql`version + 1` })
    .where('id', '=', id)
    .execute();
}

export function insertSubmission(
  trx: Transaction<DB>,
  values: {
    requestId: string;
    organisationId: string;
    supplierId: string;
    source: 'form' | 'csv' | 'xlsx';
    fileName: string | null;
    rows: unknown;
    shifts: unknown;
    submittedBy: string;
    at: Date;
  },
) {
  return trx
    .insertInto('staff_list_submissions')
    .values({
      request_id: values.requestId,
      organisation_id: values.organisationId,
      supplier_id: values.supplierId,
      source: values.source,
      file_name: values.fileName,
      rows: JSON.stringify(values.rows),
      shifts: JSON.stringify(values.shifts),
      submitted_by: values.submittedBy,
      submitted_at: values.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Every submission of the requests, newest first, with who sent it. */
export function submissionsOf(db: Db, requestIds: readonly string[]) {
  if (requestIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('staff_list_submissions as s')
    .innerJoin('users as u', 'u.id', 's.submitted_by')
    .select([
      's.id',
      's.request_id as requestId',
      's.source',
      's.file_name as fileName',
      's.rows',
      's.shifts',
      's.submitted_at as submittedAt',
      'u.name as submittedByName',
    ])
    .where('s.request_id', 'in', requestIds)
    .orderBy('s.submitted_at', 'desc')
    .orderBy('s.id', 'desc')
    .execute();
}

/** The agreement's requirements: those of the whole agreement and of the given lots. */
export function requirementsFor(db: Db, agreementId: string, lotIds: readonly string[]) {
  return db
    .selectFrom('agreement_requirements')
    .select(['id', 'lot_id as lotId', 'kind', 'parameters', 'description'])
    .where('agreement_id', '=', agreementId)
    .where((eb) =>
      lotIds.length === 0
        ? eb('lot_id', 'is', null)
        : eb.or([eb('lot_id', 'is', null), eb('lot_id', 'in', lotIds)]),
    )
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The lots of the agreement the supplier is on (hidden ones too: those are followed up most). */
export async function lotsOfSupplier(db: Db, agreementId: string, supplierId: string) {
  const rows = await db
    .selectFrom('lot_suppliers')
    .select('lot_id')
    .where('agreement_id', '=', agreementId)
    .where('supplier_id', '=', supplierId)
    .where('status', '<>', 'terminated')
    .execute();
  return rows.map((r) => r.lot_id);
}

export function findAgreement(db: Db, organisationId: string, agreementId: string) {
  return db
    .selectFrom('framework_agreements')
    .select(['id', 'country', 'reference', 'title'])
    .where('id', '=', agreementId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

export function findEstablishment(db: Db, establishmentId: string) {
  return db
    .selectFrom('establishments')
    .select(['id', 'name', 'supplier_id as supplierId'])
    .where('id', '=', establishmentId)
    .executeTakeFirst();
}

/** The body's agreements a staff list can be asked under (in force or ended). */
export function agreementChoices(db: Db, organisationId: string) {
  return db
    .selectFrom('framework_agreements as a')
    .select(['a.id', 'a.reference', 'a.title'])
    .where('a.organisation_id', '=', organisationId)
    .where('a.status', 'in', ['active', 'expired'])
    .orderBy('a.reference')
    .execute();
}

/**
 * The establishments of the suppliers on one of the body's agreements whose name holds the typed
 * text: the first in name order, and how many match in all.
 */
export function establishmentChoices(
  db: Db,
  organisationId: string,
  agreementId: string,
  search: ChoiceSearch,
) {
  const query = db
    .selectFrom('establishments as e')
    .innerJoin('organisations as s', 's.id', 'e.supplier_id')
    .select([
      'e.id as establishmentId',
      'e.name as establishmentName',
      's.id as supplierId',
      's.name as supplierName',
    ])
    .where('e.supplier_id', 'in', (eb) =>
      eb
        .selectFrom('lot_suppliers as ls')
        .innerJoin('framework_agreements as a', 'a.id', 'ls.agreement_id')
        .select('ls.supplier_id')
        .where('a.id', '=', agreementId)
        .where('a.organisation_id', '=', organisationId)
        .where('a.status', 'in', ['active', 'expired'])
        .where('ls.status', '<>', 'terminated'),
    )
    .orderBy('e.name')
    .orderBy('e.id');
  return fetchChoices(
    db,
    whereNameHas(query, establishmentLabel('e.name', 's.name'), search),
    search,
  );
}
