// The report on a staff list: the agreement's typed requirements that apply to the supplier
// (those of the whole agreement and of the lots it is on), each checked by the domain's
// checkStaffList for the request's period and placed residents, night by night when the list
// gives night rows.
import { parseRequirement, type ContractRequirement } from '@tildel/domain/contract-requirements';
import {
  checkStaffList,
  type NightShortfall,
  type RequirementCheck,
  type ShiftRow,
  type StaffListRow,
} from '@tildel/domain/staff-list/index';
import * as repo from './repo.ts';
import type { Db } from '../../../db/db.ts';
import { LOCALES, t, type Locale } from '../../../platform/i18n.ts';

export interface AppliedRequirement {
  id: string;
  description: string;
  requirement: ContractRequirement;
}

/** The requirements a supplier's staff list is checked against, in the agreement's order. */
export async function requirementsForSupplier(
  db: Db,
  agreementId: string,
  supplierId: string,
): Promise<AppliedRequirement[]> {
  const lots = await repo.lotsOfSupplier(db, agreementId, supplierId);
  const rows = await repo.requirementsFor(db, agreementId, lots);
  return rows.flatMap((row) => {
    // Stored through the same parser, so a row that no longer parses is one we cannot check.
    const parsed = parseRequirement(row.kind, row.parameters);
    return parsed.ok
      ? [{ id: row.id, description: row.description, requirement: parsed.requirement }]
      : [];
  });
}

/** Days from the first to the last day of the period, both included. */
export function periodDays(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
}

export interface RequirementReport extends RequirementCheck {
  requirementId: string;
  description: string;
  requirement: ContractRequirement;
}

/** A submission as stored: rows and per-shift rows as jsonb, each read by the domain's parsers. */
export interface StoredList {
  rows: unknown;
  shifts: unknown;
}

export function reportOn(
  list: StoredList,
  requirements: readonly AppliedRequirement[],
  request: { placedResidents: number; periodFrom: string; periodTo: string },
): RequirementReport[] {
  const checks = checkStaffList(
    list.rows as StaffListRow[],
    requirements.map((r) => r.requirement),
    {
      placedResidents: request.placedResidents,
      days: periodDays(request.periodFrom, request.periodTo),
      dates: { from: request.periodFrom, to: request.periodTo },
    },
    list.shifts as ShiftRow[],
  );
  return checks.map((check, i) => ({
    ...check,
    requirementId: requirements[i]!.id,
    description: requirements[i]!.description,
    requirement: requirements[i]!.requirement,
  }));
}

export function summaryOf(report: readonly RequirementReport[]) {
  const count = (outcome: RequirementCheck['outcome']) =>
    report.filter((r) => r.outcome === outcome).length;
  return { met: count('met'), notMet: count('not_met'), notApplicable: count('not_applicable') };
}

/** The nights the report names, each once, in date order (several requirements may name one). */
export function nightsShort(report: readonly RequirementReport[]): NightShortfall[] {
  const byDate = new Map<string, NightShortfall>();
  for (const check of report)
    for (const night of check.nights ?? [])
      if (!byDate.has(night.date)) byDate.set(night.date, night);
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

const INTL: Record<Locale, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };

/** "2026-11-14: ingen vaken personal", one line a night, dates and hours as the reader writes them. */
export function nightLines(locale: Locale, nights: readonly NightShortfall[]): string[] {
  const date = new Intl.DateTimeFormat(INTL[locale], { dateStyle: 'short', timeZone: 'UTC' });
  const hours = new Intl.NumberFormat(INTL[locale], { maximumFractionDigits: 2 });
  return nights.map((n) =>
    n.reason === 'none'
      ? t(locale, 'staff_list.night.none', { date: date.format(Date.parse(n.date)) })
      : t(locale, 'staff_list.night.too_few', {
          date: date.format(Date.parse(n.date)),
          awake: hours.format(n.awakeHundredths / 100),
          required: hours.format(n.requiredHundredths / 100),
        }),
  );
}

/** The paragraph of a mail naming the nights, in each language; empty when there are none. */
export function nightsParagraph(nights: readonly NightShortfall[]): Record<Locale, string> {
  return Object.fromEntries(
    LOCALES.map((locale) => [
      locale,
      nights.length === 0
        ? ''
        : `${[t(locale, 'staff_list.nights.heading'), ...nightLines(locale, nights)].join('\n')}\n\n`,
    ]),
  ) as Record<Locale, string>;
}
