// A supplier's offers (its establishments, open-care teams and consultant pools) as a matching
// team chooses by them: form, legal bases, capacity, tariffs, Socialtilsyn's assessment, and when
// capacity and tariffs were last confirmed and by whom. The supplier keeps them; every change is
// audited, and a change of capacity or tariff confirms the offer.
import { localDate } from '@tildel/domain/calendar';
import { isStale } from '@tildel/domain/matching/freshness';
import { QUALITY_THEMES, type ThemeScores } from '@tildel/domain/matching/types';
import { AUTHORITY_OF_COUNTRY } from '@tildel/domain/permit-csv';
import type { Actor } from '../../../platform/access.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import { pageOf } from '../../../platform/paging.ts';
import { fieldProblem, notFound, Problem } from '../../../platform/problem.ts';
import type { Db } from '../../../db/db.ts';
import { offerFreshnessLimit } from '../settings/service.ts';
import * as repo from './repo.ts';
import {
  OFFER_PAGE_DEFAULTS,
  type AssessmentBody,
  type ConfirmBody,
  type OfferBody,
  type OfferListQuery,
  type TariffBody,
} from './schemas.ts';

const DAY_MS = 86_400_000;

export async function supplierOrThrow(db: Db, supplierId: string) {
  const supplier = await repo.findSupplier(db, supplierId);
  if (!supplier) throw notFound();
  return supplier;
}

function scoresOf(row: Record<(typeof QUALITY_THEMES)[number], number>): ThemeScores {
  return Object.fromEntries(QUALITY_THEMES.map((t) => [t, row[t]])) as ThemeScores;
}

/** The offers of the rows with their tariffs, assessment and approval: three queries for a page. */
async function offerViews(db: Db, rows: readonly repo.OfferRow[], now: Date, limitDays: number) {
  const ids = rows.map((r) => r.id);
  const [tariffs, assessments, approvals] = await Promise.all([
    repo.tariffsOf(db, ids),
    repo.latestAssessments(db, ids),
    repo.approvalsOf(db, ids),
  ]);
  return rows.map((r) => {
    const today = localDate(now, r.country);
    const own = tariffs.filter((t) => t.establishment_id === r.id);
    // Per unit, the newest tariff from today or before applies (rows come newest first per unit).
    const inForce = new Set<string>();
    for (const unit of new Set(own.map((t) => t.unit))) {
      const current = own.find((t) => t.unit === unit && t.valid_from <= today);
      if (current) inForce.add(current.id);
    }
    const assessment = assessments.find((a) => a.establishment_id === r.id);
    const approval = approvals.find((a) => a.establishment_id === r.id);
    return {
      id: r.id,
      name: r.name,
      serviceKind: r.service_kind,
      country: r.country,
      form: r.offer_form,
      legalBases: r.legal_bases,
      targetGroups: r.target_groups,
      ageMin: r.age_min,
      ageMax: r.age_max,
      gender: r.gender,
      placesTotal: r.places_total,
      placesFree: r.places_free,
      nextFreeOn: r.next_free_on,
      assumedOccupancyPercent: r.assumed_occupancy_percent,
      tariffs: own.map((t) => ({
        id: t.id,
        unit: t.unit,
        amountMinor: Number(t.amount_minor),
        currency: t.currency,
        validFrom: t.valid_from,
        negotiatedOn: t.negotiated_on,
        negotiatedByName: t.negotiated_by_name,
        inForce: inForce.has(t.id),
      })),
      assessment: assessment
        ? {
            authority: assessment.authority,
            assessedOn: assessment.assessed_on,
            scores: scoresOf(assessment),
          }
        : null,
      approval: {
        status: approval?.approved
          ? ('approved' as const)
          : approval?.pending
            ? ('pending' as const)
            : ('not_approved' as const),
        since: approval?.approved ? approval.since : null,
      },
      freshness: {
        confirmedAt: r.confirmed_at,
        confirmedBy: r.confirmed_by_name ? { name: r.confirmed_by_name } : null,
        stale: isStale(r.confirmed_at, now, limitDays),
        limitDays,
      },
      version: r.version,
    };
  });
}

export async function listOffers(deps: Deps, supplierId: string, query: OfferListQuery) {
  const supplier = await supplierOrThrow(deps.db, supplierId);
  const now = deps.clock.now();
  const limitDays = await offerFreshnessLimit(deps.db, supplier.country);
  const { items, ...paging } = await repo.pageOfOffers(
    deps.db,
    supplierId,
    { staleBefore: query.stale ? new Date(now.getTime() - limitDays * DAY_MS) : undefined },
    pageOf(query, OFFER_PAGE_DEFAULTS),
  );
  return { ...paging, items: await offerViews(deps.db, items, now, limitDays) };
}

async function offerView(db: Db, supplierId: string, establishmentId: string, now: Date) {
  const supplier = await supplierOrThrow(db, supplierId);
  const row = await repo.findOffer(db, supplierId, establishmentId);
  if (!row) throw notFound();
  const limitDays = await offerFreshnessLimit(db, supplier.country);
  return (await offerViews(db, [row], now, limitDays))[0]!;
}

export function getOffer(deps: Deps, supplierId: string, establishmentId: string) {
  return offerView(deps.db, supplierId, establishmentId, deps.clock.now());
}

function confirmationBy(deps: Deps, actor: Actor): repo.Confirmation {
  return { at: deps.clock.now(), by: actor.userId, byName: actor.name };
}

/** Saves the offer's fields; saving states its capacity, so it confirms the offer too. */
export async function updateOffer(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  establishmentId: string,
  input: OfferBody,
) {
  if (input.placesFree > input.placesTotal) {
    throw fieldProblem('placesFree', 'establishment.free_exceeds_total', {
      free: input.placesFree,
      total: input.placesTotal,
    });
  }
  return deps.db.transaction().execute(async (trx) => {
    const before = await offerView(trx, supplierId, establishmentId, deps.clock.now());
    const values = {
      offer_form: input.form,
      legal_bases: input.legalBases,
      places_total: input.placesTotal,
      places_free: input.placesFree,
      next_free_on: input.nextFreeOn,
      assumed_occupancy_percent: input.assumedOccupancyPercent,
    };
    const confirmation = confirmationBy(deps, actor);
    if (!(await repo.updateOffer(trx, establishmentId, input.version, values, confirmation))) {
      throw new Problem('conflict', 'offers.version_conflict');
    }
    await appendAudit(trx, deps.clock, {
      organisationId: supplierId,
      actorUserId: actor.userId,
      action: 'offer.updated',
      objectType: 'establishment',
      objectId: establishmentId,
      before: {
        form: before.form,
        legalBases: before.legalBases,
        placesTotal: before.placesTotal,
        placesFree: before.placesFree,
        nextFreeOn: before.nextFreeOn,
        assumedOccupancyPercent: before.assumedOccupancyPercent,
      },
      after: { ...values, confirmedAt: confirmation.at },
    });
    return offerView(trx, supplierId, establishmentId, deps.clock.now());
  });
}

export async function addTariff(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  establishmentId: string,
  input: TariffBody,
) {
  return deps.db.transaction().execute(async (trx) => {
    await offerView(trx, supplierId, establishmentId, deps.clock.now());
    if (await repo.tariffExists(trx, establishmentId, input.unit, input.validFrom)) {
      throw fieldProblem('validFrom', 'offers.tariff_duplicate', { date: input.validFrom });
    }
    const values = {
      unit: input.unit,
      amountMinor: input.amountMinor,
      currency: input.currency,
      validFrom: input.validFrom,
      negotiatedOn: input.negotiatedOn ?? null,
      negotiatedByName: input.negotiatedByName?.trim() || null,
    };
    const id = await repo.insertTariff(trx, {
      ...values,
      establishmentId,
      supplierId,
      createdAt: deps.clock.now(),
      createdBy: actor.userId,
    });
    // Stating a tariff is confirming the offer's price.
    await repo.confirmOffers(trx, supplierId, [establishmentId], confirmationBy(deps, actor));
    await appendAudit(trx, deps.clock, {
      organisationId: supplierId,
      actorUserId: actor.userId,
      action: 'offer.tariff_added',
      objectType: 'offer_tariff',
      objectId: id,
      after: { establishmentId, ...values },
    });
    return offerView(trx, supplierId, establishmentId, deps.clock.now());
  });
}

export async function addAssessment(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  establishmentId: string,
  input: AssessmentBody,
) {
  return deps.db.transaction().execute(async (trx) => {
    const offer = await offerView(trx, supplierId, establishmentId, deps.clock.now());
    // Socialtilsyn assesses Danish offers, IVO Swedish ones.
    const authority = AUTHORITY_OF_COUNTRY[offer.country];
    if (await repo.assessmentExists(trx, establishmentId, authority, input.assessedOn)) {
      throw fieldProblem('assessedOn', 'offers.assessment_duplicate', { date: input.assessedOn });
    }
    const id = await repo.insertAssessment(trx, {
      establishmentId,
      authority,
      assessedOn: input.assessedOn,
      scores: input.scores,
      createdAt: deps.clock.now(),
      createdBy: actor.userId,
    });
    await appendAudit(trx, deps.clock, {
      organisationId: supplierId,
      actorUserId: actor.userId,
      action: 'offer.assessment_added',
      objectType: 'quality_assessment',
      objectId: id,
      after: { establishmentId, authority, assessedOn: input.assessedOn, scores: input.scores },
    });
    return offerView(trx, supplierId, establishmentId, deps.clock.now());
  });
}

/**
 * The supplier confirms in one click that the capacity and tariffs of its offers (all open ones,
 * or those listed) are still right. A listed offer that is not its own, or closed, is refused.
 */
export async function confirmOffers(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  input: ConfirmBody,
) {
  return deps.db.transaction().execute(async (trx) => {
    await supplierOrThrow(trx, supplierId);
    const listed = input.establishmentIds ?? null;
    if (listed) {
      const own = new Set((await repo.openOfferIds(trx, supplierId)).map((o) => o.id));
      if (listed.some((id) => !own.has(id))) {
        throw fieldProblem('establishmentIds', 'offers.not_own');
      }
    }
    const confirmation = confirmationBy(deps, actor);
    const confirmed = await repo.confirmOffers(trx, supplierId, listed, confirmation);
    for (const offer of confirmed) {
      await appendAudit(trx, deps.clock, {
        organisationId: supplierId,
        actorUserId: actor.userId,
        action: 'offer.confirmed',
        objectType: 'establishment',
        objectId: offer.id,
        after: { confirmedAt: confirmation.at, confirmedByName: confirmation.byName },
      });
    }
    return {
      confirmed: confirmed.length,
      confirmedAt: confirmation.at,
      confirmedBy: { name: confirmation.byName },
    };
  });
}
