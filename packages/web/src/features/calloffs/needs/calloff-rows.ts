// The rows of the ways to call off a need, in the order a caseworker reads them: each agreement's
// line for its lots in other municipalities right after that agreement's own lots, so an
// agreement is read in one place; an agreement with no lot of its own for the municipality keeps
// its line after all the lots, before the DPS categories.
import type { CallOffOption, CallOffOptions } from './api';

export type OtherAreas = CallOffOptions['otherAreas'][number];

export type CallOffRow =
  { kind: 'option'; option: CallOffOption } | { kind: 'otherAreas'; otherAreas: OtherAreas };

export function callOffRows(
  options: readonly CallOffOption[],
  otherAreas: readonly OtherAreas[],
): CallOffRow[] {
  const waiting = new Map(otherAreas.map((o) => [o.source.id, o]));
  const rows: CallOffRow[] = [];
  const placeOtherAreasOf = (sourceId: string) => {
    const line = waiting.get(sourceId);
    if (!line) return;
    rows.push({ kind: 'otherAreas', otherAreas: line });
    waiting.delete(sourceId);
  };
  const lots = options.filter((o) => o.kind === 'agreement_lot');
  lots.forEach((option, i) => {
    rows.push({ kind: 'option', option });
    if (lots[i + 1]?.source.id !== option.source.id) placeOtherAreasOf(option.source.id);
  });
  for (const line of otherAreas) placeOtherAreasOf(line.source.id);
  for (const option of options)
    if (option.kind !== 'agreement_lot') rows.push({ kind: 'option', option });
  return rows;
}
