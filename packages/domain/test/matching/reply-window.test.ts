import { describe, expect, it } from 'vitest';
import { replyBy } from '../../src/matching/reply-window.ts';

// Monday 23 November 2026 in Copenhagen is UTC+1.
const at = (iso: string) => new Date(iso);

describe('the reply window of a survey request', () => {
  it('gives an acute request 4 hours in the morning', () => {
    expect(replyBy(at('2026-11-23T09:00:00Z'), 'today', 'DK').toISOString()).toBe(
      '2026-11-23T13:00:00.000Z',
    );
  });

  it('caps an acute request at the end of the working day (16:00 local)', () => {
    expect(replyBy(at('2026-11-23T13:30:00Z'), 'today', 'DK').toISOString()).toBe(
      '2026-11-23T15:00:00.000Z',
    );
  });

  it('keeps 4 hours when the working day has less than an hour left', () => {
    expect(replyBy(at('2026-11-23T14:30:00Z'), 'today', 'DK').toISOString()).toBe(
      '2026-11-23T18:30:00.000Z',
    );
  });

  it('keeps 4 hours on a day off (an acute need cannot wait for Monday)', () => {
    expect(replyBy(at('2026-11-28T10:00:00Z'), 'today', 'DK').toISOString()).toBe(
      '2026-11-28T14:00:00.000Z',
    );
  });

  it('gives 2 working days within 5 working days, to the end of the local day', () => {
    expect(replyBy(at('2026-11-23T09:00:00Z'), 'within_5_working_days', 'DK').toISOString()).toBe(
      '2026-11-25T22:59:59.999Z',
    );
  });

  it('gives 5 working days later, skipping the weekend', () => {
    expect(replyBy(at('2026-11-23T09:00:00Z'), 'later', 'DK').toISOString()).toBe(
      '2026-11-30T22:59:59.999Z',
    );
  });

  it('skips the Danish Easter holidays', () => {
    // Sent Wednesday 1 April 2026: Maundy Thursday, Good Friday and Easter Monday are holidays.
    expect(replyBy(at('2026-04-01T08:00:00Z'), 'within_5_working_days', 'DK').toISOString()).toBe(
      '2026-04-08T21:59:59.999Z',
    );
  });

  it('reads the working day in Sweden by its own calendar', () => {
    // Sent Wednesday 13 May 2026: Ascension Day is a Swedish holiday.
    expect(replyBy(at('2026-05-13T08:00:00Z'), 'within_5_working_days', 'SE').toISOString()).toBe(
      '2026-05-18T21:59:59.999Z',
    );
  });
});
