import { describe, expect, it } from 'vitest';
import { matchOffers } from '../../src/matching/match.ts';
import { money } from '../../src/money.ts';
import { AARHUS, context, offer, referral } from '../support/matching.ts';

// About 10 km north of Aarhus city hall, and about 40 km.
const NEAR = { lat: AARHUS.lat + 0.09, lon: AARHUS.lon };
const FAR = { lat: AARHUS.lat + 0.36, lon: AARHUS.lon };

describe('matchOffers', () => {
  it('proposes the offers that fit and excludes the rest with every failure', () => {
    const result = matchOffers(
      referral(),
      [
        offer('a'),
        offer('b', { serviceKind: 'botilbud', ageMin: 18, ageMax: 65, approval: 'not_approved' }),
      ],
      context(),
    );
    expect(result.proposals.map((p) => p.establishmentId)).toEqual(['a']);
    expect(result.exclusions).toEqual([
      {
        establishmentId: 'b',
        supplierId: 'supplier-b',
        failures: [
          { code: 'service_kind', params: { wanted: 'open_care', offered: 'botilbud' } },
          { code: 'age', params: { age: 10, min: 18, max: 65 } },
          { code: 'approval', params: { status: 'not_approved', authority: 'Socialtilsyn' } },
        ],
      },
    ]);
  });

  it('explains a proposal: every constraint passed, parts that add up to the total', () => {
    const [p] = matchOffers(referral(), [offer('a', { location: NEAR })], context()).proposals;
    expect(p!.passed).toHaveLength(11);
    expect(p!.parts.map((x) => x.code)).toEqual([
      'distance',
      'cost',
      'quality',
      'freshness',
      'continuity',
    ]);
    const sum = p!.parts.reduce((s, x) => s + x.points, 0);
    expect(p!.total).toBeCloseTo(sum, 10);
    // 650 kr × 4 h × 26 weeks = 67,600 kr.
    expect(p!.expectedCost).toEqual(money(6_760_000, 'DKK'));
    expect(p!.distanceKm).toBeGreaterThan(9.9);
    expect(p!.distanceKm).toBeLessThan(10.1);
    expect(p!.rank).toBe(1);
  });

  it('ranks by total, and names the ties rule: cost, then distance, then id', () => {
    const offers = [
      offer('far', { location: FAR }),
      offer('near', { location: NEAR }),
      offer('c-same'),
      offer('b-same'),
    ];
    const ranked = matchOffers(referral(), offers, context()).proposals;
    expect(ranked.map((p) => [p.establishmentId, p.rank])).toEqual([
      ['b-same', 1],
      ['c-same', 2],
      ['near', 3],
      ['far', 4],
    ]);
  });

  it('breaks an equal total by the lower expected cost', () => {
    // Weights with only continuity: every total is 0, so the tie-breakers decide.
    const weights = { distance: 0, cost: 0, quality: 0, freshness: 0, continuity: 100 };
    const dear = offer('a-dear', {
      tariffs: [{ unit: 'hour', price: money(70_000, 'DKK'), validFrom: '2026-01-01' }],
    });
    const cheap = offer('z-cheap', { location: FAR });
    const ranked = matchOffers(referral(), [dear, cheap], context({ weights })).proposals;
    expect(ranked.map((p) => p.establishmentId)).toEqual(['z-cheap', 'a-dear']);
    expect(ranked[0]!.total).toBe(ranked[1]!.total);
  });

  it('breaks equal total and cost by the shorter distance', () => {
    const weights = { distance: 0, cost: 0, quality: 0, freshness: 0, continuity: 100 };
    const ranked = matchOffers(
      referral(),
      [offer('a-far', { location: FAR }), offer('z-near', { location: NEAR })],
      context({ weights }),
    ).proposals;
    expect(ranked.map((p) => p.establishmentId)).toEqual(['z-near', 'a-far']);
  });

  it('marks an offer outside agreements when the municipality allows it', () => {
    const outside = offer('a', { routes: [] });
    expect(matchOffers(referral(), [outside], context()).exclusions[0]!.failures).toEqual([
      { code: 'route', params: { reason: 'no_agreement' } },
    ]);
    const [p] = matchOffers(
      referral(),
      [outside],
      context({ allowOutsideAgreements: true }),
    ).proposals;
    expect(p!.outsideAgreements).toBe(true);
  });

  it('marks a not-approved offer proposed for an acute Danish referral', () => {
    const [p] = matchOffers(
      referral({ urgency: 'today' }),
      [offer('a', { approval: 'pending' })],
      context(),
    ).proposals;
    expect(p!.notApproved).toBe(true);
  });
});
