// What a need can be called off under: the service kinds of the categories that fit it, and the
// expected volume that a lot's volume rule is compared with (DOMAIN.md "How work flows" step 2).
import type { Need, NeedKind } from './need.ts';
import type { Volume } from './procedures/derive.ts';
import { PLACEMENT_KINDS, type ServiceKind } from './taxonomy.ts';

/** Hours in a full-time working week: a staffing need at 100 % for one week is 40 hours. */
export const FULL_TIME_HOURS_PER_WEEK = 40;

const KINDS_OF_NEED: Readonly<Record<NeedKind, readonly ServiceKind[]>> = {
  staffing: ['staffing'],
  placement: PLACEMENT_KINDS,
  intervention: ['open_care', 'supervision'],
};

/** The service kinds whose categories (lots, DPS categories) can answer a need of this kind. */
export function serviceKindsForNeed(kind: NeedKind): readonly ServiceKind[] {
  return KINDS_OF_NEED[kind];
}

/**
 * Whether a lot's or DPS category's service category can answer the need: a staffing need only by
 * a category of its own area of work (children and youth, addiction, financial assistance ...) or
 * of none in particular; other needs by any category of a fitting service kind.
 */
export function categoryFitsNeed(category: { area: string | null }, need: Need): boolean {
  if (need.kind !== 'staffing' || category.area === null) return true;
  return category.area === need.area;
}

const DAY_MS = 86_400_000;

/** Calendar days from start to end, both counted. */
function daysInclusive(start: string, end: string): number {
  return Math.round((Date.parse(end) - Date.parse(start)) / DAY_MS) + 1;
}

/**
 * The volume the need is expected to take, in the need's own unit:
 * - staffing: hours = extent % × 40 h/week × weeks from start to end (both days counted) ×
 *   positions, rounded to whole hours;
 * - intervention with hours a week: hours = hours a week × expected days / 7, rounded;
 * - any other placement or intervention: the expected duration in days.
 * A lot whose volume rule counts another unit refuses the comparison (volume_unit_mismatch).
 */
export function expectedVolumeOf(need: Need): Volume {
  if (need.kind === 'staffing') {
    const weeks = daysInclusive(need.start, need.end) / 7;
    const hours = (need.extentPercent / 100) * FULL_TIME_HOURS_PER_WEEK * weeks * need.positions;
    return { quantity: Math.round(hours), unit: 'hour' };
  }
  if (need.kind === 'intervention' && need.hoursPerWeek !== null)
    return {
      quantity: Math.round((need.hoursPerWeek * need.expectedDurationDays) / 7),
      unit: 'hour',
    };
  return { quantity: need.expectedDurationDays, unit: 'day' };
}
