// Proposals for a referral: every candidate offer loaded as the domain's MatchOffer, matched by
// matchOffers, and answered with the constraints each proposal passed, its score parts, why each
// excluded offer was left out, and the meeting notes of the proposed suppliers.
//
// How exclusions are counted when SQL filters first (repo.ts): SQL leaves out the offers that fail
// a constraint it checks cheaply (legal basis, target group, age, gender, first language, and —
// unless the municipality allows offers outside agreements — an agreement or DPS route). Those are
// counted in SQL under the first of those constraints they fail; the rest are loaded and the
// domain explains each one, counted under its first failure. CONSTRAINTS' order is the same in
// both, so each excluded offer is counted once, under the same reason either way. The exclusions
// listed (at most EXCLUSIONS_LISTED) are the domain's explanations: those SQL let through first,
// then a sample of those it left out, loaded for the domain to explain.
import { localDate } from '@tildel/domain/calendar';
import { CURRENCY_OF_COUNTRY, money, type Money } from '@tildel/domain/money';
import { findMunicipality } from '@tildel/domain/reference/municipalities';
import { DEFAULT_FRESHNESS_LIMIT_DAYS } from '@tildel/domain/matching/freshness';
import { matchOffers } from '@tildel/domain/matching/match';
import {
  type ConstraintCode,
  type Coordinates,
  type MatchContext,
  type MatchOffer,
  type MatchReferral,
  type MatchWeights,
  type ReferralPerson,
} from '@tildel/domain/matching/types';
import { DEFAULT_MATCH_WEIGHTS, weightsProblems } from '@tildel/domain/matching/weights';
import type { Db } from '../../../db/db.ts';
import type { Actor } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { Problem } from '../../../platform/problem.ts';
import { offerOf } from './offers.ts';
import * as repo from './repo.ts';
import type { CorridorQuery } from './schemas.ts';

/** How many proposals and listed exclusions one answer carries (the rest are counted). */
export const PROPOSALS_LISTED = 50;
export const EXCLUSIONS_LISTED = 50;
/** Meeting notes shown per proposed supplier: the latest. */
export const NOTES_PER_SUPPLIER = 3;

/** The person as stored (validated by referral.ts on the way in); missing lists read as empty. */
function personOf(value: unknown): ReferralPerson {
  const p = (value ?? {}) as Partial<ReferralPerson>;
  return {
    age: typeof p.age === 'number' ? p.age : 0,
    gender: p.gender ?? 'not_stated',
    targetGroups: p.targetGroups ?? [],
    needs: p.needs ?? '',
    languages: p.languages ?? [],
    siblingCaseReferences: p.siblingCaseReferences ?? [],
    homeMunicipalityCode: p.homeMunicipalityCode ?? '',
    preferredArea: p.preferredArea ?? null,
  };
}

/** The preferred area if given, else the seat of the home municipality, else the organisation's. */
function originOf(
  person: ReferralPerson,
  country: 'SE' | 'DK',
  orgMunicipalityCode: string | null,
): Coordinates {
  if (person.preferredArea) return { lat: person.preferredArea.lat, lon: person.preferredArea.lon };
  const seat =
    findMunicipality(country, person.homeMunicipalityCode) ??
    (orgMunicipalityCode ? findMunicipality(country, orgMunicipalityCode) : undefined);
  // A referral's home municipality is checked on the way in; the organisation's seat is the rest.
  return seat ? { lat: seat.lat, lon: seat.lon } : { lat: 0, lon: 0 };
}

function weightsOf(stored: unknown): MatchWeights {
  if (stored && typeof stored === 'object' && weightsProblems(stored).length === 0) {
    return stored as MatchWeights;
  }
  return DEFAULT_MATCH_WEIGHTS;
}

/** The candidate rows as the domain's offers (the supplier facts come on the first row). */
function offersOf(rows: readonly repo.CandidateRow[], filter: repo.CandidateFilter): MatchOffer[] {
  const of = { suppliers: rows[0]?.suppliers ?? {}, routes: rows[0]?.routes ?? {} };
  return rows.map((row) => offerOf(row, of, filter.today));
}

/** Statements side by side on PostgreSQL's pool; one after the other on PGlite (one session). */
async function together<A, B>(
  deps: Deps,
  a: () => Promise<A>,
  b: () => Promise<B>,
): Promise<[A, B]> {
  if (deps.databaseKind === 'postgresql') return Promise.all([a(), b()]);
  return [await a(), await b()];
}

const moneyView = (m: Money) => ({ amountMinor: m.amount, currency: m.currency });

/**
 * The referral as matching reads it and its context, or a not-found problem when the referral is
 * not the organisation's.
 */
async function loadReferral(db: Db, orgId: string, referralId: string, now: Date) {
  const row = await repo.referralWithSettings(db, orgId, referralId);
  if (!row) throw new Problem('not_found', 'problem.not_found.detail');
  const person = personOf(row.person);
  const referral: MatchReferral = {
    caseReference: row.case_reference,
    country: row.country,
    serviceKind: row.service_kind,
    legalBasis: row.legal_basis,
    startOn: row.start_on,
    expectedDurationDays: row.expected_duration_days,
    intensity:
      row.intensity_kind === 'place'
        ? { kind: 'place' }
        : { kind: 'hours_per_week', hoursPerWeek: Number(row.hours_per_week) },
    urgency: row.urgency,
    person,
    origin: originOf(person, row.country, row.municipality_code),
    currency: CURRENCY_OF_COUNTRY[row.country],
  };
  const settings = {
    freshnessLimitDays: row.freshness_limit_days ?? DEFAULT_FRESHNESS_LIMIT_DAYS,
    allowOutsideAgreements: row.allow_outside_agreements ?? false,
    weights: weightsOf(row.weights),
  };
  return { row, referral, settings, today: localDate(now, row.country) };
}

/** What SQL filters the candidates of a referral by (repo.ts), and how many it loads anyway. */
function candidateFilter(
  orgId: string,
  referral: MatchReferral,
  now: Date,
  options: Pick<repo.CandidateFilter, 'requireRoute' | 'sampleSize' | 'supplierIds'>,
): repo.CandidateFilter {
  return {
    orgId,
    country: referral.country,
    serviceKind: referral.serviceKind,
    legalBasis: referral.legalBasis,
    today: localDate(now, referral.country),
    now,
    startOn: referral.startOn,
    age: referral.person.age,
    gender: referral.person.gender,
    targetGroups: referral.person.targetGroups,
    language: referral.person.languages[0] ?? null,
    ...options,
  };
}

/** More offers than a lot's ranked suppliers have between them. */
const OFFERS_OF_SUPPLIERS_LIMIT = 10_000;

/**
 * Every open offer of the given suppliers for the requirements, none left out by SQL (the ranking
 * cascade asks which ranked suppliers fail a must requirement: calloffs/cascade/views.ts).
 */
export async function offersOfSuppliers(
  db: Db,
  orgId: string,
  requirements: MatchReferral,
  supplierIds: readonly string[],
  now: Date,
): Promise<MatchOffer[]> {
  if (supplierIds.length === 0) return [];
  const filter = candidateFilter(orgId, requirements, now, {
    requireRoute: false,
    sampleSize: OFFERS_OF_SUPPLIERS_LIMIT,
    supplierIds,
  });
  const rows = await repo.candidates(db, filter);
  return offersOf(rows, filter);
}

/**
 * How much of the match an answer carries: a page (the top PROPOSALS_LISTED proposals, the first
 * EXCLUSIONS_LISTED exclusions explained, a sample of those SQL left out among them) for the
 * proposals view, or everything matching explains for the offer survey's send and its record of
 * what was considered (the offers SQL left out are then counted by reason in `leftOut`).
 */
export type MatchScope = 'page' | 'all';

/**
 * Proposals for one referral of the organisation: the top PROPOSALS_LISTED with their total,
 * exclusions counted by reason with the first EXCLUSIONS_LISTED explained, and the latest meeting
 * notes of each proposed supplier. Reads only; `actor` is who asks (the route's session).
 */
export async function proposalsFor(
  deps: Deps,
  orgId: string,
  referralId: string,
  actor: Actor,
  scope: MatchScope = 'page',
) {
  void actor; // Reading proposals changes nothing; the actor is for callers that record it.
  const now = deps.clock.now();
  const { row, referral, settings } = await loadReferral(deps.db, orgId, referralId, now);
  const all = scope === 'all';
  const filter = candidateFilter(orgId, referral, now, {
    requireRoute: !settings.allowOutsideAgreements,
    sampleSize: all ? 0 : EXCLUSIONS_LISTED,
  });
  const [rows, continuity] = await together(
    deps,
    () => repo.candidates(deps.db, filter),
    () =>
      repo.continuityOf(deps.db, orgId, [
        row.case_reference,
        ...referral.person.siblingCaseReferences,
      ]),
  );

  const context: MatchContext = {
    now,
    freshnessLimitDays: settings.freshnessLimitDays,
    allowOutsideAgreements: settings.allowOutsideAgreements,
    weights: settings.weights,
    continuity: {
      establishmentIds: new Set(continuity.flatMap((c) => c.establishment_id ?? [])),
      supplierIds: new Set(continuity.map((c) => c.supplier_id)),
    },
  };
  const candidates: MatchOffer[] = [];
  const sample: MatchOffer[] = [];
  const loaded = offersOf(rows, filter);
  rows.forEach((r, i) => (r.prefiltered === null ? candidates : sample).push(loaded[i]!));
  const offers = new Map([...candidates, ...sample].map((o) => [o.establishmentId, o]));
  // Only the proposals shown are built; every exclusion of what was loaded is, to count it.
  const matched = matchOffers(referral, candidates, context, {
    limit: all ? undefined : PROPOSALS_LISTED,
  });
  const explainedSample =
    sample.length > 0
      ? matchOffers(referral, sample, context, { limit: 0, exclusionLimit: EXCLUSIONS_LISTED })
          .exclusions
      : [];

  const byReason = new Map<ConstraintCode, number>();
  const count = (code: ConstraintCode, n: number) =>
    byReason.set(code, (byReason.get(code) ?? 0) + n);
  for (const e of matched.exclusions) if (e.failures[0]) count(e.failures[0].code, 1);
  for (const [reason, n] of Object.entries(rows[0]?.prefilter_counts ?? {})) {
    count(reason as repo.PrefilterReason, n);
  }

  const listed = matched.proposals;
  const supplierIds = [...new Set(listed.map((p) => p.supplierId))];
  // The survey's read of everything needs no meeting notes.
  const notes = all ? [] : await repo.meetingNotes(deps.db, orgId, supplierIds, NOTES_PER_SUPPLIER);
  const notesOf = (supplierId: string) =>
    notes
      .filter((n) => n.supplier_id === supplierId)
      .map((n) => ({
        id: n.id,
        metOn: n.met_on,
        participants: n.participants,
        learned: n.learned,
      }));

  const offerView = (o: MatchOffer) => ({
    id: o.establishmentId,
    name: o.name,
    form: o.form,
    placesTotal: o.placesTotal,
    placesFree: o.placesFree,
    nextFreeOn: o.nextFreeOn,
    confirmedAt: o.confirmedAt ? o.confirmedAt.toISOString() : null,
    approval: o.approval,
    assessedOn: o.assessedOn,
    themeScores: o.themeScores,
    routes: o.routes.flatMap((r): { kind: 'agreement' | 'dps'; id: string; name: string }[] =>
      r.kind === 'agreement'
        ? [{ kind: 'agreement', id: r.agreementId, name: r.name }]
        : r.kind === 'dps'
          ? [{ kind: 'dps', id: r.dpsId, name: r.name }]
          : [],
    ),
  });
  const explained = [...matched.exclusions, ...explainedSample];
  const exclusionItems = (all ? explained : explained.slice(0, EXCLUSIONS_LISTED)).map((e) => {
    const o = offers.get(e.establishmentId)!;
    return {
      offer: { id: o.establishmentId, name: o.name },
      supplier: { id: o.supplierId, name: o.supplierName },
      failures: e.failures.map((f) => ({ code: f.code, params: { ...f.params } })),
    };
  });

  // The offers SQL left out, by the first check each failed: what the survey counts, not lists.
  const leftOut: Partial<Record<repo.PrefilterReason, number>> = all
    ? { ...(rows[0]?.prefilter_counts ?? {}) }
    : {};
  return {
    ...(all ? { leftOut } : {}),
    referral: {
      id: row.id,
      serviceKind: referral.serviceKind,
      startOn: referral.startOn,
      currency: referral.currency,
      state: row.state,
    },
    settings: {
      freshnessLimitDays: settings.freshnessLimitDays,
      allowOutsideAgreements: settings.allowOutsideAgreements,
      weights: { ...settings.weights },
    },
    proposals: {
      total: matched.fitting,
      limit: all ? matched.fitting : PROPOSALS_LISTED,
      items: listed.map((p) => {
        const o = offers.get(p.establishmentId)!;
        return {
          rank: p.rank,
          total: p.total,
          offer: offerView(o),
          supplier: { id: o.supplierId, name: o.supplierName, meetingNotes: notesOf(o.supplierId) },
          passed: [...p.passed],
          parts: p.parts.map((part) => ({ ...part, params: { ...part.params } })),
          expectedCost: moneyView(p.expectedCost),
          distanceKm: p.distanceKm,
          stale: p.stale,
          outsideAgreements: p.outsideAgreements,
          notApproved: p.notApproved,
        };
      }),
    },
    exclusions: {
      total: [...byReason.values()].reduce((a, b) => a + b, 0),
      limit: all ? exclusionItems.length : EXCLUSIONS_LISTED,
      byReason: [...byReason.entries()]
        .map(([code, n]) => ({ code, count: n }))
        .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
      items: exclusionItems,
    },
  };
}

export type ProposalsAnswer = Awaited<ReturnType<typeof proposalsFor>>;

/**
 * The price corridor: per service kind, unit and currency, the distribution of the prices in force
 * today across the organisation's bodies and their municipalities (repo.corridorsInForce, which
 * computes the domain's priceCorridor in SQL). Amounts only: never which supplier asks what.
 */
export async function priceCorridorFor(deps: Deps, orgId: string, query: CorridorQuery) {
  const country = await repo.countryOf(deps.db, orgId);
  if (!country) throw new Problem('not_found', 'problem.not_found.detail');
  const corridors = await repo.corridorsInForce(deps.db, {
    orgId,
    today: localDate(deps.clock.now(), country),
    ...query,
  });
  return {
    items: corridors.map((c) => {
      // As money: an amount beyond a safe integer is refused, not rounded.
      const amount = (minor: string) => money(Number(minor), c.currency).amount;
      return {
        serviceKind: c.service_kind,
        unit: c.unit,
        currency: c.currency,
        count: c.count,
        lowest: amount(c.lowest),
        lowerQuartile: amount(c.lower_quartile),
        median: amount(c.median),
        upperQuartile: amount(c.upper_quartile),
        highest: amount(c.highest),
      };
    }),
  };
}
