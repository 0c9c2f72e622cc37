import { describe, expect, it } from 'vitest';
import {
  addMonths,
  checkAgreementPeriod,
  lastDayWithinFourYears,
  latestPossibleEnd,
  needsLongPeriodReason,
} from '../src/agreement-period.ts';

describe('the four-year rule for framework agreements', () => {
  it('lets a period of exactly four years pass without a reason', () => {
    const period = { startsOn: '2026-01-01', endsOn: '2029-12-31', extensionMonths: [] };
    expect(lastDayWithinFourYears('2026-01-01')).toBe('2029-12-31');
    expect(needsLongPeriodReason(period)).toBe(false);
    expect(checkAgreementPeriod(period, null)).toBeNull();
  });

  it('refuses four years and one day without a recorded reason', () => {
    const period = { startsOn: '2026-01-01', endsOn: '2030-01-01', extensionMonths: [] };
    expect(checkAgreementPeriod(period, null)).toBe('long_period_reason_required');
    expect(checkAgreementPeriod(period, '   ')).toBe('long_period_reason_required');
  });

  it('accepts a longer period when the reason is recorded', () => {
    const period = { startsOn: '2026-01-01', endsOn: '2031-12-31', extensionMonths: [] };
    expect(checkAgreementPeriod(period, 'Placements of children need continuity')).toBeNull();
  });

  it('counts every extension option as part of the period', () => {
    const twoYears = { startsOn: '2026-01-01', endsOn: '2027-12-31' };
    expect(needsLongPeriodReason({ ...twoYears, extensionMonths: [12, 12] })).toBe(false);
    expect(needsLongPeriodReason({ ...twoYears, extensionMonths: [12, 12, 1] })).toBe(true);
    expect(latestPossibleEnd('2027-12-31', [12, 12])).toBe('2029-12-31');
  });

  it('refuses an end before the start', () => {
    expect(
      checkAgreementPeriod(
        { startsOn: '2026-02-01', endsOn: '2026-01-31', extensionMonths: [] },
        null,
      ),
    ).toBe('ends_before_start');
  });

  it('adds months to a date and keeps it within the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 14)).toBe('2028-01-15');
  });
});
