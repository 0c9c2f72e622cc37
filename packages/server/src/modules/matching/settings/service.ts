// Matching settings of a municipality or body: the freshness limit, whether offers outside its
// agreements may be proposed, and the score weights (the documented defaults until it sets its own).
import { DEFAULT_FRESHNESS_LIMIT_DAYS } from '@tildel/domain/matching/freshness';
import { DEFAULT_MATCH_WEIGHTS, weightsProblems } from '@tildel/domain/matching/weights';
import type { MatchWeights } from '@tildel/domain/matching/types';
import type { Actor } from '../../../platform/access.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import type { MessageKey } from '../../../platform/i18n.ts';
import { Problem } from '../../../platform/problem.ts';
import type { Db } from '../../../db/db.ts';
import * as repo from './repo.ts';
import type { SettingsBody } from './schemas.ts';

export interface MatchingSettings {
  freshnessLimitDays: number;
  allowOutsideAgreements: boolean;
  weights: MatchWeights;
  weightsAreDefault: boolean;
}

/** The settings matching works with in an organisation; other parts of matching read them here. */
export async function matchingSettings(db: Db, organisationId: string): Promise<MatchingSettings> {
  const row = await repo.findSettings(db, organisationId);
  const own = row?.weights as MatchWeights | null | undefined;
  return {
    freshnessLimitDays: row?.freshness_limit_days ?? DEFAULT_FRESHNESS_LIMIT_DAYS,
    allowOutsideAgreements: row?.allow_outside_agreements ?? false,
    weights: own ?? { ...DEFAULT_MATCH_WEIGHTS },
    weightsAreDefault: !own,
  };
}

/** The freshness limit an offer of the country is held to: the strictest any buyer there set. */
export async function offerFreshnessLimit(db: Db, country: 'SE' | 'DK'): Promise<number> {
  return (await repo.strictestFreshnessLimit(db, country)) ?? DEFAULT_FRESHNESS_LIMIT_DAYS;
}

export async function getSettings(deps: Deps, organisationId: string) {
  const row = await repo.findSettings(deps.db, organisationId);
  return {
    ...(await matchingSettings(deps.db, organisationId)),
    updatedAt: row?.updated_at ?? null,
    updatedBy: row?.updated_by_name ? { name: row.updated_by_name } : null,
  };
}

const WEIGHT_MESSAGE: Record<string, MessageKey> = {
  missing: 'matching.settings.weight_missing',
  not_whole_number: 'matching.settings.weight_whole',
  out_of_range: 'matching.settings.weight_range',
};

export async function putSettings(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  input: SettingsBody,
) {
  if (input.weights) {
    const problems = weightsProblems(input.weights);
    if (problems.length > 0) {
      throw new Problem('validation', 'problem.validation.detail', {
        fields: problems.map((p) =>
          p.code === 'sum_not_100'
            ? { field: 'weights', key: 'matching.settings.weights_sum', params: { sum: p.sum } }
            : { field: `weights.${p.part}`, key: WEIGHT_MESSAGE[p.code]! },
        ),
      });
    }
  }
  return deps.db.transaction().execute(async (trx) => {
    const before = await matchingSettings(trx, organisationId);
    await repo.upsertSettings(trx, organisationId, {
      freshnessLimitDays: input.freshnessLimitDays,
      allowOutsideAgreements: input.allowOutsideAgreements,
      weights: input.weights,
      updatedAt: deps.clock.now(),
      updatedBy: actor.userId,
    });
    await appendAudit(trx, deps.clock, {
      organisationId,
      actorUserId: actor.userId,
      action: 'matching_settings.updated',
      objectType: 'matching_settings',
      objectId: organisationId,
      before,
      after: input,
    });
    const row = await repo.findSettings(trx, organisationId);
    return {
      ...(await matchingSettings(trx, organisationId)),
      updatedAt: row?.updated_at ?? null,
      updatedBy: row?.updated_by_name ? { name: row.updated_by_name } : null,
    };
  });
}
