import { describe, expect, it } from 'vitest';
import { followUpDates } from '../../src/matching/follow-up.ts';
import { formatRate, INDEXATION_RATES, latestIndexation } from '../../src/matching/indexation.ts';
import {
  consentRefusal,
  lastDayWithConsent,
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
  it('gives six weeks from the start with consent, recorded once, dated by the last day', () => {
    // Start Monday 16 November 2026: three weeks end on 6 December, six on 27 December.
    expect(lastDayWithConsent('2026-11-16')).toBe('2026-12-27');
    expect(consentRefusal('2026-12-06', '2026-12-04', '2026-12-05', false)).toBeNull();
    expect(consentRefusal('2026-12-06', '2026-12-04', '2026-12-05', true)).toBe(
      'already_consented',
    );
    expect(consentRefusal('2026-12-06', '2026-12-06', '2026-12-05', false)).toBe('in_future');
    expect(consentRefusal('2026-12-06', '2026-12-07', '2026-12-09', false)).toBe('after_end');
  });

  it("has the rule's reminder due once per date, also when the job missed the day", () => {
    // Start Monday 1 June 2026, last day Sunday 21 June: reminders on 15 and 19 June.
    const due = (today: string, last: string | null) =>
      reminderDue('2026-06-01', '2026-06-21', false, today, last);
    expect(due('2026-06-12', null)).toBeNull();
    expect(due('2026-06-15', null)).toBe('2026-06-15');
    expect(due('2026-06-17', '2026-06-15')).toBeNull();
    expect(due('2026-06-19', '2026-06-15')).toBe('2026-06-19');
    expect(due('2026-06-20', null)).toBe('2026-06-19');
    expect(due('2026-06-22', null)).toBeNull();
  });
});
