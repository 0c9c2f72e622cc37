// The candidate rows (repo.ts) read as the domain's MatchOffer. The stored facts of an offer
// (offer_match_facts) hold every tariff and permit. Which tariff is in force on the start is the
// domain's rule (tariffFor in matching/constraints.ts), given them all; which permit counts is
// decided here, by the rule the SQL used to apply: of the permits of the country's authority the
// one valid now, else one applied for, else the latest.
import { approvalAuthority } from '@tildel/domain/matching/constraints';
import {
  QUALITY_THEMES,
  type MatchOffer,
  type OfferRoute,
  type Tariff,
  type ThemeScores,
} from '@tildel/domain/matching/types';
import type { PlainDate } from '@tildel/domain/plain-date';
import type {
  CandidateRow,
  RouteFacts,
  StoredPermit,
  StoredTariff,
  SupplierFacts,
} from './repo.ts';

const APPROVAL = {
  valid: 'approved',
  applied: 'pending',
} as const;

const NO_SUPPLIER_FACTS: SupplierFacts = ['', [], 0, 0, null];

/** Every stored tariff: which is in force on the start is the domain's rule (tariffFor). */
function tariffsOf(stored: readonly StoredTariff[]): Tariff[] {
  return stored.map((t) => ({
    unit: t.unit,
    price: { amount: Number(t.amount), currency: t.currency },
    validFrom: t.validFrom,
  }));
}

/**
 * The permit that counts today: valid and not ended first, then applied for, then the latest
 * valid from (none last); the first stored among equals.
 */
function permitOf(
  stored: readonly StoredPermit[],
  authority: StoredPermit['authority'],
  today: PlainDate,
): StoredPermit | null {
  const rank = (p: StoredPermit): [number, number, string] => [
    p.status === 'valid' && (p.validTo === null || p.validTo >= today) ? 1 : 0,
    p.status === 'applied' ? 1 : 0,
    p.validFrom ?? '',
  ];
  let best: StoredPermit | null = null;
  let bestRank: [number, number, string] | null = null;
  for (const p of stored) {
    if (p.authority !== authority) continue;
    const r = rank(p);
    if (
      bestRank === null ||
      r[0] > bestRank[0] ||
      (r[0] === bestRank[0] && (r[1] > bestRank[1] || (r[1] === bestRank[1] && r[2] > bestRank[2])))
    ) {
      best = p;
      bestRank = r;
    }
  }
  return best;
}

function approvalOf(permit: StoredPermit | null, today: PlainDate): MatchOffer['approval'] {
  if (permit === null) return 'not_approved';
  if (permit.status === 'valid') {
    const inForce =
      (permit.validFrom === null || permit.validFrom <= today) &&
      (permit.validTo === null || permit.validTo >= today);
    return inForce ? 'approved' : 'not_approved';
  }
  return permit.status in APPROVAL
    ? APPROVAL[permit.status as keyof typeof APPROVAL]
    : 'not_approved';
}

/** What the first candidate row says of every row's supplier and of the routes they name. */
export interface SuppliersOfRows {
  suppliers: Readonly<Record<string, SupplierFacts>>;
  routes: Readonly<Record<string, RouteFacts>>;
}

/**
 * One candidate row as the domain's offer. `of` is the first row's supplier and route facts;
 * `today` (in the offer's country) decides the permit.
 */
export function offerOf(row: CandidateRow, of: SuppliersOfRows, today: PlainDate): MatchOffer {
  const [supplierName, supplierRoutes, openCorrections, findings, staffListPassed] =
    of.suppliers[row.supplier_id] ?? NO_SUPPLIER_FACTS;
  // An establishment hidden on an agreement is hidden there whatever its supplier's state.
  const all = supplierRoutes.map(([no, state]) => {
    const route = of.routes[no]!;
    return {
      ...route,
      state: route.kind === 'agreement' && row.hidden_on?.includes(route.id) ? 'hidden' : state,
    };
  });
  const usable = all.filter((r) => r.state === 'ok');
  const routes: OfferRoute[] = usable.map((r) =>
    r.kind === 'agreement'
      ? { kind: 'agreement', agreementId: r.id, name: r.name }
      : { kind: 'dps', dpsId: r.id, name: r.name },
  );
  // Blocked: on routes the municipality may use, but on none of them usable.
  const blocked =
    usable.length === 0 && all.length > 0
      ? (all[0]!.state as 'hidden' | 'terminated' | 'excluded')
      : null;
  const permit = permitOf(row.permits ?? [], approvalAuthority(row.country), today);
  const assessment = row.assessment;
  return {
    establishmentId: row.id,
    supplierId: row.supplier_id,
    supplierName,
    name: row.name,
    country: row.country,
    form: row.offer_form,
    serviceKind: row.service_kind,
    legalBases: row.legal_bases,
    targetGroups: row.target_groups,
    ageMin: row.age_min,
    ageMax: row.age_max,
    gender: row.gender,
    languages: row.languages,
    methods: row.methods,
    location: { lat: row.lat, lon: row.lon },
    placesTotal: row.places_total,
    placesFree: row.places_free,
    nextFreeOn: row.next_free_on,
    tariffs: tariffsOf(row.tariffs ?? []),
    approval: approvalOf(permit, today),
    approvedOn: permit?.status === 'valid' ? permit.validFrom : null,
    themeScores: assessment
      ? (Object.fromEntries(
          QUALITY_THEMES.map((theme, i) => [theme, assessment[i + 1] as number]),
        ) as ThemeScores)
      : null,
    assessedOn: assessment ? assessment[0] : null,
    confirmedAt: row.confirmed_at_ms === null ? null : new Date(row.confirmed_at_ms),
    blocked,
    routes,
    followup: {
      openCorrections,
      findings,
      staffListPassed,
    },
  };
}
