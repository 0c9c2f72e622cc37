import { describe, expect, it } from 'vitest';
import { mustRequirementSkips, MUST_REQUIREMENT_CODES } from '../../src/matching/cascade-skips.ts';
import { SKIP_REASON_CODES, startCascade } from '../../src/procedures/ranking.ts';
import { context, offer, referral } from '../support/matching.ts';

// Kristianstad's HVB placement of a 15-year-old boy under SoL, from 1 March 2027.
const requirements = referral(
  {
    country: 'SE',
    currency: 'SEK',
    serviceKind: 'hvb',
    legalBasis: 'se_sol',
    startOn: '2027-03-01',
    intensity: { kind: 'place' },
  },
  { age: 15, gender: 'male', targetGroups: ['youth_13_17'], languages: ['sv'] },
);
const hvb = (id: string, o: Parameters<typeof offer>[1] = {}) =>
  offer(id, {
    country: 'SE',
    form: 'establishment',
    serviceKind: 'hvb',
    legalBases: ['se_sol'],
    languages: ['sv'],
    placesTotal: 6,
    placesFree: 1,
    tariffs: [],
    routes: [],
    ...o,
  });

describe('must-requirement skips for a ranked framework', () => {
  const ranked = [
    { supplierId: 'c', rank: 3, offers: [hvb('c1')] },
    {
      supplierId: 'a',
      rank: 1,
      offers: [
        hvb('a1', { gender: 'female' }),
        hvb('a2', { placesFree: 0, nextFreeOn: '2027-04-01' }),
      ],
    },
    { supplierId: 'b', rank: 2, offers: [hvb('b1', { approval: 'pending', ageMin: 16 })] },
    { supplierId: 'd', rank: 4, offers: [] },
  ];
  const skips = mustRequirementSkips(ranked, requirements, context());

  it('lists in rank order the suppliers none of whose offers meets them, with the code', () => {
    expect(skips.map((s) => [s.supplierId, s.code])).toEqual([
      ['a', 'cannot_meet_must_requirement'],
      ['b', 'cannot_meet_must_requirement'],
      ['d', 'cannot_meet_must_requirement'],
    ]);
    expect(SKIP_REASON_CODES).toContain('cannot_meet_must_requirement');
  });
  it("gives the nearest offer's failures as codes with their parameters, in no language", () => {
    const [a, b, d] = skips;
    expect(a!.failures).toEqual([
      { code: 'gender', params: { person: 'male', offered: 'female' } },
    ]);
    expect(b!.failures.map((f) => f.code)).toEqual(['age', 'approval']);
    expect(b!.failures[1]!.params).toMatchObject({ authority: 'IVO', status: 'pending' });
    expect(d!.failures).toEqual([{ code: 'no_offer', params: {} }]);
  });
  it('checks only the must requirements the call-off states', () => {
    const withoutGender = MUST_REQUIREMENT_CODES.filter((c) => c !== 'gender');
    const skipped = mustRequirementSkips(ranked, requirements, context(), withoutGender);
    expect(skipped.map((s) => s.supplierId)).toEqual(['b', 'd']);
  });
  it('leaves route, tariff and blocks to the framework and the cascade', () => {
    const onlyThose = [
      {
        supplierId: 'e',
        rank: 1,
        offers: [hvb('e1', { blocked: 'hidden', routes: [], tariffs: [] })],
      },
    ];
    expect(mustRequirementSkips(onlyThose, requirements, context())).toEqual([]);
  });
  it('the cascade accepts the skip as it is', () => {
    const lot = ranked.map(({ supplierId, rank }) => ({
      supplierId,
      rank,
      standing: { status: 'active', hiddenFrom: null, hiddenTo: null, terminatedOn: null } as const,
    }));
    const now = new Date('2027-02-20T09:00:00Z');
    const started = startCascade(lot, {
      now,
      window: { unit: 'hours', amount: 24 },
      country: 'SE',
      skips: skips.map((s) => ({
        supplierId: s.supplierId,
        reason: { code: s.code, text: 'Matchning', failures: s.failures },
      })),
    });
    expect(started.ok).toBe(true);
    if (started.ok) {
      const skipped = started.state.steps.filter((s) => s.kind === 'skipped');
      expect(skipped.map((s) => s.supplierId)).toEqual(['a', 'b', 'd']);
      // The step keeps the failures, so the cascade view can word them for each reader.
      expect(skipped[0]).toMatchObject({
        reason: {
          code: 'cannot_meet_must_requirement',
          text: 'Matchning',
          failures: [{ code: 'gender', params: { person: 'male', offered: 'female' } }],
        },
      });
      expect(started.state.steps.at(-1)).toMatchObject({ kind: 'offered', supplierId: 'c' });
    }
  });
});
