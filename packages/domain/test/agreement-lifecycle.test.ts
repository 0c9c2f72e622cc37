import { describe, expect, it } from 'vitest';
import {
  activationGaps,
  callOffRefusal,
  canTransition,
  currentEndDate,
  statusOn,
  type AgreementDates,
} from '../src/agreement-lifecycle.ts';

const active: AgreementDates = {
  status: 'active',
  startsOn: '2026-01-01',
  endsOn: '2027-12-31',
  extensionMonths: [12, 12],
  extensionsUsed: 0,
  terminatedOn: null,
};

describe('the lifecycle of a framework agreement', () => {
  it('goes from draft to active, and from active to expired or terminated, never back', () => {
    expect(canTransition('draft', 'active')).toBe(true);
    expect(canTransition('active', 'terminated')).toBe(true);
    expect(canTransition('active', 'expired')).toBe(true);
    expect(canTransition('draft', 'terminated')).toBe(false);
    expect(canTransition('terminated', 'active')).toBe(false);
    expect(canTransition('expired', 'active')).toBe(false);
    expect(canTransition('active', 'draft')).toBe(false);
  });

  it('is expired the day after its end date, extended by the options used', () => {
    expect(statusOn(active, '2027-12-31')).toBe('active');
    expect(statusOn(active, '2028-01-01')).toBe('expired');
    const extended = { ...active, extensionsUsed: 1 };
    expect(currentEndDate(extended)).toBe('2028-12-31');
    expect(statusOn(extended, '2028-06-01')).toBe('active');
  });

  it('is terminated from the termination date on', () => {
    const ending = { ...active, status: 'terminated' as const, terminatedOn: '2026-06-30' };
    expect(statusOn(ending, '2026-06-29')).toBe('active');
    expect(statusOn(ending, '2026-06-30')).toBe('terminated');
  });

  it('can be activated only with a lot, suppliers on every lot and a participating municipality', () => {
    expect(activationGaps({ lots: [], municipalityCount: 0 })).toEqual([
      'no_lots',
      'no_municipalities',
    ]);
    expect(
      activationGaps({ lots: [{ supplierCount: 3 }, { supplierCount: 0 }], municipalityCount: 2 }),
    ).toEqual(['lot_without_suppliers']);
    expect(activationGaps({ lots: [{ supplierCount: 1 }], municipalityCount: 1 })).toEqual([]);
  });
});

describe('who may call off an agreement on a day', () => {
  it('a participating municipality may call off an active agreement within its period', () => {
    expect(callOffRefusal(active, '2026-05-04', true)).toBeNull();
  });
  it('a municipality that does not participate may not', () => {
    expect(callOffRefusal(active, '2026-05-04', false)).toBe('not_participating');
  });
  it('nobody may call off a draft, an agreement not yet started, or an expired or terminated one', () => {
    expect(callOffRefusal({ ...active, status: 'draft' }, '2026-05-04', true)).toBe('not_active');
    expect(callOffRefusal(active, '2025-12-31', true)).toBe('not_started');
    expect(callOffRefusal(active, '2028-01-01', true)).toBe('expired');
    expect(callOffRefusal({ ...active, status: 'terminated' }, '2026-05-04', true)).toBe(
      'terminated',
    );
  });
});
