import { describe, expect, it } from 'vitest';
import type { LotSupplier } from '../../src/procedures/invitations.ts';
import {
  currentOffer,
  cascadeOutcome,
  deviations,
  expire,
  respond,
  skip,
  startCascade,
  type CascadeResult,
  type CascadeState,
  type ResponseWindow,
  type SkipReason,
} from '../../src/procedures/ranking.ts';

// Friday 5 March 2027, 14:00 in Stockholm (UTC+1).
const FRIDAY = new Date('2027-03-05T13:00:00Z');
const HOURS_24: ResponseWindow = { unit: 'hours', amount: 24 };
const CONTINUITY: SkipReason = {
  code: 'continuity_for_person',
  text: 'The boy lived at Solgården before and has his school there.',
};
const active = { status: 'active', hiddenFrom: null, hiddenTo: null, terminatedOn: null } as const;

function ranked(supplierId: string, rank: number, o: Partial<LotSupplier['standing']> = {}) {
  return { supplierId, rank, standing: { ...active, ...o } };
}

const LOT: LotSupplier[] = [ranked('a', 1), ranked('b', 2), ranked('c', 3)];

function ok(result: CascadeResult): CascadeState {
  if (!result.ok) throw new Error(`refused: ${result.refusal}`);
  return result.state;
}

function start(lot = LOT, window = HOURS_24, now = FRIDAY) {
  return ok(startCascade(lot, { now, window, country: 'SE' }));
}

const HOUR = 3_600_000;
const later = (hours: number) => new Date(FRIDAY.getTime() + hours * HOUR);

describe('the offer goes to the highest-ranked active supplier', () => {
  it('rank 1 first, with a deadline in hours', () => {
    const state = start([ranked('c', 3), ranked('a', 1), ranked('b', 2)]);
    expect(currentOffer(state)).toEqual({
      supplierId: 'a',
      rank: 1,
      offeredAt: FRIDAY,
      deadline: later(24),
    });
  });

  it('passes over those hidden on the day or terminated, and records it', () => {
    const state = start([
      ranked('a', 1, { status: 'hidden', hiddenFrom: '2027-03-01', hiddenTo: null }),
      ranked('b', 2, { status: 'terminated', terminatedOn: '2027-02-01' }),
      ranked('c', 3, { status: 'hidden', hiddenFrom: '2027-02-01', hiddenTo: '2027-03-04' }),
    ]);
    expect(currentOffer(state)?.supplierId).toBe('c');
    expect(state.steps.map((s) => [s.kind, 'supplierId' in s && s.supplierId])).toEqual([
      ['passed_over', 'a'],
      ['passed_over', 'b'],
      ['offered', 'c'],
    ]);
    expect(state.steps[0]).toMatchObject({ status: 'hidden' });
    expect(state.steps[1]).toMatchObject({ status: 'terminated' });
    expect(deviations(state)).toEqual([]);
  });

  it('judges the status on the day the offer moves on, not the day the cascade began', () => {
    const lot = [
      ranked('a', 1),
      ranked('b', 2, { status: 'hidden', hiddenFrom: '2027-03-06', hiddenTo: null }),
      ranked('c', 3),
    ];
    const state = ok(respond(start(lot), 'a', { answer: 'decline', reason: 'Full' }, later(20)));
    expect(currentOffer(state)?.supplierId).toBe('c');
    expect(state.steps.at(-2)).toMatchObject({ kind: 'passed_over', supplierId: 'b' });
  });
});

describe('answers to the offer', () => {
  it('accept: the cascade ends with an order for that supplier', () => {
    const state = ok(respond(start(), 'a', { answer: 'accept' }, later(2)));
    expect(cascadeOutcome(state)).toEqual({ kind: 'order', supplierId: 'a', rank: 1 });
    expect(currentOffer(state)).toBeNull();
    expect(respond(state, 'a', { answer: 'accept' }, later(3))).toEqual({
      ok: false,
      refusal: 'cascade_closed',
    });
  });

  it('decline with a reason: the offer goes to the next supplier, with a fresh deadline', () => {
    const state = ok(
      respond(start(), 'a', { answer: 'decline', reason: 'No place free' }, later(3)),
    );
    expect(state.steps.at(-2)).toMatchObject({
      kind: 'declined',
      supplierId: 'a',
      reason: 'No place free',
    });
    expect(currentOffer(state)).toMatchObject({ supplierId: 'b', deadline: later(27) });
  });

  it('a decline without a reason is refused', () => {
    expect(respond(start(), 'a', { answer: 'decline', reason: '  ' }, later(1))).toEqual({
      ok: false,
      refusal: 'reason_required',
    });
  });

  it('only the supplier holding the offer may answer, and only by the deadline', () => {
    const state = start();
    expect(respond(state, 'b', { answer: 'accept' }, later(1))).toEqual({
      ok: false,
      refusal: 'not_offered',
    });
    expect(respond(state, 'a', { answer: 'accept' }, later(24)).ok).toBe(true);
    expect(respond(state, 'a', { answer: 'accept' }, new Date(later(24).getTime() + 1))).toEqual({
      ok: false,
      refusal: 'deadline_passed',
    });
  });
});

describe('a silent deadline passes the offer on', () => {
  const oneWorkingDay: ResponseWindow = { unit: 'working_days', amount: 1 };

  it('across a weekend in working days: Friday’s offer stands until Monday ends', () => {
    const state = start(LOT, oneWorkingDay);
    const deadline = new Date('2027-03-08T22:59:59.999Z'); // Monday 23:59:59.999 in Stockholm
    expect(currentOffer(state)?.deadline).toEqual(deadline);

    expect(expire(state, new Date('2027-03-06T12:00:00Z'))).toEqual({
      ok: false,
      refusal: 'deadline_not_passed',
    });
    expect(expire(state, deadline)).toEqual({ ok: false, refusal: 'deadline_not_passed' });

    const tuesday = new Date('2027-03-08T23:00:01Z'); // Tuesday 00:00:01 in Stockholm
    const next = ok(expire(state, tuesday));
    expect(next.steps.at(-2)).toMatchObject({ kind: 'expired', supplierId: 'a', deadline });
    expect(currentOffer(next)).toEqual({
      supplierId: 'b',
      rank: 2,
      offeredAt: tuesday,
      // The day of the offer does not count: the next working day, Wednesday, ends it.
      deadline: new Date('2027-03-10T22:59:59.999Z'),
    });
  });
});

describe('skipping a supplier out of order', () => {
  it('is refused without free text, or with a reason not on the list', () => {
    const state = start();
    expect(skip(state, 'a', { code: 'continuity_for_person', text: ' ' }, later(1))).toEqual({
      ok: false,
      refusal: 'skip_text_required',
    });
    const unlisted = { code: 'cheaper', text: 'We like them' } as unknown as SkipReason;
    expect(skip(state, 'a', unlisted, later(1))).toEqual({
      ok: false,
      refusal: 'unknown_skip_reason',
    });
  });

  it('with a reason: the offer moves on and the skip is recorded as a deviation', () => {
    const state = ok(skip(start(), 'a', CONTINUITY, later(1)));
    expect(currentOffer(state)?.supplierId).toBe('b');
    expect(deviations(state)).toEqual([
      { supplierId: 'a', rank: 1, at: later(1), reason: CONTINUITY },
    ]);
  });

  it('chosen at the start: the skipped supplier never receives the offer', () => {
    const state = ok(
      startCascade(LOT, {
        now: FRIDAY,
        window: HOURS_24,
        country: 'SE',
        skips: [
          { supplierId: 'a', reason: CONTINUITY },
          { supplierId: 'b', reason: { code: 'siblings_placed_together', text: 'Sister is at C' } },
        ],
      }),
    );
    expect(currentOffer(state)?.supplierId).toBe('c');
    expect(state.steps.some((s) => s.kind === 'offered' && s.supplierId !== 'c')).toBe(false);
    expect(deviations(state).map((d) => [d.supplierId, d.reason.code])).toEqual([
      ['a', 'continuity_for_person'],
      ['b', 'siblings_placed_together'],
    ]);
  });

  it('of a supplier further down leaves the standing offer, and the offer later passes it by', () => {
    const must = { code: 'cannot_meet_must_requirement', text: 'No Arabic speaker' } as const;
    const state = ok(skip(start(), 'b', must, later(1)));
    expect(currentOffer(state)?.supplierId).toBe('a');
    const next = ok(respond(state, 'a', { answer: 'decline', reason: 'Full' }, later(2)));
    expect(currentOffer(next)?.supplierId).toBe('c');
  });

  it('is refused for a supplier not on the lot or already passed', () => {
    const state = ok(respond(start(), 'a', { answer: 'decline', reason: 'Full' }, later(1)));
    expect(skip(state, 'a', CONTINUITY, later(2))).toEqual({ ok: false, refusal: 'not_waiting' });
    expect(skip(state, 'x', CONTINUITY, later(2))).toEqual({
      ok: false,
      refusal: 'unknown_supplier',
    });
  });
});

describe('when the list is exhausted', () => {
  it('the call-off has no supplier, and says so', () => {
    let state = start();
    for (const id of ['a', 'b', 'c'])
      state = ok(respond(state, id, { answer: 'decline', reason: 'Full' }, later(1)));
    expect(cascadeOutcome(state)).toEqual({ kind: 'no_supplier', reason: 'list_exhausted' });
    expect(state.steps.at(-1)).toEqual({ kind: 'exhausted', at: later(1) });
    expect(currentOffer(state)).toBeNull();
    expect(skip(state, 'a', CONTINUITY, later(2))).toEqual({
      ok: false,
      refusal: 'cascade_closed',
    });
  });

  it('at once for a lot with nobody active', () => {
    const state = start([ranked('a', 1, { status: 'terminated', terminatedOn: '2027-01-01' })]);
    expect(cascadeOutcome(state)).toEqual({ kind: 'no_supplier', reason: 'list_exhausted' });
  });
});

describe('the response window', () => {
  it('is a whole number of hours or working days within bounds', () => {
    for (const window of [
      { unit: 'hours', amount: 0 },
      { unit: 'hours', amount: 1.5 },
      { unit: 'working_days', amount: 21 },
      { unit: 'weeks', amount: 1 },
    ])
      expect(
        startCascade(LOT, { now: FRIDAY, window: window as ResponseWindow, country: 'SE' }),
      ).toEqual({ ok: false, refusal: 'invalid_window' });
  });
});
