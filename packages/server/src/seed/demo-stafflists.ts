// Demo data of follow-up: staff lists. The joint body's quality officer has asked Lindgårdens HVB
// AB (supplier:0, on the HVB agreement's first lot) for three lists of its first establishment: two
// months ago (a list that meets every requirement), last month (a list short of staff and with
// sleeping night staff only), and this month (open, for the supplier to answer). The lists are
// read by the domain's parser from tables, as an upload is. See demo-market.ts for the order.
import { addMonths } from '@tildel/domain/agreement-period';
import { addCalendarDays, localDate } from '@tildel/domain/calendar';
import {
  STAFF_LIST_HEADINGS,
  STAFF_LIST_COLUMNS,
  parseStaffList,
} from '@tildel/domain/staff-list/index';
import { demoId, type DemoContext } from './demo-context.ts';

const OFFICER = 'user:kvalitet@sydupphandling.demo.tildel.se';
const SUPPLIER_USER = 'user:leverantor@lindgarden.demo.tildel.se';
const PLACED_RESIDENTS = 5;

/** Six full-time staff for five residents (1.20 each), 4 of 6 educated, one awake night. */
const PASSING: string[][] = [
  ['Anna Lind', 'föreståndare', 'socionom', '6', '100', '8,5', '0', '0', 'nej'],
  ['Björn Ek', 'behandlingsassistent', 'behandlingspedagog', '', '100', '4', '3,5', '0', ''],
  ['Cecilia Holm', 'behandlingsassistent', 'socionom', '', '100', '4', '3,5', '0', ''],
  ['David Sjö', 'behandlingsassistent', 'undersköterska', '', '100', '0', '7', '0', ''],
  ['Elin Berg', 'nattpersonal', 'behandlingspedagog', '', '100', '0', '0', '9', 'ja'],
  ['Fredrik Ås', 'behandlingsassistent', 'övrig', '', '100', '8', '0', '0', ''],
];

/** One fewer at full time (1.15 per resident) and the night slept as standby. */
const FAILING: string[][] = PASSING.map((cells) =>
  cells[0] === 'Fredrik Ås'
    ? [...cells.slice(0, 4), '75', ...cells.slice(5)]
    : cells[0] === 'Elin Berg'
      ? [...cells.slice(0, 8), 'nej']
      : cells,
);

/** The rows with their hours for the whole period (the tables above give hours per day). */
function rowsFor(cells: string[][], days: number) {
  const perPeriod = cells.map((row) =>
    row.map((cell, i) =>
      i >= 5 && i <= 7 && cell !== ''
        ? String((Number(cell.replace(',', '.')) * days).toFixed(2))
        : cell,
    ),
  );
  const parsed = parseStaffList([
    STAFF_LIST_COLUMNS.map((c) => STAFF_LIST_HEADINGS[c].sv),
    ...perPeriod,
  ]);
  if (!parsed.ok) throw new Error(`demo staff list does not parse: ${JSON.stringify(parsed)}`);
  return parsed.rows;
}

export async function seedDemoStaffLists(ctx: DemoContext): Promise<void> {
  const { trx } = ctx;
  const bodyId = demoId(ctx, 'body');
  const supplierId = demoId(ctx, 'supplier:0');
  const officerId = demoId(ctx, OFFICER);
  const supplierUserId = demoId(ctx, SUPPLIER_USER);
  const now = ctx.clock.now();
  const firstOfMonth = `${localDate(now, 'SE').slice(0, 8)}01`;
  const agreement = await trx
    .selectFrom('framework_agreements')
    .select('id')
    .where('organisation_id', '=', bodyId)
    .where('reference', '=', 'SYD-2025-014')
    .executeTakeFirstOrThrow();
  const establishment = await trx
    .selectFrom('establishments')
    .select('id')
    .where('supplier_id', '=', supplierId)
    .orderBy('name')
    .executeTakeFirstOrThrow();

  const months = [
    { from: addMonths(firstOfMonth, -2), list: PASSING },
    { from: addMonths(firstOfMonth, -1), list: FAILING },
    { from: firstOfMonth, list: null },
  ];
  for (const [i, month] of months.entries()) {
    const periodTo = addCalendarDays(addMonths(month.from, 1), -1);
    const days = Number(periodTo.slice(8, 10));
    const requestedAt = new Date(`${addCalendarDays(periodTo, -3)}T08:00:00Z`);
    const deadline = new Date(`${addCalendarDays(periodTo, 14)}T15:00:00Z`);
    const request = await trx
      .insertInto('staff_list_requests')
      .values({
        organisation_id: bodyId,
        agreement_id: agreement.id,
        supplier_id: supplierId,
        establishment_id: establishment.id,
        period_from: month.from,
        period_to: periodTo,
        placed_residents: PLACED_RESIDENTS,
        deadline,
        message: 'Inför uppföljningsbesöket: personallistan för perioden, tack.',
        status: month.list ? 'submitted' : 'requested',
        requested_by: officerId,
        // The open request is asked for today, the others when their month was ending.
        requested_at: month.list ? requestedAt : new Date(now.getTime() - 1000 * (3 - i)),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (!month.list) continue;
    await trx
      .insertInto('staff_list_submissions')
      .values({
        request_id: request.id,
        organisation_id: bodyId,
        supplier_id: supplierId,
        source: 'csv',
        file_name: `personallista-${month.from.slice(0, 7)}.csv`,
        rows: JSON.stringify(rowsFor(month.list, days)),
        submitted_by: supplierUserId,
        submitted_at: new Date(`${addCalendarDays(periodTo, 5)}T10:00:00Z`),
      })
      .execute();
  }
}
