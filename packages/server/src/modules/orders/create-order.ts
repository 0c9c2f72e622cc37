// Making the order (avropsavtal) that ends a call-off: called by the award (after any standstill)
// and by the ranking cascade (when a supplier accepts), inside their transaction. The call-off
// becomes 'ordered' and its need 'fulfilled'; both are audited with the order.
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import { appendAudit } from '../../platform/audit.ts';
import type { Clock } from '../../platform/clock.ts';

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

export async function createOrder(
  trx: Transaction<DB>,
  clock: Clock,
  input: NewOrder,
): Promise<{ id: string; reference: string }> {
  const now = clock.now();
  const { number } = await sql<{ number: string }>`SELECT nextval('order_numbers') AS number`
    .execute(trx)
    .then((r) => r.rows[0]!);
  const reference = `A-${now.getUTCFullYear()}-${number.padStart(6, '0')}`;
  const calloff = await trx
    .selectFrom('calloffs')
    .select(['need_id', 'status', 'created_by'])
    .where('id', '=', input.calloffId)
    .where('organisation_id', '=', input.organisationId)
    .executeTakeFirstOrThrow();
  const { id } = await trx
    .insertInto('orders')
    .values({
      organisation_id: input.organisationId,
      calloff_id: input.calloffId,
      supplier_id: input.supplierId,
      consultant_id: input.consultantId,
      establishment_id: input.establishmentId,
      reference,
      unit_price_minor: input.unitPriceMinor,
      currency: input.currency,
      unit: input.unit,
      start_date: input.startDate,
      end_date: input.endDate,
      expected_volume: input.expectedVolume,
      cost_centre: input.costCentre,
      created_by: input.actorUserId ?? calloff.created_by,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .updateTable('calloffs')
    .set({ status: 'ordered', updated_at: now, version: sql`version + 1` })
    .where('id', '=', input.calloffId)
    .execute();
  await trx
    .updateTable('needs')
    .set({ status: 'fulfilled', updated_at: now, version: sql`version + 1` })
    .where('id', '=', calloff.need_id)
    .execute();
  const { actorUserId, organisationId } = input;
  await appendAudit(trx, clock, {
    organisationId,
    actorUserId,
    action: 'order.created',
    objectType: 'order',
    objectId: id,
    after: { ...input, reference },
  });
  await appendAudit(trx, clock, {
    organisationId,
    actorUserId,
    action: 'calloff.ordered',
    objectType: 'calloff',
    objectId: input.calloffId,
    before: { status: calloff.status },
    after: { status: 'ordered', orderId: id, reference },
  });
  return { id, reference };
}
