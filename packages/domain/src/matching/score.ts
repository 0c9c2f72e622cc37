// The parts of a proposal's score (issue 12), each 0..1 (higher is better) with what it was
// computed from: distance, expected cost, quality, freshness and continuity. match.ts weighs them
// (weights.ts) into points out of 100.
import { MoneyError, multiplyMoneyByRatio, type Money } from '../money.ts';
import { DAY_MS } from '../plain-date.ts';
import type { PriceUnit } from '../taxonomy.ts';
import { isStale } from './freshness.ts';
import {
  QUALITY_THEMES,
  type Coordinates,
  type Intensity,
  type MatchContext,
  type MatchOffer,
  type QualityTheme,
  type Tariff,
  type ThemeScores,
} from './types.ts';

// ---- expected cost ----------------------------------------------------------------------------

/** A volume of tariff units as an exact fraction. */
export interface VolumeRatio {
  numerator: number;
  denominator: number;
}

/**
 * An average month in days: 365.25 / 12 = 30.4375 = 487/16. Used so that a month tariff over a
 * duration in days gives the same total whatever month the placement starts in.
 */
export const DAYS_PER_MONTH = { numerator: 487, denominator: 16 } as const;

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

function reduced(numerator: number, denominator: number): VolumeRatio {
  const d = gcd(numerator, denominator);
  return { numerator: numerator / d, denominator: denominator / d };
}

/** Hours a week as an exact fraction: 2.5 → 25/10 (read from the decimal, never scaled). */
function hoursFraction(hoursPerWeek: number): VolumeRatio {
  const match = /^(\d+)(?:\.(\d{1,4}))?$/.exec(String(hoursPerWeek));
  if (!match || hoursPerWeek <= 0) {
    throw new MoneyError('invalid_argument', `Hours a week ${hoursPerWeek} is not a decimal > 0`);
  }
  const fraction = match[2] ?? '';
  return { numerator: Number(match[1]! + fraction), denominator: 10 ** fraction.length };
}

/**
 * How many tariff units a referral uses over its expected duration, exactly:
 * - per hour: hours a week × duration / 7 (weeks); the intensity must be hours a week;
 * - per day: the duration in days;
 * - per month: duration / 30.4375 (an average month, DAYS_PER_MONTH);
 * - a package: 1, whatever the duration.
 */
export function volumeRatio(
  unit: PriceUnit,
  intensity: Intensity,
  durationDays: number,
): VolumeRatio {
  if (!Number.isSafeInteger(durationDays) || durationDays < 0) {
    throw new MoneyError('invalid_argument', 'The duration must be whole days, not negative');
  }
  switch (unit) {
    case 'hour': {
      if (intensity.kind !== 'hours_per_week') {
        throw new MoneyError('invalid_argument', 'An hour tariff prices hours a week, not a place');
      }
      const hours = hoursFraction(intensity.hoursPerWeek);
      return reduced(hours.numerator * durationDays, hours.denominator * 7);
    }
    case 'day':
      return { numerator: durationDays, denominator: 1 };
    case 'month':
      return reduced(durationDays * DAYS_PER_MONTH.denominator, DAYS_PER_MONTH.numerator);
    case 'package':
      return { numerator: 1, denominator: 1 };
  }
}

/**
 * The expected total of a referral at a tariff: tariff × volume (volumeRatio), in exact minor
 * units rounded half to even (multiplyMoneyByRatio).
 */
export function expectedCost(tariff: Tariff, intensity: Intensity, durationDays: number): Money {
  const { numerator, denominator } = volumeRatio(tariff.unit, intensity, durationDays);
  return multiplyMoneyByRatio(tariff.price, numerator, denominator);
}

/**
 * amount × numerator / denominator rounded half to even, as multiplyMoneyByRatio does, without
 * BigInt while the product is a safe integer (matching prices 40,000 offers; this is the hot
 * path). Falls back to BigInt beyond that, so the result is always the same.
 */
export function ratioOfMinor(
  amount: number,
  ratio: VolumeRatio,
  currency: Money['currency'],
): number {
  const product = amount * ratio.numerator;
  if (!Number.isSafeInteger(product) || amount < 0) {
    return multiplyMoneyByRatio({ amount, currency }, ratio.numerator, ratio.denominator).amount;
  }
  const d = ratio.denominator;
  const quotient = Math.floor(product / d);
  const twice = (product - quotient * d) * 2;
  if (twice < d) return quotient;
  if (twice > d) return quotient + 1;
  return quotient % 2 === 0 ? quotient : quotient + 1;
}

/**
 * Cost part: the cheapest fitting offer's expected total over this one's (1 for the cheapest,
 * 0.5 for one twice as dear). A free offer scores 1.
 */
export function costScore(expectedMinor: number, cheapestMinor: number): number {
  if (expectedMinor <= 0) return 1;
  return Math.max(0, cheapestMinor) / expectedMinor;
}

// ---- distance ---------------------------------------------------------------------------------

/** The mean radius of the Earth (IUGG), in km. */
const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle distance in km (haversine). */
export function haversineKm(a: Coordinates, b: Coordinates): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The distance at which the distance part is 0.5. The part is H / (H + km): 1 at the door, 0.5 at
 * 25 km (a school run within a Danish municipality), 0.25 at 75 km, and never quite 0, so that far
 * offers still rank among themselves.
 */
export const DISTANCE_HALF_SCORE_KM = 25;

export function distanceScore(km: number): number {
  return DISTANCE_HALF_SCORE_KM / (DISTANCE_HALF_SCORE_KM + km);
}

// ---- quality ----------------------------------------------------------------------------------

/**
 * Socialtilsyn's theme scores gate rather than rank: they cluster at 4 and above. A theme below
 * this is a heavy penalty (the quality part is 0, whatever the follow-up), not an exclusion: the
 * authority has approved the offer, and the matching team must see it with the weak theme named
 * rather than lose it from the list.
 */
export const LOW_THEME_SCORE = 3;
/** What an offer never assessed scores on the theme input: neutral, as a typical theme mean of 4. */
export const UNASSESSED_THEME_INPUT = 0.5;
/** What each piece of our own follow-up takes off the follow-up input (from 1, not below 0). */
export const FOLLOWUP_PENALTY = Object.freeze({
  openCorrection: 0.25,
  finding: 0.1,
  staffListFailed: 0.3,
});

function followupInput(followup: MatchOffer['followup']): number {
  return Math.max(
    0,
    1 -
      FOLLOWUP_PENALTY.openCorrection * followup.openCorrections -
      FOLLOWUP_PENALTY.finding * followup.findings -
      (followup.staffListPassed === false ? FOLLOWUP_PENALTY.staffListFailed : 0),
  );
}

/** The lowest-scored theme (the first of equals, in QUALITY_THEMES order). */
function lowestTheme(themeScores: ThemeScores): QualityTheme {
  let lowest: QualityTheme = QUALITY_THEMES[0];
  for (const theme of QUALITY_THEMES) if (themeScores[theme] < themeScores[lowest]) lowest = theme;
  return lowest;
}

function themeMean(themeScores: ThemeScores): number {
  let sum = 0;
  for (const theme of QUALITY_THEMES) sum += themeScores[theme];
  return sum / QUALITY_THEMES.length;
}

/**
 * Quality part: half the theme input, half our follow-up. Theme input: the mean of the seven
 * themes from 3 (0) to 5 (1), so 4 gives 0.5; an offer never assessed gets UNASSESSED_THEME_INPUT;
 * a theme below LOW_THEME_SCORE makes the whole part 0. Follow-up input: 1 less FOLLOWUP_PENALTY
 * for each open request for correction, each finding of the last two years and a failed
 * staff-list check.
 */
export function qualityValue(themeScores: ThemeScores | null, followup: MatchOffer['followup']) {
  if (themeScores === null) return (UNASSESSED_THEME_INPUT + followupInput(followup)) / 2;
  // The seven themes read by name (this runs for every fitting offer; a loop over the names
  // would look each up by a computed key).
  const t = themeScores;
  const lowest = Math.min(
    t.education_employment,
    t.independence_relations,
    t.target_group_methods_results,
    t.health_wellbeing,
    t.organisation_management,
    t.competences,
    t.physical_setting,
  );
  if (lowest < LOW_THEME_SCORE) return 0;
  const sum =
    t.education_employment +
    t.independence_relations +
    t.target_group_methods_results +
    t.health_wellbeing +
    t.organisation_management +
    t.competences +
    t.physical_setting;
  const themeInput = Math.min(1, Math.max(0, (sum / QUALITY_THEMES.length - LOW_THEME_SCORE) / 2));
  return (themeInput + followupInput(followup)) / 2;
}

export interface QualityResult {
  score: number;
  params: Record<string, string | number>;
}

/** The quality part (qualityValue) with what it was computed from. */
export function qualityScore(
  themeScores: ThemeScores | null,
  followup: MatchOffer['followup'],
): QualityResult {
  const params: Record<string, string | number> = {
    openCorrections: followup.openCorrections,
    findings: followup.findings,
    staffList:
      followup.staffListPassed === null ? 'none' : followup.staffListPassed ? 'passed' : 'failed',
  };
  if (themeScores === null) {
    params.themes = 'not_assessed';
  } else {
    const lowest = lowestTheme(themeScores);
    params.themeMean = Math.round(themeMean(themeScores) * 100) / 100;
    params.lowestTheme = lowest;
    params.lowestThemeScore = themeScores[lowest];
    if (themeScores[lowest] < LOW_THEME_SCORE) params.lowTheme = lowest;
  }
  return { score: qualityValue(themeScores, followup), params };
}

// ---- freshness --------------------------------------------------------------------------------

/**
 * Freshness part: 1 when confirmed within the limit; a stale offer scores half the limit over its
 * age (0.5 just past the limit, 0.25 at twice it), never confirmed 0.
 */
export function freshnessValue(confirmedAt: Date | null, now: Date, limitDays: number): number {
  if (confirmedAt === null) return 0;
  if (!isStale(confirmedAt, now, limitDays)) return 1;
  return (0.5 * limitDays * DAY_MS) / (now.getTime() - confirmedAt.getTime());
}

export interface FreshnessResult {
  score: number;
  stale: boolean;
  /** Whole days since confirmed; -1 when never. */
  ageDays: number;
}

/** The freshness part (freshnessValue) with whether the offer is stale and how old. */
export function freshnessScore(
  confirmedAt: Date | null,
  now: Date,
  limitDays: number,
): FreshnessResult {
  const score = freshnessValue(confirmedAt, now, limitDays);
  if (confirmedAt === null) return { score, stale: true, ageDays: -1 };
  const ageDays = Math.max(0, Math.floor((now.getTime() - confirmedAt.getTime()) / DAY_MS));
  return { score, stale: isStale(confirmedAt, now, limitDays), ageDays };
}

// ---- continuity -------------------------------------------------------------------------------

export type ContinuityVia = 'establishment' | 'supplier' | 'none';

/** Whether an earlier order for this case or a sibling's was with the establishment or supplier. */
export function continuityVia(
  offer: Pick<MatchOffer, 'establishmentId' | 'supplierId'>,
  continuity: MatchContext['continuity'],
): ContinuityVia {
  // Most referrals have no earlier order: then nothing is looked up.
  const { establishmentIds, supplierIds } = continuity;
  if (establishmentIds.size > 0 && establishmentIds.has(offer.establishmentId)) {
    return 'establishment';
  }
  if (supplierIds.size > 0 && supplierIds.has(offer.supplierId)) return 'supplier';
  return 'none';
}

/**
 * Continuity part: 1 when the same establishment had an earlier order for this case or a
 * sibling's, 0.5 when another of the supplier's did (the same staff and methods may follow), else 0.
 */
export const CONTINUITY_SCORE: Readonly<Record<ContinuityVia, number>> = Object.freeze({
  establishment: 1,
  supplier: 0.5,
  none: 0,
});

export function continuityScore(
  offer: Pick<MatchOffer, 'establishmentId' | 'supplierId'>,
  continuity: MatchContext['continuity'],
): { score: number; via: ContinuityVia } {
  const via = continuityVia(offer, continuity);
  return { score: CONTINUITY_SCORE[via], via };
}
