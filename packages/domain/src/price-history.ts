// Price lists are append-only: a new price is a new row and no row is ever changed. The price in
// force on a day is the newest agreed row whose validity covers that day; a proposal (a
// supplier's offer under negotiation) is never in force.
import type { PlainDate } from './plain-date.ts';

export interface PriceRow {
  status: 'proposed' | 'agreed';
  validFrom: PlainDate;
  validTo: PlainDate | null;
  /** When the row was written (ISO instant): the later row wins where validities overlap. */
  createdAt: string;
}

export function coversDay(row: Pick<PriceRow, 'validFrom' | 'validTo'>, day: PlainDate): boolean {
  return row.validFrom <= day && (row.validTo === null || day <= row.validTo);
}

/** The agreed price in force on the day, or undefined when none covers it. */
export function priceInForce<Row extends PriceRow>(
  rows: readonly Row[],
  day: PlainDate,
): Row | undefined {
  let best: Row | undefined;
  for (const row of rows) {
    if (row.status !== 'agreed' || !coversDay(row, day)) continue;
    if (!best || row.createdAt > best.createdAt) best = row;
  }
  return best;
}

/** Rows newest first, the one in force on the day marked; the history is never shortened. */
export function priceHistory<Row extends PriceRow>(
  rows: readonly Row[],
  day: PlainDate,
): (Row & { inForce: boolean })[] {
  const current = priceInForce(rows, day);
  return [...rows]
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))
    .map((row) => ({ ...row, inForce: row === current }));
}
