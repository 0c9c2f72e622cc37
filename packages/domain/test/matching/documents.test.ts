import { describe, expect, it } from 'vitest';
import { followUpDates } from '../../src/matching/follow-up.ts';
import { formatRate, INDEXATION_RATES, latestIndexation } from '../../src/matching/indexation.ts';
import {
  consentRefusal,
  lastDayAfterConsent,
  reminderDates,
  reminderDue,
} from '../../src/matching/supervisor-consent.ts';

describe('follow-up dates of an intervention', () => {
  it('follows up three months after the start, then every six months up to the last day', () => {
    expect(followUpDates('2026-01-15', '2027-06-30')).toEqual([
      '2026-04-15',
      '2026-10-15',
      '2027-04-15',
    ]);
  });

  it('counts from the start each time, so a month end does not drift', () => {
    expect(followUpDates('2026-11-30', '2027-12-31')).toEqual(['2027-02-28', '2027-08-30']);
  });

  it('has none for an intervention shorter than three months, and the first on its last day', () => {
    expect(followUpDates('2026-03-01', '2026-05-31')).toEqual([]);
    expect(followUpDates('2026-03-01', '2026-06-01')).toEqual(['2026-06-01']);
  });

  it('lists the first dates of an open-ended order', () => {
    expect(followUpDates('2026-02-01', null, 2)).toEqual(['2026-05-01', '2026-11-01']);
  });
});

describe('tariff indexation by the latest economy agreement', () => {
  it("takes the year's own rate, or the newest before it", () => {
    expect(latestIndexation('DK', 2026)?.year).toBe(2026);
    expect(latestIndexation('DK', 2031)?.year).toBe(
      Math.max(...INDEXATION_RATES.filter((r) => r.country === 'DK').map((r) => r.year)),
    );
    expect(latestIndexation('DK', 2000)).toBeNull();
  });

  it('names a source for every rate and prints it with the decimal sign of the reader', () => {
    for (const rate of INDEXATION_RATES) expect(rate.source).toMatch(/KL|SKR/);
    const rate = { country: 'DK' as const, year: 2026, rateTenthsPercent: 26, source: 'KL' };
    expect(formatRate(rate, true)).toBe('2,6');
    expect(formatRate(rate, false)).toBe('2.6');
  });
});

describe('the not-approved rule: consent and reminders', () => {
  it('extends the last day of use by three weeks, once, with consent given by the last day', () => {
    expect(lastDayAfterConsent('2026-12-14')).toBe('2027-01-04');
    expect(consentRefusal('2026-12-14', '2026-12-10', '2026-12-11', false)).toBeNull();
    expect(consentRefusal('2026-12-14', '2026-12-10', '2026-12-11', true)).toBe(
      'already_consented',
    );
    expect(consentRefusal('2026-12-14', '2026-12-12', '2026-12-11', false)).toBe('in_future');
    expect(consentRefusal('2026-12-14', '2026-12-15', '2026-12-20', false)).toBe('after_end');
  });

  it('reminds five working days and one working day before the end, across Danish holidays', () => {
    // Use ending Monday 28 December 2026: 25 and 26 December are holidays and 27 a Sunday, so
    // the last reminder is on the 24th and the first five working days before, on the 18th.
    expect(reminderDates('2026-12-28', 'DK')).toEqual(['2026-12-18', '2026-12-24']);
    expect(reminderDates('2026-06-12', 'DK')).toEqual(['2026-06-05', '2026-06-11']);
  });

  it('has a reminder due once per date, also when the job missed the day', () => {
    expect(reminderDue('2026-06-12', 'DK', '2026-06-04', null)).toBeNull();
    expect(reminderDue('2026-06-12', 'DK', '2026-06-05', null)).toBe('2026-06-05');
    expect(reminderDue('2026-06-12', 'DK', '2026-06-08', '2026-06-05')).toBeNull();
    expect(reminderDue('2026-06-12', 'DK', '2026-06-11', '2026-06-05')).toBe('2026-06-11');
    expect(reminderDue('2026-06-12', 'DK', '2026-06-12', null)).toBe('2026-06-11');
    expect(reminderDue('2026-06-12', 'DK', '2026-06-13', null)).toBeNull();
  });
});
