// Awake night staff night by night. With per-shift rows a list names each night of the period
// whose awake staff fall short of the requirement, where a list of totals could only show the
// average. A night is the one beginning on its date (22:00–07:00). A night that has
// no row counts as a night without awake staff: the supplier reports every night once it reports
// nights one by one, and what it leaves out cannot be taken as staffed.
import { daysOf, type ReportedPeriod, type ShiftRow } from './shift-rows.ts';
import { SHIFT_LENGTH_HOURS } from './vocabulary.ts';

export interface NightShortfall {
  date: string;
  /** Awake staff hours reported for the night, in hundredths (0 when missing). */
  awakeHundredths: number;
  /** Awake staff hours the requirement asks for: minAwake × 9 h, in hundredths. */
  requiredHundredths: number;
  /** 'none': no one awake, or the night is not in the rows; 'too_few': some, but too few. */
  reason: 'none' | 'too_few';
}

/** Whether the rows give any night one by one (then every night is checked by itself). */
export const hasNightRows = (rows: readonly ShiftRow[]) => rows.some((r) => r.shift === 'night');

/** Awake staff hours of every night of the period in date order (0 for a night without a row). */
export function awakeHoursByNight(
  period: ReportedPeriod,
  rows: readonly ShiftRow[],
): { date: string; awakeHundredths: number }[] {
  const awake = new Map<string, number>();
  for (const r of rows)
    if (r.shift === 'night') awake.set(r.date, (awake.get(r.date) ?? 0) + r.awakeHundredths);
  return daysOf(period).map((date) => ({ date, awakeHundredths: awake.get(date) ?? 0 }));
}

/**
 * Every night of the period whose awake staff hours fall short of minAwake staff through the
 * night (minAwake × 9 hours), in date order; day and evening rows do not count. Exactly at the
 * limit passes; a hundredth of an hour short fails.
 */
export function nightsWithoutAwakeStaff(
  period: ReportedPeriod,
  rows: readonly ShiftRow[],
  minAwake: number,
): NightShortfall[] {
  const required = minAwake * SHIFT_LENGTH_HOURS.night * 100;
  return awakeHoursByNight(period, rows)
    .filter((night) => night.awakeHundredths < required)
    .map((night) => ({
      ...night,
      requiredHundredths: required,
      reason: night.awakeHundredths === 0 ? 'none' : 'too_few',
    }));
}
