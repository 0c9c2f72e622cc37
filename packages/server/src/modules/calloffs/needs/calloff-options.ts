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

type Lot = Awaited<ReturnType<typeof repo.calloffLots>>[number];

/**
 * Every lot and DPS category the municipality may see whose category fits the need (service kind,
 * and for staffing the area of work), each with the procedure a call-off made now would follow
 * (from the lot's rule and the need's expected volume) and why — or why it cannot be used now.
 * Reads nothing about the person. A draft takes these, so none is left out.
 */
export async function calloffOptionsOf(db: Db, organisationId: string, need: Need, now: Date) {
  // One query after the other: PGlite is one session.
  const municipalityCode = await repo.municipalityCodeOf(db, organisationId);
  const lots = await repo.calloffLots(db, organisationId, serviceKindsForNeed(need.kind));
  return optionsFrom(db, organisationId, need, now, lots, municipalityCode);
}

/**
 * The ways as a municipality reads them: the lots whose area covers only other municipalities
 * are not derived one by one but counted per agreement ("2 899 lots cover other municipalities
 * than yours"), since a national agreement by area has thousands of them beside the one the
 * municipality can use.
 */
export async function calloffOptionsInArea(db: Db, organisationId: string, need: Need, now: Date) {
  const kinds = serviceKindsForNeed(need.kind);
  const municipalityCode = await repo.municipalityCodeOf(db, organisationId);
  const lots = await repo.calloffLots(db, organisationId, kinds, { municipalityCode });
  const outside = await repo.lotsOutsideArea(db, organisationId, kinds, municipalityCode);
  const otherAreas = new Map<string, { source: CalloffOption['source']; lots: number }>();
  for (const row of outside.filter((r) => fitsNeed(r, need))) {
    const source = { id: row.agreementId, reference: row.reference, title: row.title };
    const summed = otherAreas.get(source.id) ?? { source, lots: 0 };
    summed.lots += row.lots;
    otherAreas.set(source.id, summed);
  }
  const { expectedVolume, options } = await optionsFrom(
    db,
    organisationId,
    need,
    now,
    lots,
    municipalityCode,
  );
  return { expectedVolume, options, otherAreas: [...otherAreas.values()] };
}

const fitsNeed = (row: { categoryArea: string | null }, need: Need) =>
  categoryFitsNeed({ area: row.categoryArea }, need);

/** The options of the lots read and of the DPS categories, each derived. */
async function optionsFrom(
  db: Db,
  organisationId: string,
  need: Need,
  now: Date,
  lotsRead: readonly Lot[],
  municipalityCode: string | null,
) {
  const expectedVolume = expectedVolumeOf(need);
  const lots = lotsRead.filter((lot) => fitsNeed(lot, need));
  const categories = (
    await repo.calloffDpsCategories(db, organisationId, serviceKindsForNeed(need.kind))
  ).filter((c) => fitsNeed(c, need));
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
