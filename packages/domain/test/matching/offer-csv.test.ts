// The offer import's report: which rows of a supplier's file would be taken and why the others not.
import { describe, expect, it } from 'vitest';
import { checkOfferCsv, readOfferCsv } from '../../src/matching/offer-csv.ts';

const OFFERS = [
  { id: 'e1', name: 'Familiehuset – team' },
  { id: 'e2', name: 'Bostedet' },
];
const HEADER =
  'establishment_name;places_total;places_free;next_free_on;assumed_occupancy_percent;tariff_unit;tariff_amount;tariff_currency;tariff_valid_from;tariff_negotiated_on;tariff_negotiated_by;assessed_on;education_employment;independence_relations;target_group_methods_results;health_wellbeing;organisation_management;competences;physical_setting';

function report(...rows: string[]) {
  return checkOfferCsv(readOfferCsv([HEADER, ...rows].join('\n')), OFFERS, 'da');
}

describe('checkOfferCsv', () => {
  it('takes capacity, a tariff and an assessment, each when its columns are given', () => {
    const r = report(
      'familiehuset – team;;;;;hour;650,50;DKK;2026-01-01;2025-12-01;Mette Jensen;;;;;;;;',
      'Bostedet;8;2;;92;day;2.450;dkk;2026-01-01;;;2025-06-01;4;5;4;4;3;5;4',
    );
    expect(r.rejected).toEqual([]);
    expect(r.accepted[0]).toMatchObject({
      line: 2,
      establishmentId: 'e1',
      capacity: null,
      tariff: {
        unit: 'hour',
        amountMinor: 65_050,
        currency: 'DKK',
        negotiatedByName: 'Mette Jensen',
      },
      assessment: null,
    });
    expect(r.accepted[1]).toMatchObject({
      establishmentId: 'e2',
      capacity: { placesTotal: 8, placesFree: 2 },
      assumedOccupancyPercent: 92,
      tariff: { unit: 'day', amountMinor: 245_000 },
      assessment: { assessedOn: '2025-06-01', scores: { organisation_management: 3 } },
    });
  });

  it('rejects each wrong row with every reason, naming the column', () => {
    const r = report(
      'Ukendt;;;;;;;;;;;;;;;;;;',
      'Bostedet;3;4;;;;;;;;;;;;;;;;',
      'Bostedet;;;;;day;;DKK;2026-01-01;;;;;;;;;;',
      'Bostedet;;;;;;;;;;;2025-06-01;4;6;4;4;4;4;4',
    );
    expect(r.accepted).toEqual([]);
    expect(r.rejected.map((row) => row.reasons.map((x) => `${x.code}:${x.column ?? ''}`))).toEqual([
      ['unknown_establishment:establishment_name', 'nothing_to_import:'],
      ['free_exceeds_total:places_free'],
      ['missing_value:tariff_amount'],
      ['bad_score:independence_relations'],
    ]);
  });

  it('rejects a row saying again what an earlier row said about the same offer', () => {
    const r = report(
      'Bostedet;;;;;day;2000;DKK;2026-01-01;;;;;;;;;;',
      'Bostedet;;;;;month;60000;DKK;2026-01-01;;;;;;;;;;',
      'Bostedet;;;;;day;2100;DKK;2026-01-01;;;;;;;;;;',
    );
    expect(r.accepted.map((a) => a.line)).toEqual([2, 3]);
    expect(r.rejected.map((a) => [a.line, a.reasons[0]!.code])).toEqual([[4, 'duplicate_row']]);
  });

  it('refuses a file without the offer column whole', () => {
    expect(checkOfferCsv(readOfferCsv('places_total\n3'), OFFERS, 'en')).toMatchObject({
      ok: false,
      fileProblem: { code: 'missing_columns', columns: ['establishment_name'] },
    });
  });
});
