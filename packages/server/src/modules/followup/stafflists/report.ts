// The report on a staff list: the agreement's typed requirements that apply to the supplier
// (those of the whole agreement and of the lots it is on), each checked by the domain's
// checkStaffList for the request's period and placed residents.
import { parseRequirement, type ContractRequirement } from '@tildel/domain/contract-requirements';
import {
  checkStaffList,
  type RequirementCheck,
  type StaffListRow,
} from '@tildel/domain/staff-list/index';
import * as repo from './repo.ts';
import type { Db } from '../../../db/db.ts';

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

export function reportOn(
  rows: readonly StaffListRow[],
  requirements: readonly AppliedRequirement[],
  request: { placedResidents: number; periodFrom: string; periodTo: string },
): RequirementReport[] {
  const checks = checkStaffList(
    rows,
    requirements.map((r) => r.requirement),
    {
      placedResidents: request.placedResidents,
      days: periodDays(request.periodFrom, request.periodTo),
    },
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
