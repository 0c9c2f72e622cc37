// The only SQL of the orders area. An order is seen by two organisations: the municipality that
// ordered (orders.organisation_id) and the supplier that received it (orders.supplier_id); every
// read names one of them, so nobody else learns that the order exists. An order comes from a
// call-off or from a referral's offer survey (matching), so both are left-joined.
import { sql, type Transaction } from 'kysely';
import type { DB, OrderStatus } from '../../../db/types.ts';
import type { Db } from '../../../db/db.ts';
import { fetchPage, type Page } from '../../../platform/paging.ts';
import { containsPattern } from '../../../platform/search.ts';
import type { OrderFilter, OrderSort } from './schemas.ts';

/** Whose orders: the municipality's own, or those a supplier received. */
export interface Viewer {
  organisationId: string;
  side: 'buyer' | 'supplier';
}

const viewerColumn = (viewer: Viewer) =>
  viewer.side === 'buyer' ? ('o.organisation_id' as const) : ('o.supplier_id' as const);

export function organisationOf(db: Db, organisationId: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'kind', 'name', 'country'])
    .where('id', '=', organisationId)
    .executeTakeFirst();
}

/** An order's service: its DPS call-off's category, or its lot's. */
const categoryOf = sql<string>`coalesce(co.category_id, l.category_id)`;

/**
 * The viewer's orders with the call-off and lot that the filters and the category read. Each
 * order has at most one of each (keys), so this is the list's rows for its total too: the other
 * joins add columns only (their foreign keys are NOT NULL or they are left joins by key).
 */
function ordersSeenBy(db: Db, viewer: Viewer) {
  return db
    .selectFrom('orders as o')
    .leftJoin('calloffs as co', 'co.id', 'o.calloff_id')
    .leftJoin('agreement_lots as l', 'l.id', 'co.lot_id')
    .where(viewerColumn(viewer), '=', viewer.organisationId);
}

type SeenOrders = ReturnType<typeof ordersSeenBy>;

function withColumns(query: SeenOrders) {
  return query
    .leftJoin('referrals as r', 'r.id', 'o.referral_id')
    .innerJoin('organisations as m', 'm.id', 'o.organisation_id')
    .innerJoin('organisations as s', 's.id', 'o.supplier_id')
    .leftJoin('consultants as cn', 'cn.id', 'o.consultant_id')
    .leftJoin('establishments as e', 'e.id', 'o.establishment_id')
    .leftJoin('service_categories as c', (join) => join.on((eb) => eb('c.id', '=', categoryOf)))
    .select([
      'o.id',
      'o.reference',
      'o.status',
      'o.calloff_id as calloffId',
      // A referral's order is titled by the referral's purpose (never its case reference).
      sql<string>`coalesce(co.title, r.purpose)`.as('calloffTitle'),
      'o.referral_id as referralId',
      'o.not_approved_until as notApprovedUntil',
      'o.organisation_id as municipalityId',
      'm.name as municipalityName',
      'm.country as municipalityCountry',
      'o.supplier_id as supplierId',
      's.name as supplierName',
      'o.consultant_id as consultantId',
      'cn.name as consultantName',
      'o.establishment_id as establishmentId',
      'e.name as establishmentName',
      'c.name_sv as serviceSv',
      'c.name_da as serviceDa',
      'c.name_en as serviceEn',
      'o.unit_price_minor as unitPriceMinor',
      'o.currency',
      'o.unit',
      'o.start_date as startDate',
      'o.end_date as endDate',
      'o.expected_volume as expectedVolume',
      'o.cost_centre as costCentre',
      'o.created_at as createdAt',
      'o.updated_at as updatedAt',
      'o.version',
    ]);
}

export type OrderRow = NonNullable<Awaited<ReturnType<typeof findOrder>>>;

/** The columns the list sorts by; the other party is the supplier or the municipality. */
function sortColumn(viewer: Viewer, sort: OrderSort) {
  if (sort === 'counterpart') return viewer.side === 'buyer' ? 's.name' : 'm.name';
  return (
    {
      created: 'o.created_at',
      reference: 'o.reference',
      start: 'o.start_date',
      status: 'o.status',
    } as const
  )[sort];
}

function ordersOf(db: Db, viewer: Viewer) {
  return withColumns(ordersSeenBy(db, viewer));
}

function filtered(query: SeenOrders, filter: OrderFilter) {
  let q = query;
  if (filter.status) q = q.where('o.status', '=', filter.status);
  if (filter.supplierId) q = q.where('o.supplier_id', '=', filter.supplierId);
  if (filter.municipalityId) q = q.where('o.organisation_id', '=', filter.municipalityId);
  if (filter.serviceId) q = q.where(categoryOf, '=', filter.serviceId);
  if (filter.agreementId) q = q.where('co.agreement_id', '=', filter.agreementId);
  if (filter.dpsId) q = q.where('co.dps_id', '=', filter.dpsId);
  if (filter.procedure) q = q.where('co.procedure', '=', filter.procedure);
  if (filter.currency) q = q.where('o.currency', '=', filter.currency);
  if (filter.startFrom) q = q.where('o.start_date', '>=', filter.startFrom);
  if (filter.startTo) q = q.where('o.start_date', '<=', filter.startTo);
  return q;
}

/** The viewer's orders in the list's order, every row (a download reads it through a cursor). */
export function ordersInOrder(
  db: Db,
  viewer: Viewer,
  filter: OrderFilter,
  sort: Pick<Page<OrderSort>, 'sort' | 'order'>,
) {
  return withColumns(filtered(ordersSeenBy(db, viewer), filter))
    .orderBy(sortColumn(viewer, sort.sort), sort.order)
    .orderBy('o.created_at', 'desc')
    .orderBy('o.id', 'desc');
}

/**
 * One page of the viewer's orders. The total counts the filtered orders without the joins that
 * only add columns: counting them joined read every order's call-off and lot (~50 ms for a
 * municipality's 2 500, in a parallel worker).
 */
export function listOrders(db: Db, viewer: Viewer, filter: OrderFilter, page: Page<OrderSort>) {
  return fetchPage(
    db,
    ordersInOrder(db, viewer, filter, page),
    page,
    filtered(ordersSeenBy(db, viewer), filter).select('o.id'),
  );
}

/** The viewer's orders whose reference or call-off title holds the text, newest first. */
export function searchOrders(db: Db, viewer: Viewer, q: string, limit: number) {
  const pattern = containsPattern(q);
  return ordersOf(db, viewer)
    .where((eb) =>
      eb.or([
        eb('o.reference', 'ilike', pattern),
        viewer.side === 'buyer'
          ? // A municipality orders from its own call-offs only (calloffToOrder): those with the
            // title are found first, from its call-offs together on a few pages, where matching
            // each order's call-off read a scattered call-off per order (~2 500, ~20 ms).
            eb(
              'o.calloff_id',
              'in',
              eb
                .selectFrom('calloffs as own')
                .select('own.id')
                .where('own.organisation_id', '=', viewer.organisationId)
                .where('own.title', 'ilike', pattern),
            )
          : eb('co.title', 'ilike', pattern),
        eb('r.purpose', 'ilike', pattern),
      ]),
    )
    .orderBy('o.created_at', 'desc')
    .orderBy('o.id', 'desc')
    .limit(limit)
    .execute();
}

export function findOrder(db: Db, viewer: Viewer, orderId: string) {
  return ordersOf(db, viewer).where('o.id', '=', orderId).executeTakeFirst();
}

export type Changes = Record<string, { before: string | null; after: string | null }>;

/** The changes made to an order, oldest first; a supplier does not see the cost centre's. */
export async function adjustmentsOf(db: Db, viewer: Viewer, orderId: string) {
  const rows = await db
    .selectFrom('order_adjustments as a')
    .innerJoin('users as u', 'u.id', 'a.made_by')
    .select([
      'a.id',
      'a.kind',
      'a.changes',
      'a.reason',
      'a.made_at as madeAt',
      'u.id as madeById',
      'u.name as madeByName',
    ])
    .where('a.order_id', '=', orderId)
    .orderBy('a.made_at')
    .orderBy('a.id')
    .execute();
  return rows.map((row) => {
    const changes = { ...(row.changes as Changes) };
    if (viewer.side === 'supplier') delete changes.costCentre;
    return { ...row, changes };
  });
}

export type AdjustmentRow = Awaited<ReturnType<typeof adjustmentsOf>>[number];

/** The municipality's order locked for a change, or undefined when it is not theirs. */
export function lockOrder(trx: Transaction<DB>, organisationId: string, orderId: string) {
  return trx
    .selectFrom('orders')
    .select([
      'id',
      'reference',
      'status',
      'supplier_id as supplierId',
      'start_date as startDate',
      'end_date as endDate',
      'expected_volume as expectedVolume',
      'unit_price_minor as unitPriceMinor',
      'cost_centre as costCentre',
      'version',
    ])
    .where('id', '=', orderId)
    .where('organisation_id', '=', organisationId)
    .forUpdate()
    .executeTakeFirst();
}

export type LockedOrder = NonNullable<Awaited<ReturnType<typeof lockOrder>>>;

export interface OrderChange {
  endDate?: string | null;
  expectedVolume?: string;
  unitPriceMinor?: string;
  costCentre?: string | null;
  status?: OrderStatus;
}

export async function updateOrder(
  trx: Transaction<DB>,
  now: Date,
  orderId: string,
  change: OrderChange,
) {
  await trx
    .updateTable('orders')
    .set({
      ...(change.endDate !== undefined ? { end_date: change.endDate } : {}),
      ...(change.expectedVolume !== undefined ? { expected_volume: change.expectedVolume } : {}),
      ...(change.unitPriceMinor !== undefined ? { unit_price_minor: change.unitPriceMinor } : {}),
      ...(change.costCentre !== undefined ? { cost_centre: change.costCentre } : {}),
      ...(change.status !== undefined ? { status: change.status } : {}),
      updated_at: now,
      version: sql`version + 1`,
    })
    .where('id', '=', orderId)
    .execute();
}

export async function insertAdjustment(
  trx: Transaction<DB>,
  values: {
    orderId: string;
    organisationId: string;
    kind: 'extension' | 'adjustment' | 'ended';
    changes: Record<string, { before: unknown; after: unknown }>;
    reason: string;
    madeBy: string;
    madeAt: Date;
  },
) {
  const row = await trx
    .insertInto('order_adjustments')
    .values({
      order_id: values.orderId,
      organisation_id: values.organisationId,
      kind: values.kind,
      changes: JSON.stringify(values.changes),
      reason: values.reason,
      made_by: values.madeBy,
      made_at: values.madeAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

// ---- making the order (create-order.ts) -----------------------------------------------------------

/** What making the order needs of the municipality's call-off; throws when it is not theirs. */
export function calloffToOrder(trx: Transaction<DB>, organisationId: string, calloffId: string) {
  return trx
    .selectFrom('calloffs as co')
    .innerJoin('organisations as m', 'm.id', 'co.organisation_id')
    .select(['co.need_id', 'co.status', 'co.created_by', 'co.title', 'm.name', 'm.country'])
    .where('co.id', '=', calloffId)
    .where('co.organisation_id', '=', organisationId)
    .executeTakeFirstOrThrow();
}

/** What making an order from a referral needs of the municipality (it has no call-off). */
export function municipalityToOrder(trx: Transaction<DB>, organisationId: string) {
  return trx
    .selectFrom('organisations as m')
    .select(['m.name', 'm.country'])
    .where('m.id', '=', organisationId)
    .executeTakeFirstOrThrow();
}

/** The next number of the order sequence (digits, not yet padded). */
export async function nextOrderNumber(trx: Transaction<DB>) {
  const { number } = await sql<{ number: string }>`SELECT nextval('order_numbers') AS number`
    .execute(trx)
    .then((r) => r.rows[0]!);
  return number;
}

export interface NewOrderRow {
  organisationId: string;
  calloffId: string | null;
  referralId: string | null;
  notApproved: { reason: string; until: string } | null;
  supplierId: string;
  consultantId: string | null;
  establishmentId: string | null;
  reference: string;
  unitPriceMinor: number;
  currency: string;
  unit: string;
  startDate: string;
  endDate: string | null;
  expectedVolume: number;
  costCentre: string | null;
  createdBy: string;
  at: Date;
}

/** Stores the new order; its id. */
export async function insertOrder(trx: Transaction<DB>, values: NewOrderRow) {
  const { id } = await trx
    .insertInto('orders')
    .values({
      organisation_id: values.organisationId,
      calloff_id: values.calloffId,
      referral_id: values.referralId,
      not_approved_reason: values.notApproved?.reason ?? null,
      not_approved_until: values.notApproved?.until ?? null,
      supplier_id: values.supplierId,
      consultant_id: values.consultantId,
      establishment_id: values.establishmentId,
      reference: values.reference,
      unit_price_minor: values.unitPriceMinor,
      currency: values.currency,
      unit: values.unit,
      start_date: values.startDate,
      end_date: values.endDate,
      expected_volume: values.expectedVolume,
      cost_centre: values.costCentre,
      created_by: values.createdBy,
      created_at: values.at,
      updated_at: values.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The call-off has its order. */
export async function markCalloffOrdered(trx: Transaction<DB>, calloffId: string, at: Date) {
  await trx
    .updateTable('calloffs')
    .set({ status: 'ordered', updated_at: at, version: sql`version + 1` })
    .where('id', '=', calloffId)
    .execute();
}

/** The call-off's need is met by its order. */
export async function markNeedFulfilled(trx: Transaction<DB>, needId: string, at: Date) {
  await trx
    .updateTable('needs')
    .set({ status: 'fulfilled', updated_at: at, version: sql`version + 1` })
    .where('id', '=', needId)
    .execute();
}
