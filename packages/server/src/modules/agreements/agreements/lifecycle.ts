// The lifecycle of an agreement: activating a complete draft, terminating, using an extension.
import {
  activationGaps,
  canTransition,
  currentEndDate,
  statusOn,
} from '@tildel/domain/agreement-lifecycle';
import type { Actor } from '../../../platform/access.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import type { MessageKey } from '../../../platform/i18n.ts';
import { fieldProblem, Problem } from '../../../platform/problem.ts';
import { agreementDetail } from './reading.ts';
import * as repo from './repo.ts';
import type { TerminateInput } from './schemas.ts';
import { changeOwned, datesOf, requireVersion, todayFor } from './shared.ts';

const GAP_FIELDS = {
  no_lots: ['lots', 'agreement.gap.no_lots'],
  lot_without_suppliers: ['lots', 'agreement.gap.lot_without_suppliers'],
  no_municipalities: ['municipalityIds', 'agreement.gap.no_municipalities'],
} as const satisfies Record<string, readonly [string, MessageKey]>;

export async function activate(
  deps: Deps,
  actor: Actor,
  orgId: string,
  agreementId: string,
  version: number,
) {
  await changeOwned(deps, orgId, agreementId, async (trx, agreement) => {
    requireVersion(agreement, version);
    if (!canTransition(agreement.status, 'active'))
      throw new Problem('conflict', 'agreement.not_draft');
    const [lots, municipalities] = await Promise.all([
      repo.supplierCountsOfLots(trx, agreementId),
      repo.municipalitiesOf(trx, agreementId),
    ]);
    const gaps = activationGaps({
      lots,
      municipalityCount: municipalities.length,
    });
    if (gaps.length > 0)
      throw new Problem('validation', 'agreement.incomplete', {
        fields: gaps.map((g) => ({ field: GAP_FIELDS[g][0], key: GAP_FIELDS[g][1] })),
      });
    await repo.setAgreementStatus(trx, agreementId, { status: 'active' });
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'agreement.activated',
      objectType: 'framework_agreement',
      objectId: agreementId,
      before: { status: agreement.status },
      after: { status: 'active' },
    });
  });
  return agreementDetail(deps, orgId, agreementId);
}

export async function terminate(
  deps: Deps,
  actor: Actor,
  orgId: string,
  agreementId: string,
  input: TerminateInput,
) {
  const reason = input.reason.trim();
  if (!reason) throw fieldProblem('reason', 'agreement.status.reason_required');
  await changeOwned(deps, orgId, agreementId, async (trx, agreement) => {
    requireVersion(agreement, input.version);
    const status = statusOn(datesOf(agreement), todayFor(deps, agreement.country));
    if (agreement.status !== 'active' || !canTransition(status, 'terminated'))
      throw new Problem('conflict', 'agreement.cannot_terminate');
    if (input.terminatedOn < agreement.starts_on)
      throw fieldProblem('terminatedOn', 'agreement.terminated_before_start');
    await repo.setAgreementStatus(trx, agreementId, {
      status: 'terminated',
      terminatedOn: input.terminatedOn,
      terminatedReason: reason,
    });
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'agreement.terminated',
      objectType: 'framework_agreement',
      objectId: agreementId,
      before: { status: agreement.status },
      after: { status: 'terminated', terminatedOn: input.terminatedOn, reason },
    });
  });
  return agreementDetail(deps, orgId, agreementId);
}

/** Uses the next extension option of a running agreement, so its end date moves on. */
export async function useExtension(
  deps: Deps,
  actor: Actor,
  orgId: string,
  agreementId: string,
  version: number,
) {
  await changeOwned(deps, orgId, agreementId, async (trx, agreement) => {
    requireVersion(agreement, version);
    const dates = datesOf(agreement);
    if (
      statusOn(dates, todayFor(deps, agreement.country)) !== 'active' ||
      agreement.status !== 'active'
    )
      throw new Problem('conflict', 'agreement.cannot_extend');
    if (agreement.extensions_used >= dates.extensionMonths.length)
      throw new Problem('conflict', 'agreement.no_extension_left');
    await repo.useExtension(trx, agreementId);
    const used = agreement.extensions_used + 1;
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'agreement.extension_used',
      objectType: 'framework_agreement',
      objectId: agreementId,
      before: { extensionsUsed: agreement.extensions_used, endsOn: currentEndDate(dates) },
      after: {
        extensionsUsed: used,
        months: dates.extensionMonths[used - 1],
        endsOn: currentEndDate({ ...dates, extensionsUsed: used }),
      },
    });
  });
  return agreementDetail(deps, orgId, agreementId);
}
