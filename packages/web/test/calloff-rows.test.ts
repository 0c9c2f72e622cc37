// The ways to call off a need read agreement by agreement: an agreement's line for its lots in
// other municipalities follows its own lots; one without a lot of its own comes after all lots,
// before the DPS categories.
import { describe, expect, it } from 'vitest';
import { callOffRows, type OtherAreas } from '../src/features/calloffs/needs/calloff-rows';
import type { CallOffOption } from '../src/features/calloffs/needs/api';

const source = (id: string) => ({ id, reference: `REF-${id}`, title: `Avtal ${id}` });
const category = { id: 'c', sv: 'HVB', da: 'HVB', en: 'HVB' };

function lot(agreement: string, number: number): CallOffOption {
  return {
    kind: 'agreement_lot',
    source: source(agreement),
    lot: { id: `${agreement}-${number}`, number, name: `Delområde ${number}` },
    category,
    procedure: 'ranking',
    why: { code: 'lot_uses_ranking' },
  };
}

const dps: CallOffOption = {
  kind: 'dps_category',
  source: source('dps'),
  lot: null,
  category,
  procedure: 'dps_specific_contract',
  why: { code: 'dps_category' },
};

const elsewhere = (agreement: string, lots: number): OtherAreas => ({
  source: source(agreement),
  lots,
});

/** Each row as "agreement:lot" or "agreement:+n" for a line of other municipalities' lots. */
const read = (options: CallOffOption[], otherAreas: OtherAreas[]) =>
  callOffRows(options, otherAreas).map((row) =>
    row.kind === 'option'
      ? `${row.option.source.id}:${row.option.lot?.number ?? row.option.category.id}`
      : `${row.otherAreas.source.id}:+${row.otherAreas.lots}`,
  );

describe('the rows of the ways to call off a need', () => {
  it("puts an agreement's line for other municipalities right after its own lots", () => {
    expect(
      read([lot('a', 1), lot('a', 2), lot('b', 1), dps], [elsewhere('b', 3), elsewhere('a', 2)]),
    ).toEqual(['a:1', 'a:2', 'a:+2', 'b:1', 'b:+3', 'dps:c']);
  });

  it('keeps the line of an agreement without a lot of its own after the lots, before the DPS', () => {
    expect(read([lot('a', 1), dps], [elsewhere('z', 2899)])).toEqual(['a:1', 'z:+2899', 'dps:c']);
    expect(read([], [elsewhere('z', 1)])).toEqual(['z:+1']);
  });

  it('shows every option and every line once', () => {
    const rows = callOffRows([lot('a', 1), lot('b', 1)], [elsewhere('a', 1), elsewhere('b', 1)]);
    expect(rows).toHaveLength(4);
  });
});
