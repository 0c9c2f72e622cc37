import { describe, expect, it } from 'vitest';
import { STANDSTILL_DAYS, standstillEnd } from '../../src/procedures/standstill.ts';

describe('the standstill after an award decision', () => {
  it('lasts 10 days: a decision on Monday 23 November ends at midnight on Thursday 3 December', () => {
    expect(STANDSTILL_DAYS).toBe(10);
    // 23:59:59.999 Stockholm time (CET, UTC+1).
    expect(standstillEnd(new Date('2026-11-23T09:00:00Z'), 'SE').toISOString()).toBe(
      '2026-12-03T22:59:59.999Z',
    );
  });

  it('counts from the local day: a decision just after midnight in Copenhagen is that day', () => {
    expect(standstillEnd(new Date('2026-11-22T23:30:00Z'), 'DK').toISOString()).toBe(
      '2026-12-03T22:59:59.999Z',
    );
  });

  it('moves a last day on a weekend to the next working day', () => {
    // Wednesday 25 November + 10 days = Saturday 5 December → Monday 7 December.
    expect(standstillEnd(new Date('2026-11-25T10:00:00Z'), 'SE').toISOString()).toBe(
      '2026-12-07T22:59:59.999Z',
    );
  });

  it('moves a last day on a holiday past it: 15 December + 10 = Christmas Day → 28 December', () => {
    // 25 Dec (holiday), 26 Dec (Saturday, Boxing Day), 27 Dec (Sunday) → Monday 28 December.
    expect(standstillEnd(new Date('2026-12-15T10:00:00Z'), 'SE').toISOString()).toBe(
      '2026-12-28T22:59:59.999Z',
    );
  });
});
