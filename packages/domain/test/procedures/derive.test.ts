import { describe, expect, it } from 'vitest';
import type { CallOffMethod } from '../../src/calloff-method.ts';
import { deriveProcedure, lotCovers, type CallOffTarget } from '../../src/procedures/derive.ts';

const NOW = new Date('2027-03-10T09:00:00Z');
const agreement = {
  status: 'active' as const,
  startsOn: '2026-01-01',
  endsOn: '2029-12-31',
  extensionMonths: [],
  extensionsUsed: 0,
  terminatedOn: null,
  country: 'SE' as const,
};
const VOLUME_RULE: CallOffMethod = { kind: 'volume_rule', threshold: 500, unit: 'hour' };

function lot(method: CallOffMethod, hours: number | null = null, o: Partial<CallOffTarget> = {}) {
  return {
    kind: 'agreement_lot',
    agreement,
    participating: true,
    method,
    expectedVolume: hours === null ? null : { quantity: hours, unit: 'hour' },
    ...o,
  } as CallOffTarget;
}

describe('the procedure of a call-off under a framework-agreement lot', () => {
  it('follows a lot that uses ranking or renewed competition', () => {
    expect(deriveProcedure(lot({ kind: 'ranking' }), NOW)).toEqual({
      ok: true,
      procedure: 'ranking',
      reason: { code: 'lot_uses_ranking' },
    });
    expect(deriveProcedure(lot({ kind: 'renewed_competition' }), NOW)).toEqual({
      ok: true,
      procedure: 'renewed_competition',
      reason: { code: 'lot_uses_renewed_competition' },
    });
  });

  it('by volume: ranking at and below the threshold, renewed competition above, and says why', () => {
    const params = (volume: number) => ({ volume, threshold: 500, unit: 'hour' });
    expect(deriveProcedure(lot(VOLUME_RULE, 499), NOW)).toEqual({
      ok: true,
      procedure: 'ranking',
      reason: { code: 'volume_within_threshold', params: params(499) },
    });
    expect(deriveProcedure(lot(VOLUME_RULE, 500), NOW)).toMatchObject({
      procedure: 'ranking',
      reason: { code: 'volume_within_threshold', params: params(500) },
    });
    expect(deriveProcedure(lot(VOLUME_RULE, 501), NOW)).toEqual({
      ok: true,
      procedure: 'renewed_competition',
      reason: { code: 'volume_above_threshold', params: params(501) },
    });
  });

  it('by volume needs the expected volume, in the unit of the rule', () => {
    expect(deriveProcedure(lot(VOLUME_RULE, null), NOW)).toEqual({
      ok: false,
      refusal: { code: 'volume_required', params: { unit: 'hour' } },
    });
    const inDays = lot(VOLUME_RULE, null, { expectedVolume: { quantity: 20, unit: 'day' } });
    expect(deriveProcedure(inDays, NOW)).toEqual({
      ok: false,
      refusal: { code: 'volume_unit_mismatch', params: { unit: 'hour', given: 'day' } },
    });
  });

  it('is refused when the municipality may not call off the agreement', () => {
    const outsider = lot({ kind: 'ranking' }, null, { participating: false });
    expect(deriveProcedure(outsider, NOW)).toEqual({
      ok: false,
      refusal: { code: 'agreement_not_participating' },
    });
    const expired = lot({ kind: 'ranking' }, null, {
      agreement: { ...agreement, endsOn: '2027-03-09' },
    });
    expect(deriveProcedure(expired, NOW)).toEqual({
      ok: false,
      refusal: { code: 'agreement_expired' },
    });
    const terminated = lot({ kind: 'ranking' }, null, {
      agreement: { ...agreement, status: 'terminated', terminatedOn: '2027-03-01' },
    });
    expect(deriveProcedure(terminated, NOW)).toMatchObject({
      refusal: { code: 'agreement_terminated' },
    });
  });
});

describe('a lot by area', () => {
  const RANKING: CallOffMethod = { kind: 'ranking' };
  it('serves the municipalities in its area, and every municipality when it has none', () => {
    const inArea = lot(RANKING, null, {
      area: { codes: ['1290', '1293'], municipalityCode: '1290' },
    });
    expect(deriveProcedure(inArea, NOW)).toMatchObject({ ok: true, procedure: 'ranking' });
    const noArea = lot(RANKING, null, { area: { codes: [], municipalityCode: '1290' } });
    expect(deriveProcedure(noArea, NOW)).toMatchObject({ ok: true });
  });

  it('is refused to a municipality outside its area', () => {
    const outside = lot(RANKING, null, { area: { codes: ['1286'], municipalityCode: '1290' } });
    expect(deriveProcedure(outside, NOW)).toEqual({
      ok: false,
      refusal: { code: 'outside_lot_area' },
    });
    expect(lotCovers({ codes: ['1286'], municipalityCode: null })).toBe(false);
  });
});

describe('the procedure of a call-off under a DPS category', () => {
  const dps = {
    status: 'open' as const,
    validFrom: '2026-09-01',
    validTo: '2030-08-31',
    initialPeriodEndsOn: '2026-10-15',
    country: 'SE' as const,
  };
  const target = (o: Partial<Extract<CallOffTarget, { kind: 'dps_category' }>> = {}) =>
    ({
      kind: 'dps_category',
      dps,
      participating: true,
      applications: [{ status: 'approved', inInitialPeriod: true }],
      ...o,
    }) as CallOffTarget;

  it('is always a DPS specific contract', () => {
    expect(deriveProcedure(target(), NOW)).toEqual({
      ok: true,
      procedure: 'dps_specific_contract',
      reason: { code: 'dps_category' },
    });
  });

  it('is refused while the initial application period runs', () => {
    const during = new Date('2026-10-15T20:00:00Z'); // 22:00 on its last day in Stockholm
    expect(deriveProcedure(target(), during)).toEqual({
      ok: false,
      refusal: {
        code: 'dps_initial_period_running',
        params: { initialPeriodEndsOn: '2026-10-15' },
      },
    });
  });

  it('is refused while applications from the initial period are undecided', () => {
    const applications = [
      { status: 'pending' as const, inInitialPeriod: true },
      { status: 'pending' as const, inInitialPeriod: true },
      { status: 'pending' as const, inInitialPeriod: false },
    ];
    expect(deriveProcedure(target({ applications }), NOW)).toEqual({
      ok: false,
      refusal: { code: 'dps_undecided_applications', params: { undecided: 2 } },
    });
  });

  it('is refused when the DPS is not open, outside its validity, or not the municipality’s', () => {
    expect(deriveProcedure(target({ dps: { ...dps, status: 'closed' } }), NOW)).toMatchObject({
      refusal: { code: 'dps_not_open' },
    });
    expect(deriveProcedure(target({ dps: { ...dps, validTo: '2027-03-09' } }), NOW)).toMatchObject({
      refusal: { code: 'dps_outside_validity' },
    });
    expect(deriveProcedure(target({ participating: false }), NOW)).toMatchObject({
      refusal: { code: 'dps_not_participating' },
    });
  });
});
