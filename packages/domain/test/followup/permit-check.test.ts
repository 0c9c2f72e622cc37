import { describe, expect, it } from 'vitest';
import {
  PERMIT_CHECK_STALE_MONTHS,
  markPermitCheckDone,
  permitCheckFreshness,
} from '../../src/followup/permit-check.ts';

const today = '2026-09-15';

describe('marking the pre-visit permit check done', () => {
  it('is refused without what was seen', () => {
    expect(markPermitCheckDone({ seen: null, note: null, decisionReference: null }, today)).toEqual(
      {
        ok: false,
        problems: [{ field: 'seen', code: 'required' }],
      },
    );
    expect(markPermitCheckDone({ seen: '  ', note: 'ok', decisionReference: null }, today)).toEqual(
      {
        ok: false,
        problems: [{ field: 'seen', code: 'required' }],
      },
    );
  });

  it('is refused with something other than valid, changed, revoked or open case', () => {
    expect(
      markPermitCheckDone({ seen: 'probably fine', note: null, decisionReference: null }, today),
    ).toEqual({ ok: false, problems: [{ field: 'seen', code: 'unknown_value' }] });
  });

  it('is recorded for a valid permit without a note', () => {
    expect(
      markPermitCheckDone({ seen: 'valid', note: '', decisionReference: null }, today),
    ).toEqual({
      ok: true,
      record: { seen: 'valid', note: null, decisionReference: null, checkedOn: today },
    });
  });

  it('needs a note when the permit was changed or a case is open', () => {
    for (const seen of ['changed', 'open_case']) {
      expect(markPermitCheckDone({ seen, note: ' ', decisionReference: null }, today)).toEqual({
        ok: false,
        problems: [{ field: 'note', code: 'required' }],
      });
    }
    expect(
      markPermitCheckDone(
        {
          seen: 'open_case',
          note: 'IVO case 3.5.1-1234/2026 on staffing',
          decisionReference: null,
        },
        today,
      ),
    ).toEqual({
      ok: true,
      record: {
        seen: 'open_case',
        note: 'IVO case 3.5.1-1234/2026 on staffing',
        decisionReference: null,
        checkedOn: today,
      },
    });
  });

  it('needs a note and the reference of the decision when the permit was revoked', () => {
    expect(
      markPermitCheckDone({ seen: 'revoked', note: null, decisionReference: null }, today),
    ).toEqual({
      ok: false,
      problems: [
        { field: 'note', code: 'required' },
        { field: 'decisionReference', code: 'required' },
      ],
    });
    const done = markPermitCheckDone(
      {
        seen: 'revoked',
        note: ' Revoked from 1 September ',
        decisionReference: ' 8.5-12345/2026 ',
      },
      today,
    );
    expect(done).toEqual({
      ok: true,
      record: {
        seen: 'revoked',
        note: 'Revoked from 1 September',
        decisionReference: '8.5-12345/2026',
        checkedOn: today,
      },
    });
  });
});

describe('when the permit was last checked', () => {
  it(`is stale after ${PERMIT_CHECK_STALE_MONTHS} months`, () => {
    expect(permitCheckFreshness('2025-09-15', today)).toEqual({ stale: true, monthsSince: 12 });
  });

  it('is fresh a day short of 12 months', () => {
    expect(permitCheckFreshness('2025-09-16', today)).toEqual({ stale: false, monthsSince: 11 });
  });

  it('is stale when it was never checked', () => {
    expect(permitCheckFreshness(null, today)).toEqual({ stale: true, monthsSince: null });
  });
});
