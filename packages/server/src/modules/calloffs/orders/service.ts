// Orders (avropsavtal): the municipality reads and changes its orders — extends them, adjusts
// volume, price or cost centre, ends them — each change recorded with what changed and why and
// mailed to the supplier; the supplier reads the orders it received. Either side downloads the
// order document. Which side the caller is on follows from its organisation's kind.
import { localDate } from '@tildel/domain/calendar';
import type { Currency } from '@tildel/domain/money';
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/types.ts';
import type { Actor } from '../../../platform/access.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import type { Locale, MessageKey, MessageParams } from '../../../platform/i18n.ts';
import { mailSupplier } from '../../../platform/notify.ts';
import { queryRows } from '../../../platform/export.ts';
import { pageOf } from '../../../platform/paging.ts';
import { Problem } from '../../../platform/problem.ts';
import type { SearchMatch } from '../../../platform/search.ts';
import { expectedTotalMinor, normalVolume, VOLUME_PATTERN } from './amounts.ts';
import { ORDER_MESSAGES } from './messages.ts';
import { orderDocument } from './pdf.ts';
import * as repo from './repo.ts';
import { ORDER_PAGE_DEFAULTS, type AdjustmentInput, type OrderListQuery } from './schemas.ts';

type FieldError = { field: string; key: MessageKey; params?: MessageParams };

// ---- views -------------------------------------------------------------------------------------

function summaryOf(row: repo.OrderRow, side: repo.Viewer['side']) {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    calloffTitle: row.calloffTitle,
    municipality: { id: row.municipalityId, name: row.municipalityName },
    supplier: { id: row.supplierId, name: row.supplierName },
    consultantName: row.consultantName,
    establishmentName: row.establishmentName,
    // The category is left-joined: its three names (NOT NULL) come together or not at all.
    service:
      row.serviceSv && row.serviceDa !== null && row.serviceEn !== null
        ? { sv: row.serviceSv, da: row.serviceDa, en: row.serviceEn }
        : null,
    unitPriceMinor: Number(row.unitPriceMinor),
    // Orders take the currency of their call-off, one of the domain's.
    currency: row.currency as Currency,
    unit: row.unit,
    startDate: row.startDate,
    endDate: row.endDate,
    expectedVolume: normalVolume(row.expectedVolume),
    // The cost centre is the municipality's internal bookkeeping.
    costCentre: side === 'buyer' ? row.costCentre : null,
    createdAt: row.createdAt,
    version: row.version,
  };
}

/** A change is kept as text; a changed unit price goes out as an amount, in integer minor units. */
function changedValue(field: string, value: string | null): string | number | null {
  return field === 'unitPriceMinor' && value !== null ? Number(value) : value;
}

function adjustmentView(row: repo.AdjustmentRow) {
  return {
    id: row.id,
    kind: row.kind,
    changes: Object.entries(row.changes).map(([field, { before, after }]) => ({
      field,
      before: changedValue(field, before),
      after: changedValue(field, after),
    })),
    reason: row.reason,
    madeBy: { name: row.madeByName },
    madeAt: row.madeAt,
  };
}

async function viewerOf(db: Deps['db'], organisationId: string): Promise<repo.Viewer> {
  const organisation = await repo.organisationOf(db, organisationId);
  return { organisationId, side: organisation?.kind === 'supplier' ? 'supplier' : 'buyer' };
}

async function detailOf(db: Deps['db'], viewer: repo.Viewer, orderId: string) {
  const row = await repo.findOrder(db, viewer, orderId);
  if (!row) throw new Problem('not_found', 'problem.not_found.detail');
  const adjustments = await repo.adjustmentsOf(db, viewer, orderId);
  return {
    ...summaryOf(row, viewer.side),
    expectedTotalMinor: expectedTotalMinor(row.unitPriceMinor, row.expectedVolume, row.currency),
    calloffId: viewer.side === 'buyer' ? row.calloffId : null,
    referralId: viewer.side === 'buyer' ? row.referralId : null,
    notApprovedUntil: row.notApprovedUntil,
    updatedAt: row.updatedAt,
    adjustments: adjustments.map(adjustmentView),
  };
}

// ---- reading -----------------------------------------------------------------------------------

export async function listOrders(deps: Deps, organisationId: string, query: OrderListQuery) {
  const viewer = await viewerOf(deps.db, organisationId);
  const { limit, offset, sort, order, ...filter } = query;
  const { items, ...paging } = await repo.listOrders(
    deps.db,
    viewer,
    filter,
    pageOf({ limit, offset, sort, order }, ORDER_PAGE_DEFAULTS),
  );
  return { ...paging, items: items.map((row) => summaryOf(row, viewer.side)) };
}

/** Every order of the list with its filter, in its order: a download's rows. */
export async function* orderRows(
  deps: Deps,
  organisationId: string,
  query: Omit<OrderListQuery, 'limit' | 'offset'>,
) {
  const viewer = await viewerOf(deps.db, organisationId);
  const { sort: _sort, order: _order, ...filter } = query;
  const sort = pageOf(query, ORDER_PAGE_DEFAULTS);
  yield* queryRows(deps.db, repo.ordersInOrder(deps.db, viewer, filter, sort), (row) =>
    summaryOf(row, viewer.side),
  );
}

/** The organisation's orders (the municipality's, or those a supplier received) by reference. */
export async function searchOrders(
  deps: Deps,
  organisationId: string,
  q: string,
  limit: number,
): Promise<SearchMatch[]> {
  const viewer = await viewerOf(deps.db, organisationId);
  const rows = await repo.searchOrders(deps.db, viewer, q, limit);
  return rows.map((o) => ({
    id: o.id,
    title: o.calloffTitle,
    reference: o.reference,
    // The other party: the supplier for the municipality, the municipality for the supplier.
    context: viewer.side === 'buyer' ? o.supplierName : o.municipalityName,
  }));
}

export async function readOrder(deps: Deps, organisationId: string, orderId: string) {
  return detailOf(deps.db, await viewerOf(deps.db, organisationId), orderId);
}

/** The order document in the reader's language, with a file name in it too. */
export async function orderPdf(
  deps: Deps,
  organisationId: string,
  orderId: string,
  locale: Locale,
) {
  const viewer = await viewerOf(deps.db, organisationId);
  const row = await repo.findOrder(deps.db, viewer, orderId);
  if (!row) throw new Problem('not_found', 'problem.not_found.detail');
  const adjustments = await repo.adjustmentsOf(deps.db, viewer, orderId);
  const content = await orderDocument(row, adjustments, viewer.side, locale, deps.clock.now());
  const fileName = `${ORDER_MESSAGES['order.pdf.file'][locale]}-${row.reference}.pdf`;
  return { content, fileName };
}

// ---- changing ----------------------------------------------------------------------------------

/** What a change of the given kind does to the order, or the field problems that refuse it. */
function changesOf(
  order: repo.LockedOrder,
  input: Omit<AdjustmentInput, 'version'>,
  today: string,
): { changes: repo.Changes; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const changes: repo.Changes = {};
  const notFor = (field: keyof Omit<AdjustmentInput, 'version'>) => {
    if (input[field] !== undefined) errors.push({ field, key: 'order.problem.not_for_kind' });
  };
  const change = (field: string, before: string | null, after: string | null | undefined) => {
    if (after !== undefined && after !== before) changes[field] = { before, after };
  };
  let volume: string | undefined;
  if (input.expectedVolume !== undefined) {
    if (VOLUME_PATTERN.test(String(input.expectedVolume)))
      volume = normalVolume(input.expectedVolume);
    else errors.push({ field: 'expectedVolume', key: 'order.problem.volume_decimals' });
  }
  const currentVolume = normalVolume(order.expectedVolume);
  const currentPrice = String(order.unitPriceMinor);

  if (input.kind === 'extension') {
    notFor('unitPriceMinor');
    notFor('costCentre');
    if (input.endDate === undefined)
      errors.push({ field: 'endDate', key: 'order.problem.end_required' });
    else if (order.endDate === null)
      errors.push({ field: 'endDate', key: 'order.problem.open_ended' });
    else if (input.endDate <= order.endDate)
      errors.push({
        field: 'endDate',
        key: 'order.problem.not_later',
        params: { end: order.endDate },
      });
    change('endDate', order.endDate, input.endDate);
    change('expectedVolume', currentVolume, volume);
  } else if (input.kind === 'adjustment') {
    notFor('endDate');
    change('expectedVolume', currentVolume, volume);
    change(
      'unitPriceMinor',
      currentPrice,
      input.unitPriceMinor === undefined ? undefined : String(input.unitPriceMinor),
    );
    const costCentre =
      input.costCentre === undefined ? undefined : input.costCentre?.trim() || null;
    change('costCentre', order.costCentre, costCentre);
    if (errors.length === 0 && Object.keys(changes).length === 0)
      errors.push({ field: 'expectedVolume', key: 'order.problem.nothing_changed' });
  } else {
    notFor('expectedVolume');
    notFor('unitPriceMinor');
    notFor('costCentre');
    const end = input.endDate ?? today;
    if (end > today)
      errors.push({ field: 'endDate', key: 'order.problem.in_future', params: { today } });
    else if (end < order.startDate)
      errors.push({
        field: 'endDate',
        key: 'order.problem.before_start',
        params: { start: order.startDate },
      });
    else if (order.endDate !== null && end > order.endDate)
      errors.push({
        field: 'endDate',
        key: 'order.problem.after_current_end',
        params: { end: order.endDate },
      });
    change('endDate', order.endDate, end);
    change('status', order.status, 'ended');
  }
  return { changes, errors };
}

const FIELDS_OF_ROW: Record<string, keyof repo.OrderChange> = {
  endDate: 'endDate',
  expectedVolume: 'expectedVolume',
  unitPriceMinor: 'unitPriceMinor',
  costCentre: 'costCentre',
  status: 'status',
};

export async function adjustOrder(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  orderId: string,
  input: AdjustmentInput,
) {
  await deps.db.transaction().execute(async (trx) => {
    await adjustLockedOrder(trx, deps, actor, organisationId, orderId, (order) => {
      if (order.version !== input.version) throw new Problem('conflict', 'order.version_conflict');
      return input;
    });
  });
  return detailOf(deps.db, { organisationId, side: 'buyer' }, orderId);
}

/** What a change needs to know of the order it changes. */
export type OrderToChange = Pick<
  repo.LockedOrder,
  'version' | 'endDate' | 'expectedVolume' | 'unitPriceMinor' | 'startDate' | 'supplierId'
>;

/**
 * Changes the municipality's order in the caller's transaction: locks it, asks `inputOf` for the
 * change (a referral's extension computes it from the order), records it with its history, audits
 * it and mails the supplier. The adjustments route and the offer survey's choice both use it.
 */
export async function adjustLockedOrder(
  trx: Transaction<DB>,
  deps: Deps,
  actor: Actor,
  organisationId: string,
  orderId: string,
  inputOf: (order: OrderToChange) => Omit<AdjustmentInput, 'version'>,
) {
  const order = await repo.lockOrder(trx, organisationId, orderId);
  if (!order) throw new Problem('not_found', 'problem.not_found.detail');
  const input = inputOf(order);
  if (order.status === 'ended') throw new Problem('conflict', 'order.ended');
  const municipality = await repo.organisationOf(trx, organisationId);
  const country = municipality?.country ?? 'SE';
  const now = deps.clock.now();
  const { changes, errors } = changesOf(order, input, localDate(now, country));
  if (errors.length > 0) throw new Problem('validation', 'order.invalid', { fields: errors });

  const update: repo.OrderChange = {};
  for (const [field, { after }] of Object.entries(changes)) {
    const column = FIELDS_OF_ROW[field];
    if (column) Object.assign(update, { [column]: after });
  }
  await repo.updateOrder(trx, now, orderId, update);
  const reason = input.reason.trim();
  const adjustmentId = await repo.insertAdjustment(trx, {
    orderId,
    organisationId,
    kind: input.kind,
    changes,
    reason,
    madeBy: actor.userId,
    madeAt: now,
  });
  await appendAudit(trx, deps.clock, {
    organisationId,
    actorUserId: actor.userId,
    action: `order.${input.kind}`,
    objectType: 'order',
    objectId: orderId,
    before: { version: order.version },
    after: { adjustmentId, changes, reason, version: order.version + 1 },
  });
  await mailSupplier(trx, deps, order.supplierId, `/orders/${orderId}`, {
    organisationId: order.supplierId,
    country,
    subject: 'order.email.adjusted.subject',
    body: 'order.email.adjusted.body',
    params: {
      reference: order.reference,
      municipality: municipality?.name ?? '',
      reason,
    },
    localized: { kind: ORDER_MESSAGES[`order.kind.${input.kind}`] },
  });
  return { adjustmentId, reference: order.reference, changes };
}
