import { describe, expect, it } from 'vitest';
import { categoryFitsNeed, expectedVolumeOf, serviceKindsForNeed } from '../src/need-calloff.ts';
import { PLACEMENT_NEED, STAFFING_NEED } from './support/needs.ts';

const staffing = STAFFING_NEED;
const placement = PLACEMENT_NEED;

describe('the categories that can answer a need', () => {
  it('a staffing need is answered by staffing categories only', () => {
    expect(serviceKindsForNeed('staffing')).toEqual(['staffing']);
  });

  it('a placement is answered by the kinds with places: HVB, housing, family homes, botilbud', () => {
    expect([...serviceKindsForNeed('placement')].sort()).toEqual(
      ['botilbud', 'family_home', 'hvb', 'supported_housing'].sort(),
    );
  });

  it('an intervention is answered by open care and supervision, never by a place', () => {
    expect(serviceKindsForNeed('intervention')).toEqual(['open_care', 'supervision']);
    expect(serviceKindsForNeed('intervention')).not.toContain('hvb');
  });

  it('a staffing need for children and youth is answered by that area or by no area in particular', () => {
    expect(categoryFitsNeed({ area: 'children_youth' }, staffing)).toBe(true);
    expect(categoryFitsNeed({ area: null }, staffing)).toBe(true);
    expect(categoryFitsNeed({ area: 'adult_addiction' }, staffing)).toBe(false);
    expect(categoryFitsNeed({ area: 'financial_assistance' }, staffing)).toBe(false);
  });

  it('a placement is not narrowed by an area of work', () => {
    expect(categoryFitsNeed({ area: 'children_youth' }, placement)).toBe(true);
    expect(categoryFitsNeed({ area: null }, placement)).toBe(true);
  });
});

describe('the expected volume of a need', () => {
  it('staffing full time for four weeks is 160 hours', () => {
    expect(expectedVolumeOf(staffing)).toEqual({ quantity: 160, unit: 'hour' });
  });

  it('staffing counts the extent and every position', () => {
    expect(expectedVolumeOf({ ...staffing, extentPercent: 50, positions: 3 })).toEqual({
      quantity: 240,
      unit: 'hour',
    });
  });

  it('a one-day assignment is one day of hours', () => {
    expect(expectedVolumeOf({ ...staffing, end: staffing.start }).quantity).toBe(6);
  });

  it('a placement is its expected duration in days', () => {
    expect(expectedVolumeOf(placement)).toEqual({ quantity: 120, unit: 'day' });
  });

  it('an intervention priced by the hour is hours a week over its duration', () => {
    expect(
      expectedVolumeOf({
        ...placement,
        kind: 'intervention',
        hoursPerWeek: 4,
        expectedDurationDays: 14,
      }),
    ).toEqual({ quantity: 8, unit: 'hour' });
  });

  it('an intervention without hours a week is counted in days', () => {
    expect(expectedVolumeOf({ ...placement, kind: 'intervention' })).toEqual({
      quantity: 120,
      unit: 'day',
    });
  });
});
