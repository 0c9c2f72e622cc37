// Reading framework agreements: the list an organisation sees, one agreement with its
// municipalities and contract requirements, and its lots a page at a time with their ranked
// suppliers and the price in force.
// Expired is computed on read from the end date and the clock (agreement-lifecycle.statusOn), not
// written by a job.
import { activationGaps, currentEndDate, statusOn } from '@tildel/domain/agreement-lifecycle';
import { latestPossibleEnd } from '@tildel/domain/agreement-period';
import { statusOnDate } from '@tildel/domain/supplier-status';
import type { Deps } from '../../../platform/deps.ts';
import { queryRows } from '../../../platform/export.ts';
import { pageOf } from '../../../platform/paging.ts';
import type { SearchMatch } from '../../../platform/search.ts';
import * as repo from './repo.ts';
import {
  AGREEMENT_PAGE_DEFAULTS,
  LOT_PAGE_DEFAULTS,
  type AgreementListQuery,
  type LotListQuery,
} from './schemas.ts';
import {
  datesOf,
  extensionMonthsOf,
  methodView,
  standingOf,
  todayFor,
  visibleOrThrow,
  type AgreementRow,
} from './shared.ts';

function summary(
  deps: Deps,
  a: AgreementRow & { owner_name: string; participating: boolean },
  orgId: string,
) {
  const today = todayFor(deps, a.country);
  const extensionOptions = extensionMonthsOf(a);
  return {
    id: a.id,
    reference: a.reference,
    title: a.title,
    description: a.description,
    country: a.country,
    ownerId: a.organisation_id,
    ownerName: a.owner_name,
    owned: a.organisation_id === orgId,
    participating: a.participating,
    status: statusOn(datesOf(a), today),
    startsOn: a.starts_on,
    endsOn: a.ends_on,
    currentEndsOn: currentEndDate(datesOf(a)),
    latestPossibleEnd: latestPossibleEnd(a.ends_on, extensionOptions),
    extensionOptions,
    extensionsUsed: a.extensions_used,
    longPeriodReason: a.long_period_reason,
    terminatedOn: a.terminated_on,
    terminatedReason: a.terminated_reason,
    version: a.version,
  };
}

export async function listAgreements(deps: Deps, orgId: string, query: AgreementListQuery) {
  const page = pageOf(query, AGREEMENT_PAGE_DEFAULTS);
  const { items, ...paging } = await repo.listVisibleAgreements(deps.db, orgId, page);
  return { ...paging, items: items.map((a) => summary(deps, a, orgId)) };
}

/** Every agreement of the organisation's list in its order: a download's rows. */
export function agreementRows(
  deps: Deps,
  orgId: string,
  query: Omit<AgreementListQuery, 'limit' | 'offset'>,
) {
  const sort = pageOf(query, AGREEMENT_PAGE_DEFAULTS);
  return queryRows(deps.db, repo.visibleAgreementsInOrder(deps.db, orgId, sort), (a) =>
    summary(deps, a, orgId),
  );
}

/** Agreements the organisation sees (as in its list) by title or reference. */
export async function searchAgreements(
  deps: Deps,
  orgId: string,
  q: string,
  limit: number,
): Promise<SearchMatch[]> {
  const rows = await repo.searchVisibleAgreements(deps.db, orgId, q, limit);
  return rows.map((a) => ({
    id: a.id,
    title: a.title,
    reference: a.reference,
    context: a.owner_name,
  }));
}

export async function agreementDetail(deps: Deps, orgId: string, agreementId: string) {
  const a = await visibleOrThrow(deps, orgId, agreementId);
  const today = todayFor(deps, a.country);
  // The owner's draft says what activation still lacks, which needs every lot's supplier count.
  const draftOfOwner = a.organisation_id === orgId && a.status === 'draft';
  const [municipalities, tally, requirements, supplierCounts] = await Promise.all([
    repo.municipalitiesOf(deps.db, agreementId),
    repo.lotTallyOf(deps.db, agreementId),
    repo.requirementsOf(deps.db, agreementId),
    draftOfOwner ? repo.supplierCountsOfLots(deps.db, agreementId) : null,
  ]);
  return {
    ...summary(deps, a, orgId),
    today,
    municipalities: municipalities.map((m) => ({
      id: m.id,
      name: m.name,
      municipalityCode: m.municipality_code,
    })),
    lotCount: tally.lots,
    nextLotNumber: tally.maxNumber + 1,
    requirements: requirements.map((r) => ({
      id: r.id,
      lotId: r.lot_id,
      lot:
        r.lot_number === null || r.lot_name === null
          ? null
          : { number: r.lot_number, name: r.lot_name },
      kind: r.kind,
      parameters: r.parameters as Record<string, unknown>,
      description: r.description,
    })),
    activationGaps: supplierCounts
      ? activationGaps({
          lots: supplierCounts,
          municipalityCount: municipalities.length,
        })
      : [],
  };
}

/**
 * A page of the agreement's lots with their ranked suppliers, each with its status on the day and
 * the price in force. Whoever sees the agreement sees every supplier of its lots, hidden and
 * terminated ones too (with their status), as the agreement page always showed them.
 */
export async function agreementLots(
  deps: Deps,
  orgId: string,
  agreementId: string,
  query: LotListQuery,
) {
  // The page is read beside the look-up of the agreement (one round trip less); nothing of it is
  // answered unless the organisation sees the agreement.
  const [a, { items: lots, ...paging }] = await Promise.all([
    visibleOrThrow(deps, orgId, agreementId),
    repo.lotPageOf(deps.db, agreementId, pageOf(query, LOT_PAGE_DEFAULTS), query),
  ]);
  const today = todayFor(deps, a.country);
  const lotIds = lots.map((lot) => lot.id);
  const [suppliers, prices] = await Promise.all([
    repo.suppliersOfLots(deps.db, lotIds),
    repo.agreedPricesOf(deps.db, agreementId, lotIds, today),
  ]);
  // Grouped once by key, so each lot and supplier finds its rows without scanning them all;
  // groups keep the rows' order (rank, newest price).
  const suppliersByLot = Map.groupBy(suppliers, (s) => s.lot_id);
  const pricesBySupplier = Map.groupBy(prices, (p) => `${p.supplier_id} ${p.category_id}`);
  const items = lots.map((lot) => ({
    id: lot.id,
    number: lot.number,
    name: lot.name,
    category: {
      id: lot.category_id,
      code: lot.category_code,
      nameSv: lot.category_name_sv,
      nameDa: lot.category_name_da,
      nameEn: lot.category_name_en,
    },
    areaMunicipalityCodes: lot.area_municipality_codes,
    method: methodView(lot),
    suppliers: (suppliersByLot.get(lot.id) ?? []).map((s) => {
      // The price in force: the newest agreed price that has started (prices are newest first);
      // before any has started (a draft starting later) the first one that will.
      const ofSupplier = pricesBySupplier.get(`${s.supplier_id} ${lot.category_id}`) ?? [];
      const price = ofSupplier.find((p) => p.valid_from <= today) ?? ofSupplier.at(-1);
      return {
        supplierId: s.supplier_id,
        name: s.supplier_name,
        rank: s.rank,
        status: s.status,
        effectiveStatus: statusOnDate(standingOf(s), today),
        reason: s.status_reason,
        hiddenFrom: s.hidden_from,
        hiddenTo: s.hidden_to,
        terminatedOn: s.terminated_on,
        price: price
          ? {
              amountMinor: Number(price.amount_minor),
              currency: price.currency,
              unit: price.unit,
              validFrom: price.valid_from,
            }
          : null,
      };
    }),
  }));
  return { ...paging, items };
}
