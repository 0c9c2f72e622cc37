import { describe, expect, it } from 'vitest';
import {
  MAX_OTHER_POINTS,
  PERMIT_EXPIRED_POINTS,
  PERMIT_REVOKED_POINTS,
  rankByRisk,
  type RiskCandidate,
} from '../../src/followup/risk.ts';

const today = '2026-09-15';

const home = (
  over: Partial<RiskCandidate> & Pick<RiskCandidate, 'id' | 'name'>,
): RiskCandidate => ({
  openDeviations: 0,
  permit: { status: 'valid', openCases: 0, lastCheckedOn: '2026-08-01' },
  lastVisitOn: '2026-09-01',
  volume: null,
  concernNotes: 0,
  ...over,
});

const days = (n: number) => ({ kind: 'placement_days', days: n }) as const;

describe('the proposed visit order of four HVB homes', () => {
  const homes = [
    home({
      id: 'granliden',
      name: 'Granliden HVB',
      lastVisitOn: '2026-03-01',
      volume: days(500),
      concernNotes: 2,
    }),
    home({
      id: 'ekbacken',
      name: 'Ekbackens ungdomshem',
      openDeviations: 2,
      permit: { status: 'valid', openCases: 0, lastCheckedOn: '2025-08-01' },
      lastVisitOn: '2024-07-10',
      volume: days(1500),
      concernNotes: 1,
    }),
    home({ id: 'furulund', name: 'Furulunds stödboende', lastVisitOn: null, volume: days(300) }),
    home({
      id: 'bjorkhagen',
      name: 'Björkhagens HVB',
      permit: { status: 'revoked', openCases: 1, lastCheckedOn: '2026-09-01' },
      lastVisitOn: '2026-06-10',
      volume: days(200),
    }),
  ];
  const ranked = rankByRisk(homes, today);

  it('puts the home whose permit was revoked first, whatever else is known', () => {
    expect(ranked.map((r) => [r.rank, r.candidate.id, r.score])).toEqual([
      [1, 'bjorkhagen', 629],
      [2, 'ekbacken', 162],
      [3, 'furulund', 84],
      [4, 'granliden', 52],
    ]);
    expect(ranked[0]?.reasons).toEqual([
      { code: 'permit_revoked', points: 600 },
      { code: 'open_supervision_cases', count: 1, points: 15 },
      { code: 'high_volume', sharePercent: 8, points: 8 },
      { code: 'not_visited_for', months: 3, points: 6 },
    ]);
  });

  it('shows why the home with open deviations, unseen for 26 months, comes next', () => {
    expect(ranked[1]?.reasons).toEqual([
      { code: 'not_visited_for', months: 26, points: 52 },
      { code: 'open_deviations', count: 2, points: 50 },
      { code: 'high_volume', sharePercent: 60, points: 40 },
      { code: 'permit_check_stale', months: 13, points: 10 },
      { code: 'logbook_concerns', count: 1, points: 10 },
    ]);
  });

  it('counts never visited as the longest time unseen', () => {
    expect(ranked[2]?.reasons).toEqual([
      { code: 'never_visited', points: 72 },
      { code: 'high_volume', sharePercent: 12, points: 12 },
    ]);
  });

  it('lists the logbook concerns of a recently visited home', () => {
    expect(ranked[3]?.reasons).toEqual([
      { code: 'high_volume', sharePercent: 20, points: 20 },
      { code: 'logbook_concerns', count: 2, points: 20 },
      { code: 'not_visited_for', months: 6, points: 12 },
    ]);
  });

  it('makes every score the sum of the points of its reasons', () => {
    for (const r of ranked) {
      expect(r.score).toBe(r.reasons.reduce((sum, reason) => sum + reason.points, 0));
    }
  });

  it('gives the same order whatever order the homes come in', () => {
    expect(rankByRisk([...homes].reverse(), today)).toEqual(ranked);
  });
});

describe('the permit signals', () => {
  it('make a home without a permit in force outrank any home whose permit stands', () => {
    expect(PERMIT_EXPIRED_POINTS).toBeGreaterThan(MAX_OTHER_POINTS);
    expect(PERMIT_REVOKED_POINTS).toBeGreaterThan(PERMIT_EXPIRED_POINTS);
    const worstWithPermit = home({
      id: 'a',
      name: 'Alla brister',
      openDeviations: 9,
      permit: { status: 'applied', openCases: 7, lastCheckedOn: null },
      lastVisitOn: null,
      volume: days(9900),
      concernNotes: 8,
    });
    const expired = home({
      id: 'b',
      name: 'Utgånget tillstånd',
      permit: { status: 'expired', openCases: 0, lastCheckedOn: '2026-09-01' },
      volume: days(100),
    });
    const ranked = rankByRisk([worstWithPermit, expired], today);
    expect(ranked.map((r) => r.candidate.id)).toEqual(['b', 'a']);
    // The caps hold: nine deviations count as four, seven cases as three, eight notes as three.
    expect(ranked[1]?.reasons).toEqual([
      { code: 'open_deviations', count: 9, points: 100 },
      { code: 'never_visited', points: 72 },
      { code: 'open_supervision_cases', count: 7, points: 45 },
      { code: 'high_volume', sharePercent: 99, points: 40 },
      { code: 'permit_applied', points: 30 },
      { code: 'logbook_concerns', count: 8, points: 30 },
      { code: 'permit_check_stale', months: null, points: 10 },
    ]);
  });

  it('flag a home with no permit record, and one whose scope was changed', () => {
    const [missing, changed] = rankByRisk(
      [
        home({ id: 'm', name: 'Utan uppgift', permit: null }),
        home({
          id: 'c',
          name: 'Ändrat tillstånd',
          permit: { status: 'changed', openCases: 0, lastCheckedOn: '2026-09-01' },
        }),
      ],
      today,
    );
    expect(missing?.reasons).toEqual([{ code: 'permit_missing', points: 40 }]);
    expect(changed?.reasons).toEqual([{ code: 'permit_changed', points: 20 }]);
  });

  it('say nothing about a valid permit checked within the year and a home visited this month', () => {
    expect(rankByRisk([home({ id: 'ok', name: 'Allt väl' })], today)[0]).toMatchObject({
      score: 0,
      reasons: [],
    });
  });
});

describe('the volume signal', () => {
  it('compares money only within its currency and apart from placement days, exactly', () => {
    const ranked = rankByRisk(
      [
        home({
          id: 's1',
          name: 'Bemanning Syd',
          volume: { kind: 'money', amountMinor: 100_000_000_001n, currency: 'SEK' },
        }),
        home({
          id: 's2',
          name: 'Bemanning Nord',
          volume: { kind: 'money', amountMinor: 200_000_000_002n, currency: 'SEK' },
        }),
        home({
          id: 'd1',
          name: 'Bosted Aarhus',
          volume: { kind: 'money', amountMinor: 5n, currency: 'DKK' },
        }),
        home({ id: 'p1', name: 'Placering', volume: days(10) }),
      ],
      today,
    );
    const shares = Object.fromEntries(
      ranked.map((r) => [r.candidate.id, r.reasons.find((x) => x.code === 'high_volume')]),
    );
    expect(shares).toEqual({
      s1: { code: 'high_volume', sharePercent: 33, points: 33 },
      s2: { code: 'high_volume', sharePercent: 66, points: 40 },
      d1: { code: 'high_volume', sharePercent: 100, points: 40 },
      p1: { code: 'high_volume', sharePercent: 100, points: 40 },
    });
  });

  it('adds nothing below a 5 % share', () => {
    const ranked = rankByRisk(
      [
        home({ id: 'big', name: 'Stor', volume: days(96) }),
        home({ id: 'small', name: 'Liten', volume: days(4) }),
      ],
      today,
    );
    expect(ranked.find((r) => r.candidate.id === 'small')?.reasons).toEqual([]);
  });
});

describe('ties', () => {
  it('go to the home unseen longest (never first), then by name, then by id', () => {
    // All four score 72: never visited, or not visited for three years and more (the cap).
    const ranked = rankByRisk(
      [
        home({ id: 'z2', name: 'Ängen', lastVisitOn: '2023-01-01' }),
        home({ id: 'z1', name: 'Ängen', lastVisitOn: '2023-01-01' }),
        home({ id: 'y', name: 'Aspen', lastVisitOn: '2023-01-01' }),
        home({ id: 'x', name: 'Älven', lastVisitOn: '2022-01-01' }),
        home({ id: 'w', name: 'Östan', lastVisitOn: null }),
      ],
      today,
    );
    expect(ranked.map((r) => [r.candidate.id, r.score])).toEqual([
      ['w', 72],
      ['x', 72],
      ['y', 72],
      ['z1', 72],
      ['z2', 72],
    ]);
  });
});

describe('bad input', () => {
  it('is refused rather than scored', () => {
    expect(() => rankByRisk([home({ id: 'n', name: 'N', openDeviations: -1 })], today)).toThrow(
      RangeError,
    );
    expect(() =>
      rankByRisk([home({ id: 'n', name: 'N', lastVisitOn: '2026-02-30' })], today),
    ).toThrow(RangeError);
  });
});
