import { describe, expect, it } from 'vitest';
import { compareProposals, matchOffers } from '../../src/matching/match.ts';
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

describe('matchOffers: what a proposal carries', () => {
  it('marks a stale offer and ranks it below a fresh twin', () => {
    const stale = offer('a-stale', { confirmedAt: new Date('2026-10-01T00:00:00Z') });
    const ranked = matchOffers(referral(), [stale, offer('b-fresh')], context()).proposals;
    expect(ranked.map((p) => [p.establishmentId, p.stale])).toEqual([
      ['b-fresh', false],
      ['a-stale', true],
    ]);
  });

  it('ranks an earlier establishment of the case first by continuity', () => {
    const continuity = { establishmentIds: new Set(['z-known']), supplierIds: new Set<string>() };
    const ranked = matchOffers(
      referral(),
      [offer('a-new'), offer('z-known', { location: NEAR })],
      context({ continuity }),
    ).proposals;
    expect(ranked[0]!.establishmentId).toBe('z-known');
    expect(ranked[0]!.parts.find((p) => p.code === 'continuity')).toMatchObject({
      score: 1,
      points: 15,
      params: { via: 'establishment' },
    });
  });

  it('scores cost against the cheapest fitting offer, not an excluded one', () => {
    const cheapButExcluded = offer('cheap', {
      ageMin: 13,
      tariffs: [{ unit: 'hour', price: money(10_000, 'DKK'), validFrom: '2026-01-01' }],
    });
    const dear = offer('dear', {
      tariffs: [{ unit: 'hour', price: money(130_000, 'DKK'), validFrom: '2026-01-01' }],
    });
    const { proposals } = matchOffers(referral(), [cheapButExcluded, offer('a'), dear], context());
    const cost = (id: string) =>
      proposals.find((p) => p.establishmentId === id)!.parts.find((x) => x.code === 'cost')!;
    expect(cost('a').score).toBe(1);
    expect(cost('dear')).toMatchObject({
      score: 0.5,
      points: 15,
      params: { expectedMinor: 13_520_000, cheapestMinor: 6_760_000, unit: 'hour' },
    });
  });

  it('every part: score 0..1, points = weight × score in hundredths, summing to the total', () => {
    const offers = Array.from({ length: 30 }, (_, i) =>
      offer(`o${i}`, {
        location: { lat: AARHUS.lat + i * 0.03, lon: AARHUS.lon - i * 0.01 },
        tariffs: [{ unit: 'hour', price: money(60_000 + i * 997, 'DKK'), validFrom: '2026-01-01' }],
        confirmedAt: new Date(Date.parse('2026-12-30T00:00:00Z') - i * 3 * 86_400_000),
        followup: { openCorrections: i % 3, findings: i % 2, staffListPassed: i % 4 === 0 },
      }),
    );
    const { proposals } = matchOffers(referral(), offers, context());
    expect(proposals).toHaveLength(30);
    for (const p of proposals) {
      let sum = 0;
      for (const part of p.parts) {
        expect(part.score).toBeGreaterThanOrEqual(0);
        expect(part.score).toBeLessThanOrEqual(1);
        expect(part.points).toBe(Math.round(part.weight * part.score * 100) / 100);
        sum += part.points;
      }
      expect(p.total).toBeCloseTo(sum, 9);
    }
    expect([...proposals].sort(compareProposals)).toEqual(proposals);
    for (let i = 1; i < proposals.length; i += 1) {
      expect(proposals[i - 1]!.total).toBeGreaterThanOrEqual(proposals[i]!.total);
      expect(proposals[i]!.rank).toBe(i + 1);
    }
  });
});

describe('matchOffers: limits and the order of exclusions', () => {
  const offers = [
    offer('three', { serviceKind: 'hvb', ageMin: 13, gender: 'male' }),
    ...Array.from({ length: 40 }, (_, i) =>
      offer(`fit-${String(i).padStart(2, '0')}`, {
        location: { lat: AARHUS.lat + (i % 7) * 0.05, lon: AARHUS.lon },
        tariffs: [
          { unit: 'hour', price: money(60_000 + (i % 5) * 1000, 'DKK'), validFrom: '2026-01-01' },
        ],
      }),
    ),
    offer('one', { ageMin: 13 }),
    offer('two', { ageMin: 13, gender: 'male' }),
    offer('one-later', { blocked: 'hidden' }),
  ];

  it('lists exclusions nearest misses first, in input order among equals', () => {
    const { exclusions, excluded } = matchOffers(referral(), offers, context());
    expect(excluded).toBe(4);
    expect(exclusions.map((e) => [e.establishmentId, e.failures.length])).toEqual([
      ['one', 1],
      ['one-later', 1],
      ['two', 2],
      ['three', 3],
    ]);
  });

  it('builds only the best proposals and nearest exclusions asked for, the same as the full list', () => {
    const full = matchOffers(referral(), offers, context());
    const some = matchOffers(referral(), offers, context(), { limit: 5, exclusionLimit: 2 });
    expect(some.fitting).toBe(40);
    expect(full.fitting).toBe(40);
    expect(some.proposals).toEqual(full.proposals.slice(0, 5));
    expect(some.exclusions).toEqual(full.exclusions.slice(0, 2));
    expect(some.excluded).toBe(4);
    expect(matchOffers(referral(), offers, context(), { limit: 0 }).proposals).toEqual([]);
    expect(matchOffers(referral(), offers, context(), { limit: 2.7 }).proposals).toHaveLength(2);
    expect(matchOffers(referral(), offers, context(), { limit: -1 }).proposals).toEqual([]);
    expect(matchOffers(referral(), offers, context(), { limit: 1000 }).proposals).toHaveLength(40);
  });

  it('does not depend on the order offers come in', () => {
    const full = matchOffers(referral(), offers, context());
    const reversed = matchOffers(referral(), [...offers].reverse(), context(), { limit: 7 });
    expect(reversed.proposals).toEqual(full.proposals.slice(0, 7));
  });

  it('serialises to JSON with every failure', () => {
    const result = matchOffers(referral(), offers, context(), { limit: 1 });
    const json = JSON.parse(JSON.stringify(result)) as typeof result;
    expect(json.exclusions[0]).toEqual({
      establishmentId: 'one',
      supplierId: 'supplier-one',
      failures: [{ code: 'age', params: { age: 10, min: 13, max: 17 } }],
    });
    expect(json.proposals[0]!.parts).toHaveLength(5);
  });
});
