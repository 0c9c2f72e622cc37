// The ways a municipality can call off a need: every lot and DPS category it may use whose service
// kind fits the need, each with the procedure a call-off made now would follow and why. Shared by
// the needs area (calloff-options) and the call-offs area (a draft takes the same derivation).
import { callOffMethodFrom } from '@tildel/domain/calloff-method';
import type { Need } from '@tildel/domain/need';
import {
  categoryFitsNeed,
  expectedVolumeOf,
  serviceKindsForNeed,
} from '@tildel/domain/need-calloff';
import { deriveProcedure, type Derivation } from '@tildel/domain/procedures/derive';
import * as repo from './repo.ts';
import type { Db } from '../../../db/db.ts';

/** The procedure, or null when the target cannot be used now; `why` says which rule decided. */
function outcomeOf(derivation: Derivation) {
  return derivation.ok
    ? { procedure: derivation.procedure, why: derivation.reason }
    : { procedure: null, why: derivation.refusal };
}

/**
 * Every lot and DPS category the municipality may see whose category fits the need (service kind,
 * and for staffing the area of work), each with
 * the procedure a call-off made now would follow (from the lot's rule and the need's expected
 * volume) and why — or why it cannot be used now. Reads nothing about the person.
 */
export async function calloffOptionsOf(db: Db, organisationId: string, need: Need, now: Date) {
  const kinds = serviceKindsForNeed(need.kind);
  const expectedVolume = expectedVolumeOf(need);
  // One query after the other: PGlite is one session.
  const fits = (row: { categoryArea: string | null }) =>
    categoryFitsNeed({ area: row.categoryArea }, need);
  const lots = (await repo.calloffLots(db, organisationId, kinds)).filter(fits);
  const municipalityCode = await repo.municipalityCodeOf(db, organisationId);
  const categories = (await repo.calloffDpsCategories(db, organisationId, kinds)).filter(fits);
  const applications = await repo.applicationsOfDps(db, [
    ...new Set(categories.map((c) => c.dpsId)),
  ]);

  const lotOptions = lots.flatMap((lot) => {
    const method = callOffMethodFrom(lot.calloffMethod, lot.volumeThreshold, lot.volumeUnit);
    // The table's check makes every volume rule carry a threshold and a unit.
    if (!method) return [];
    const derivation = deriveProcedure(
      {
        kind: 'agreement_lot',
        agreement: {
          country: lot.country,
          status: lot.status,
          startsOn: lot.startsOn,
          endsOn: lot.endsOn,
          extensionMonths: Array.isArray(lot.extensionOptions)
            ? (lot.extensionOptions as number[])
            : [],
          extensionsUsed: lot.extensionsUsed,
          terminatedOn: lot.terminatedOn,
        },
        // The query returns only agreements the municipality owns or takes part in.
        participating: true,
        method,
        expectedVolume,
        area: { codes: lot.areaCodes, municipalityCode },
      },
      now,
    );
    return [
      {
        kind: 'agreement_lot' as const,
        source: { id: lot.agreementId, reference: lot.reference, title: lot.title },
        lot: { id: lot.lotId, number: lot.lotNumber, name: lot.lotName },
        category: {
          id: lot.categoryId,
          sv: lot.categorySv,
          da: lot.categoryDa,
          en: lot.categoryEn,
        },
        ...outcomeOf(derivation),
      },
    ];
  });

  const dpsOptions = categories.map((c) => {
    const derivation = deriveProcedure(
      {
        kind: 'dps_category',
        dps: {
          country: c.country,
          status: c.status,
          validFrom: c.validFrom,
          validTo: c.validTo,
          initialPeriodEndsOn: c.initialPeriodEndsOn,
        },
        // The query returns only DPSs the municipality owns or takes part in.
        participating: true,
        applications: applications.filter((a) => a.dpsId === c.dpsId),
      },
      now,
    );
    return {
      kind: 'dps_category' as const,
      source: { id: c.dpsId, reference: c.reference, title: c.title },
      lot: null,
      category: { id: c.categoryId, sv: c.categorySv, da: c.categoryDa, en: c.categoryEn },
      ...outcomeOf(derivation),
    };
  });

  return { expectedVolume, options: [...lotOptions, ...dpsOptions] };
}

export type CalloffOption = Awaited<ReturnType<typeof calloffOptionsOf>>['options'][number];

/**
 * The ways as a municipality reads them: the lots that cover only other municipalities are summed
 * up per agreement ("2 899 lots cover other municipalities than yours"), since a national
 * agreement by area has thousands of them beside the one the municipality can use. A draft still
 * takes every option, with its reason (calloffOptionsOf).
 */
export function withOtherAreasSummed(options: readonly CalloffOption[]) {
  const otherAreas = new Map<string, { source: CalloffOption['source']; lots: number }>();
  const shown = options.filter((option) => {
    if (option.procedure !== null || option.why.code !== 'outside_lot_area') return true;
    const summed = otherAreas.get(option.source.id) ?? { source: option.source, lots: 0 };
    summed.lots += 1;
    otherAreas.set(option.source.id, summed);
    return false;
  });
  return { options: shown, otherAreas: [...otherAreas.values()] };
}
