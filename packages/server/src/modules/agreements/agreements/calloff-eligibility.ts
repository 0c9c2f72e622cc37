// What a call-off needs of an agreement: whether the organisation may call off today, and each
// lot's method and active suppliers, a page of lots at a time, filtered as the lots list is (a
// national agreement has thousands, megabytes in one answer).
import { callOffRefusal, statusOn } from '@tildel/domain/agreement-lifecycle';
import { statusOnDate } from '@tildel/domain/supplier-status';
import type { Deps } from '../../../platform/deps.ts';
import { pageOf } from '../../../platform/paging.ts';
import * as repo from './repo.ts';
import { LOT_PAGE_DEFAULTS, type LotListQuery } from './schemas.ts';
import { datesOf, methodView, standingOf, todayFor, visibleOrThrow } from './shared.ts';

/** Whether the caller's organisation may call off the agreement today, and each lot's method. */
export async function callOffEligibility(
  deps: Deps,
  orgId: string,
  agreementId: string,
  query: LotListQuery = {},
) {
  // The page is read beside the look-up of the agreement; nothing of it is answered unless the
  // organisation sees the agreement.
  const [a, { items: lots, ...paging }] = await Promise.all([
    visibleOrThrow(deps, orgId, agreementId),
    repo.lotPageOf(deps.db, agreementId, pageOf(query, LOT_PAGE_DEFAULTS), query),
  ]);
  const today = todayFor(deps, a.country);
  const refusal = callOffRefusal(datesOf(a), today, a.participating);
  const suppliers = await repo.suppliersOfLots(
    deps.db,
    lots.map((lot) => lot.id),
  );
  // Grouped once (in rank order), so each lot finds its suppliers directly.
  const suppliersByLot = Map.groupBy(suppliers, (s) => s.lot_id);
  return {
    agreementId,
    today,
    status: statusOn(datesOf(a), today),
    mayCallOff: refusal === null,
    reason: refusal,
    lots: lots.map((lot) => ({
      id: lot.id,
      number: lot.number,
      name: lot.name,
      categoryId: lot.category_id,
      areaMunicipalityCodes: lot.area_municipality_codes,
      method: methodView(lot),
      // Hidden and terminated suppliers are never offered a call-off.
      activeSuppliers: (suppliersByLot.get(lot.id) ?? [])
        .filter((s) => statusOnDate(standingOf(s), today) === 'active')
        .map((s) => ({ supplierId: s.supplier_id, name: s.supplier_name, rank: s.rank })),
    })),
    ...paging,
  };
}
