// Making the order (avropsavtal) that ends a call-off: called by the award (after any standstill)
// and by the ranking cascade (when a supplier accepts), inside their transaction. The call-off
// becomes 'ordered' and its need 'fulfilled'; both are audited with the order. Given the request's
// deps (not only its clock) it also mails the supplier a link to its new order.
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Clock } from '../../../platform/clock.ts';
import { mailSupplier, type MailDeps } from '../../../platform/notify.ts';
import { Problem } from '../../../platform/problem.ts';
import { VOLUME_PATTERN } from './amounts.ts';
import * as repo from './repo.ts';
import { MAX_UNIT_PRICE_MINOR, MAX_VOLUME } from '@tildel/domain/money';

export interface NewOrder {
  /** The ordering municipality (owner of the call-off). */
  organisationId: string;
  calloffId: string;
  supplierId: string;
  /** Staffing: the named consultant of the bid. */
  consultantId: string | null;
  /** Placement: the establishment of the bid or of the lot's supplier. */
  establishmentId: string | null;
  unitPriceMinor: number;
  currency: string;
  unit: string;
  startDate: string;
  endDate: string | null;
  expectedVolume: number;
  costCentre: string | null;
  actorUserId: string | null;
  /** How the order came about, for the audit record: { via: 'award', bidId } or { via: 'ranking', rank }. */
  source: Record<string, unknown>;
}

/** A call-off in one of these states has its order already, or none will follow. */
const CLOSED = ['ordered', 'cancelled', 'unfulfilled'];

/** The inputs come from a bid or an agreed price; a wrong one is a bug of the caller. */
function checkInput(input: NewOrder) {
  const wrong = (what: string) => new Error(`createOrder: ${what}`);
  if (!Number.isSafeInteger(input.unitPriceMinor) || input.unitPriceMinor < 0)
    throw wrong('unitPriceMinor must be a non-negative integer of minor units');
  if (input.unitPriceMinor > MAX_UNIT_PRICE_MINOR) throw wrong('unitPriceMinor is too large');
  if (!VOLUME_PATTERN.test(String(input.expectedVolume)) || input.expectedVolume > MAX_VOLUME)
    throw wrong('expectedVolume must be 0–100000 with at most two decimals');
  if (input.endDate !== null && input.endDate < input.startDate)
    throw wrong('endDate is before startDate');
}

export async function createOrder(
  trx: Transaction<DB>,
  clock: Clock | MailDeps,
  input: NewOrder,
): Promise<{ id: string; reference: string }> {
  checkInput(input);
  const mailing = 'config' in clock ? clock : null;
  const time: Clock = mailing ? mailing.clock : (clock as Clock);
  const now = time.now();
  const calloff = await repo.calloffToOrder(trx, input.organisationId, input.calloffId);
  if (CLOSED.includes(calloff.status)) throw new Problem('conflict', 'order.calloff_not_orderable');
  const number = await repo.nextOrderNumber(trx);
  const reference = `A-${now.getUTCFullYear()}-${number.padStart(6, '0')}`;
  const id = await repo.insertOrder(trx, {
    organisationId: input.organisationId,
    calloffId: input.calloffId,
    supplierId: input.supplierId,
    consultantId: input.consultantId,
    establishmentId: input.establishmentId,
    reference,
    unitPriceMinor: input.unitPriceMinor,
    currency: input.currency,
    unit: input.unit,
    startDate: input.startDate,
    endDate: input.endDate,
    expectedVolume: input.expectedVolume,
    costCentre: input.costCentre,
    createdBy: input.actorUserId ?? calloff.created_by,
    at: now,
  });
  await repo.markCalloffOrdered(trx, input.calloffId, now);
  await repo.markNeedFulfilled(trx, calloff.need_id, now);
  const { actorUserId, organisationId } = input;
  await appendAudit(trx, time, {
    organisationId,
    actorUserId,
    action: 'order.created',
    objectType: 'order',
    objectId: id,
    after: { ...input, reference },
  });
  await appendAudit(trx, time, {
    organisationId,
    actorUserId,
    action: 'calloff.ordered',
    objectType: 'calloff',
    objectId: input.calloffId,
    before: { status: calloff.status },
    after: { status: 'ordered', orderId: id, reference },
  });
  if (mailing)
    await mailSupplier(trx, mailing, input.supplierId, `/orders/${id}`, {
      organisationId: input.supplierId,
      country: calloff.country,
      subject: 'order.email.created.subject',
      body: 'order.email.created.body',
      params: {
        reference,
        municipality: calloff.name,
        title: calloff.title,
        start: input.startDate,
      },
    });
  return { id, reference };
}
