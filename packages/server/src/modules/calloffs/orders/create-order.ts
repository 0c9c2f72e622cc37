// Making the order (avropsavtal) that ends a call-off: called by the award (after any standstill)
// and by the ranking cascade (when a supplier accepts), inside their transaction. The call-off
// becomes 'ordered' and its need 'fulfilled'; both are audited with the order. Given the request's
// deps (not only its clock) it also mails the supplier a link to its new order. The offer survey
// of a referral (matching) makes its order here too: then there is no call-off, and the referral's
// own service records what happened to the referral.
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
  /** Exactly one of calloffId and referralId: where the order came from. */
  calloffId: string | null;
  referralId?: string | null;
  /** What the order is for, in the supplier's mail, when it does not come from a call-off. */
  title?: string;
  /** An offer not approved by the supervisory authority, used for an acute need. */
  notApproved?: { reason: string; until: string } | null;
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
  if ((input.calloffId === null) === (input.referralId == null))
    throw wrong('exactly one of calloffId and referralId');
}

/** Who the order is from and what it is for, for the audit and the supplier's mail. */
async function originOf(trx: Transaction<DB>, input: NewOrder) {
  if (input.calloffId !== null) {
    const calloff = await repo.calloffToOrder(trx, input.organisationId, input.calloffId);
    if (CLOSED.includes(calloff.status))
      throw new Problem('conflict', 'order.calloff_not_orderable');
    return { ...calloff, calloffId: input.calloffId };
  }
  const municipality = await repo.municipalityToOrder(trx, input.organisationId);
  if (input.actorUserId === null)
    throw new Error("createOrder: a referral's order needs its actor");
  const { actorUserId } = input;
  return { ...municipality, title: input.title ?? '', calloffId: null, created_by: actorUserId };
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
  const origin = await originOf(trx, input);
  const number = await repo.nextOrderNumber(trx);
  const reference = `A-${now.getUTCFullYear()}-${number.padStart(6, '0')}`;
  const id = await repo.insertOrder(trx, {
    organisationId: input.organisationId,
    calloffId: input.calloffId,
    referralId: input.referralId ?? null,
    notApproved: input.notApproved ?? null,
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
    createdBy: input.actorUserId ?? origin.created_by,
    at: now,
  });
  const { actorUserId, organisationId } = input;
  await appendAudit(trx, time, {
    organisationId,
    actorUserId,
    action: 'order.created',
    objectType: 'order',
    objectId: id,
    after: { ...input, reference },
  });
  if (origin.calloffId !== null) {
    await repo.markCalloffOrdered(trx, origin.calloffId, now);
    await repo.markNeedFulfilled(trx, origin.need_id, now);
    await appendAudit(trx, time, {
      organisationId,
      actorUserId,
      action: 'calloff.ordered',
      objectType: 'calloff',
      objectId: origin.calloffId,
      before: { status: origin.status },
      after: { status: 'ordered', orderId: id, reference },
    });
  }
  if (mailing)
    await mailSupplier(trx, mailing, input.supplierId, `/orders/${id}`, {
      organisationId: input.supplierId,
      country: origin.country,
      subject: 'order.email.created.subject',
      body: 'order.email.created.body',
      params: {
        reference,
        municipality: origin.name,
        title: origin.title,
        start: input.startDate,
      },
    });
  return { id, reference };
}
