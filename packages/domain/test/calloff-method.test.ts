import { describe, expect, it } from 'vitest';
import {
  callOffMethodFrom,
  procedureForVolume,
  type CallOffMethod,
} from '../src/calloff-method.ts';

describe('the procedure a lot’s call-off method gives', () => {
  const upTo90Days: CallOffMethod = { kind: 'volume_rule', threshold: 90, unit: 'day' };

  it('a ranking lot always calls off by ranking', () => {
    expect(procedureForVolume({ kind: 'ranking' }, 10_000)).toEqual({
      procedure: 'ranking',
      reason: 'lot_uses_ranking',
    });
  });

  it('a renewed-competition lot always runs a renewed competition', () => {
    expect(procedureForVolume({ kind: 'renewed_competition' }, 1).procedure).toBe(
      'renewed_competition',
    );
  });

  it('a volume rule ranks below and at the threshold', () => {
    expect(procedureForVolume(upTo90Days, 89)).toEqual({
      procedure: 'ranking',
      reason: 'volume_within_threshold',
    });
    expect(procedureForVolume(upTo90Days, 90)).toEqual({
      procedure: 'ranking',
      reason: 'volume_within_threshold',
    });
  });

  it('a volume rule runs a renewed competition above the threshold', () => {
    expect(procedureForVolume(upTo90Days, 91)).toEqual({
      procedure: 'renewed_competition',
      reason: 'volume_above_threshold',
    });
  });

  it('a volume rule needs a positive whole threshold and a unit', () => {
    expect(callOffMethodFrom('volume_rule', 500, 'hour')).toEqual({
      kind: 'volume_rule',
      threshold: 500,
      unit: 'hour',
    });
    expect(callOffMethodFrom('volume_rule', null, 'hour')).toBeNull();
    expect(callOffMethodFrom('volume_rule', 500, null)).toBeNull();
    expect(callOffMethodFrom('volume_rule', 0, 'day')).toBeNull();
    expect(callOffMethodFrom('ranking', null, null)).toEqual({ kind: 'ranking' });
  });
});
