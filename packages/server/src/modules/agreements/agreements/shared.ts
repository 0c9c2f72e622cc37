// What the parts of a framework agreement's use cases share: the agreement row and its dates,
// today in its country, finding it visible or owned (locked for a change), the state checks of a
// change, and how a lot's method and a supplier's standing are read.
import type { Transaction } from 'kysely';
import { statusOn, type AgreementDates } from '@tildel/domain/agreement-lifecycle';
import { localDate, type PlainDate } from '@tildel/domain/calendar';
import type { CallOffMethodKind } from '@tildel/domain/calloff-method';
import type { SupplierStanding } from '@tildel/domain/supplier-status';
import type { PriceUnit } from '@tildel/domain/taxonomy';
import type { DB } from '../../../db/types.ts';
import type { Deps } from '../../../platform/deps.ts';
import { Problem, notFound } from '../../../platform/problem.ts';
import * as repo from './repo.ts';

export type AgreementRow = NonNullable<Awaited<ReturnType<typeof repo.lockOwnedAgreement>>>;

export function datesOf(a: AgreementRow): AgreementDates {
  return {
    status: a.status,
    startsOn: a.starts_on,
    endsOn: a.ends_on,
    extensionMonths: extensionMonthsOf(a),
    extensionsUsed: a.extensions_used,
    terminatedOn: a.terminated_on,
  };
}

export function extensionMonthsOf(a: AgreementRow): number[] {
  return Array.isArray(a.extension_options) ? (a.extension_options as number[]) : [];
}

export function todayFor(deps: Deps, country: 'SE' | 'DK'): PlainDate {
  return localDate(deps.clock.now(), country);
}

export async function visibleOrThrow(deps: Deps, orgId: string, agreementId: string) {
  const agreement = await repo.findVisibleAgreement(deps.db, orgId, agreementId);
  if (!agreement) throw notFound();
  return agreement;
}

/** Runs a change of an owned agreement in one transaction, with the agreement locked. */
export async function changeOwned<T>(
  deps: Deps,
  orgId: string,
  agreementId: string,
  change: (trx: Transaction<DB>, agreement: AgreementRow) => Promise<T>,
): Promise<T> {
  return deps.db.transaction().execute(async (trx) => {
    const agreement = await repo.lockOwnedAgreement(trx, orgId, agreementId);
    if (!agreement) throw notFound();
    return change(trx, agreement);
  });
}

export function requireDraft(agreement: AgreementRow) {
  if (agreement.status !== 'draft') throw new Problem('conflict', 'agreement.not_draft');
}

export function requireVersion(agreement: AgreementRow, version: number) {
  if (agreement.version !== version) throw new Problem('conflict', 'agreement.version_conflict');
}

/** Supplier status and rankings change while the agreement runs (or before it starts). */
export function requireRunning(deps: Deps, agreement: AgreementRow) {
  const status = statusOn(datesOf(agreement), todayFor(deps, agreement.country));
  if (status !== 'active' && status !== 'draft')
    throw new Problem('conflict', 'agreement.not_running');
}

export async function lotOrThrow(trx: Transaction<DB>, agreementId: string, lotId: string) {
  const lot = await repo.findLot(trx, agreementId, lotId);
  if (!lot) throw notFound();
  return lot;
}

export function methodView(lot: {
  calloff_method: CallOffMethodKind;
  volume_threshold: number | null;
  volume_unit: PriceUnit | null;
}) {
  return { kind: lot.calloff_method, threshold: lot.volume_threshold, unit: lot.volume_unit };
}

export function standingOf(s: {
  status: SupplierStanding['status'];
  hidden_from: string | null;
  hidden_to: string | null;
  terminated_on: string | null;
}): SupplierStanding {
  return {
    status: s.status,
    hiddenFrom: s.hidden_from,
    hiddenTo: s.hidden_to,
    terminatedOn: s.terminated_on,
  };
}
