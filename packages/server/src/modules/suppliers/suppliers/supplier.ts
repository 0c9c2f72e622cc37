// What every part of a supplier's own data shares: the supplier itself (or 404), the refusal of a
// stale version, and how texts, lists and municipality codes are cleaned and checked.
import { findMunicipality } from '@tildel/domain/reference/municipalities';
import type { Deps } from '../../../platform/deps.ts';
import { fieldProblem, Problem, notFound } from '../../../platform/problem.ts';
import * as repo from './repo.ts';

export const versionConflict = () => new Problem('conflict', 'supplier.version_conflict');

/** A required text, trimmed; blank is refused on the field rather than stored. */
export function required(field: string, value: string) {
  const trimmed = value.trim();
  if (!trimmed) throw fieldProblem(field, 'supplier.blank');
  return trimmed;
}

export function optional(value: string | null | undefined) {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** Trimmed, without blanks or repeats, in the order given. */
export function cleanList(values: readonly string[] | undefined) {
  return [...new Set((values ?? []).map((v) => v.trim()).filter(Boolean))];
}

/** The official municipality code, or a problem on the field when there is no such municipality. */
export function municipality(field: string, country: 'SE' | 'DK', code: string) {
  const found = findMunicipality(country, code);
  if (!found) throw fieldProblem(field, 'supplier.municipality_unknown', { code });
  return found;
}

export async function supplierOrThrow(deps: Deps, supplierId: string) {
  const supplier = await repo.findSupplier(deps.db, supplierId);
  if (!supplier) throw notFound();
  return supplier;
}
