// The contract requirements of a draft agreement, on the agreement or on one lot.
import { parseRequirement, requirementParameters } from '@tildel/domain/contract-requirements';
import type { Actor } from '../../../platform/access.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import { Problem, notFound } from '../../../platform/problem.ts';
import * as repo from './repo.ts';
import type { RequirementInput } from './schemas.ts';
import { changeOwned, lotOrThrow, requireDraft } from './shared.ts';

export async function addRequirement(
  deps: Deps,
  actor: Actor,
  orgId: string,
  agreementId: string,
  input: RequirementInput,
) {
  const parsed = parseRequirement(input.kind, input.parameters);
  if (!parsed.ok)
    throw new Problem('validation', 'agreement.requirement.invalid', {
      fields: parsed.problems.map((p) => ({
        field: p.field,
        key: `agreement.requirement.${p.problem}` as const,
      })),
    });
  const id = await changeOwned(deps, orgId, agreementId, async (trx, agreement) => {
    requireDraft(agreement);
    if (input.lotId) await lotOrThrow(trx, agreementId, input.lotId);
    const parameters = requirementParameters(parsed.requirement);
    const { id } = await repo.insertRequirement(trx, {
      agreementId,
      organisationId: orgId,
      lotId: input.lotId ?? null,
      kind: parsed.requirement.kind,
      parameters,
      description: input.description?.trim() ?? '',
      at: deps.clock.now(),
    });
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'agreement.requirement_added',
      objectType: 'framework_agreement',
      objectId: agreementId,
      after: {
        requirementId: id,
        lotId: input.lotId ?? null,
        kind: parsed.requirement.kind,
        parameters,
      },
    });
    return id;
  });
  return { id };
}

export async function removeRequirement(
  deps: Deps,
  actor: Actor,
  orgId: string,
  agreementId: string,
  requirementId: string,
) {
  await changeOwned(deps, orgId, agreementId, async (trx, agreement) => {
    requireDraft(agreement);
    const removed = await repo.deleteRequirement(trx, agreementId, requirementId);
    if (!removed) throw notFound();
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'agreement.requirement_removed',
      objectType: 'framework_agreement',
      objectId: agreementId,
      before: removed,
    });
  });
}
