// Which ranked suppliers cannot meet a placement call-off's must requirements (issue 12): the
// need's person, start and intensity as matching's requirements, the lot's suppliers' offers read
// through the matching area's service, and the domain's mustRequirementSkips. The buyer sees each
// as a suggestion before the start and may record the skip with that reason instead of free text.
import {
  mustRequirementSkips,
  MUST_REQUIREMENT_CODES,
} from '@tildel/domain/matching/cascade-skips';
import type { SkipFailure, SkipReason } from '@tildel/domain/procedures/ranking';
import { DEFAULT_FRESHNESS_LIMIT_DAYS } from '@tildel/domain/matching/freshness';
import type { MatchContext, MatchOffer, MatchReferral } from '@tildel/domain/matching/types';
import { DEFAULT_MATCH_WEIGHTS } from '@tildel/domain/matching/weights';
import { CURRENCY_OF_COUNTRY } from '@tildel/domain/money';
import type { PlacementNeed } from '@tildel/domain/need';
import type { ServiceKind } from '@tildel/domain/taxonomy';
import type { Db } from '../../../db/db.ts';
import * as proposalsService from '../../matching/proposals/service.ts';
import type { RankingCalloff } from './progress.ts';

/** What this uses of the matching area. */
const matching: Pick<typeof proposalsService, 'offersOfSuppliers'> = proposalsService;

/** A need states no legal basis, so that is not among the call-off's must requirements. */
const CALLOFF_MUST_CODES = MUST_REQUIREMENT_CODES.filter((code) => code !== 'legal_basis');

function requirementsOf(
  need: PlacementNeed,
  serviceKind: ServiceKind,
  calloff: RankingCalloff,
): MatchReferral {
  return {
    caseReference: '',
    country: calloff.country,
    serviceKind,
    legalBasis: '',
    startOn: need.start,
    expectedDurationDays: need.expectedDurationDays,
    intensity:
      need.kind === 'intervention' && need.hoursPerWeek !== null
        ? { kind: 'hours_per_week', hoursPerWeek: need.hoursPerWeek }
        : { kind: 'place' },
    urgency: 'later',
    person: {
      age: need.person.age,
      gender: need.person.gender,
      targetGroups: need.person.targetGroups,
      needs: need.person.needs,
      languages: need.person.languages,
      siblingCaseReferences: [],
      homeMunicipalityCode: need.person.homeMunicipalityCode,
      preferredArea: null,
    },
    // Distance is no must requirement; the origin is never read.
    origin: { lat: 0, lon: 0 },
    currency: CURRENCY_OF_COUNTRY[calloff.country],
  };
}

/** The skip matching suggests for each of `supplierIds` (in rank order) that fails one. */
export async function mustRequirementSuggestions(
  db: Db,
  calloff: RankingCalloff,
  serviceKind: ServiceKind | null,
  suppliers: readonly { supplierId: string; rank: number }[],
  now: Date,
): Promise<{ supplierId: string; failures: SkipFailure[] }[]> {
  const need = calloff.needDetails as PlacementNeed | { kind: 'staffing' };
  if (need.kind === 'staffing' || serviceKind === null || suppliers.length === 0) return [];
  const requirements = requirementsOf(need, serviceKind, calloff);
  const offers = await matching.offersOfSuppliers(
    db,
    calloff.organisationId,
    requirements,
    suppliers.map((s) => s.supplierId),
    now,
  );
  const bySupplier = new Map<string, MatchOffer[]>();
  for (const offer of offers) {
    const list = bySupplier.get(offer.supplierId) ?? [];
    list.push(offer);
    bySupplier.set(offer.supplierId, list);
  }
  const context: MatchContext = {
    now,
    freshnessLimitDays: DEFAULT_FRESHNESS_LIMIT_DAYS,
    allowOutsideAgreements: true,
    weights: DEFAULT_MATCH_WEIGHTS,
    continuity: { establishmentIds: new Set(), supplierIds: new Set() },
  };
  const ranked = suppliers.map((s) => ({
    supplierId: s.supplierId,
    rank: s.rank,
    offers: bySupplier.get(s.supplierId) ?? [],
  }));
  return mustRequirementSkips(ranked, requirements, context, CALLOFF_MUST_CODES).map((s) => ({
    supplierId: s.supplierId,
    failures: s.failures.map((f) => ({ code: f.code, params: { ...f.params } })),
  }));
}

/**
 * The skips' reasons with, for each 'cannot_meet_must_requirement' that matching confirms, the
 * requirements failed: stored on the step, they are worded in each reader's language.
 */
export async function withMatchingFailures(
  db: Db,
  calloff: RankingCalloff,
  skips: readonly { supplierId: string; rank: number; reason: SkipReason }[],
  now: Date,
): Promise<{ supplierId: string; reason: SkipReason }[]> {
  const asked = skips.filter((s) => s.reason.code === 'cannot_meet_must_requirement');
  const found = new Map(
    (asked.length === 0
      ? []
      : await mustRequirementSuggestions(db, calloff, calloff.serviceKind, asked, now)
    ).map((m) => [m.supplierId, m.failures]),
  );
  return skips.map(({ supplierId, reason }) => {
    const failures =
      reason.code === 'cannot_meet_must_requirement' ? found.get(supplierId) : undefined;
    return { supplierId, reason: failures ? { ...reason, failures } : reason };
  });
}
