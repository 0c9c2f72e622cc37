// Price lists: a supplier proposes, the procurement officer records what was agreed. Every price
// is a new row (the table refuses updates), so the history is the list itself; the price in force
// is a domain rule.
import type { Actor } from '../../../platform/access.ts';
import { localDate } from '@tildel/domain/calendar';
import { priceHistory } from '@tildel/domain/price-history';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import { fieldProblem, Problem } from '../../../platform/problem.ts';
import * as repo from './repo.ts';
import { pageOf, pageOfRows } from '../../../platform/paging.ts';
import {
  PRICE_PAGE_DEFAULTS,
  type AgreedPriceInput,
  type PriceInput,
  type PriceListQuery,
  type PriceSort,
} from './schemas.ts';

type CategoryRow = Awaited<ReturnType<typeof repo.activeCategories>>[number];

function categoryView(c: CategoryRow) {
  return {
    id: c.id,
    organisationId: c.organisationId,
    organisationName: c.organisationName,
    code: c.code,
    serviceKind: c.serviceKind,
    name: { sv: c.nameSv, da: c.nameDa, en: c.nameEn },
    defaultUnit: c.defaultUnit,
  };
}

async function supplierOrThrow(deps: Deps, supplierId: string) {
  const supplier = await repo.findSupplier(deps.db, supplierId);
  if (!supplier) throw new Problem('not_found', 'problem.not_found.detail');
  return supplier;
}

interface Listed {
  id: string;
  categoryCode: string;
  organisationName: string;
  establishmentName: string | null;
  agreementReference: string | null;
  validFrom: string;
  createdAt: string;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const newestFirst = (a: Listed, b: Listed) => byText(b.createdAt, a.createdAt);

/** Each sort ascending; the row's id breaks ties so pages neither repeat nor skip a row. */
const PRICE_ORDER: Record<PriceSort, (a: Listed, b: Listed) => number> = {
  // A line's history stays together and newest first whichever way the categories run.
  category: (a, b) =>
    byText(a.organisationName, b.organisationName) ||
    byText(a.categoryCode, b.categoryCode) ||
    byText(a.establishmentName ?? '', b.establishmentName ?? '') ||
    byText(a.agreementReference ?? '', b.agreementReference ?? ''),
  created: (a, b) => byText(a.createdAt, b.createdAt),
  validFrom: (a, b) => byText(a.validFrom, b.validFrom),
};

function sortedPage<Row extends Listed>(rows: Row[], query: PriceListQuery) {
  const page = pageOf(query, PRICE_PAGE_DEFAULTS);
  const sign = page.order === 'asc' ? 1 : -1;
  const sorted = [...rows].sort(
    (a, b) =>
      sign * PRICE_ORDER[page.sort](a, b) ||
      (page.sort === 'category' ? newestFirst(a, b) : 0) ||
      sign * byText(a.id, b.id),
  );
  return pageOfRows(sorted, page);
}

async function history(
  deps: Deps,
  supplier: { id: string; country: 'SE' | 'DK' },
  proposalsOf: string | 'all' | null,
  query: PriceListQuery,
) {
  const today = localDate(deps.clock.now(), supplier.country);
  const rows = await repo.pricesOf(deps.db, supplier.id, proposalsOf);
  const byLine = new Map<string, typeof rows>();
  for (const row of rows) {
    // One history per category, establishment and agreement: each has its own price in force.
    const key = `${row.categoryId}|${row.establishmentId ?? ''}|${row.agreementId ?? ''}`;
    byLine.set(key, [...(byLine.get(key) ?? []), row]);
  }
  const items = [...byLine.values()].flatMap((line) =>
    priceHistory(
      line.map((r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString() })),
      today,
    ),
  );
  const { items: shown, ...paging } = sortedPage(items, query);
  return {
    today,
    items: shown.map(({ nameSv, nameDa, nameEn, negotiatedByName, amountMinor, ...rest }) => ({
      ...rest,
      amountMinor: Number(amountMinor),
      categoryName: { sv: nameSv, da: nameDa, en: nameEn },
      negotiatedBy: negotiatedByName ? { name: negotiatedByName } : null,
    })),
    ...paging,
  };
}

/** The supplier's own prices, proposals included, and what it may propose prices for. */
export async function companyPrices(deps: Deps, supplierId: string, query: PriceListQuery) {
  const supplier = await supplierOrThrow(deps, supplierId);
  const categories = await repo.activeCategories(deps.db);
  const establishments = await repo.establishmentsOf(deps.db, supplierId);
  return {
    ...(await history(deps, supplier, 'all', query)),
    categories: categories.map(categoryView),
    establishments,
  };
}

/**
 * A supplier's prices as another organisation sees them: agreed prices, and for a caller who
 * negotiates prices the proposals made in its own organisation's categories.
 */
export async function supplierPrices(
  deps: Deps,
  viewer: { organisationId: string; negotiates: boolean },
  supplierId: string,
  query: PriceListQuery,
) {
  const supplier = await supplierOrThrow(deps, supplierId);
  const categories = viewer.negotiates
    ? await repo.activeCategories(deps.db, viewer.organisationId)
    : [];
  const establishments = await repo.establishmentsOf(deps.db, supplierId);
  return {
    ...(await history(deps, supplier, viewer.negotiates ? viewer.organisationId : null, query)),
    categories: categories.map(categoryView),
    establishments,
  };
}

async function checkInput(deps: Deps, supplierId: string, input: PriceInput) {
  if (input.validTo && input.validTo < input.validFrom) {
    throw fieldProblem('validTo', 'price.valid_to_before_from');
  }
  const category = await repo.findActiveCategory(deps.db, input.categoryId);
  if (!category) throw fieldProblem('categoryId', 'price.category_unknown');
  if (input.establishmentId) {
    const own = await repo.establishmentsOf(deps.db, supplierId);
    if (!own.some((e) => e.id === input.establishmentId)) {
      throw fieldProblem('establishmentId', 'price.establishment_unknown');
    }
  }
  return category;
}

export async function proposePrice(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  input: PriceInput,
) {
  await supplierOrThrow(deps, supplierId);
  await checkInput(deps, supplierId, input);
  return deps.db.transaction().execute(async (trx) => {
    const values = {
      supplier_id: supplierId,
      category_id: input.categoryId,
      establishment_id: input.establishmentId ?? null,
      agreement_id: null,
      unit: input.unit,
      amount_minor: input.amountMinor,
      currency: input.currency,
      valid_from: input.validFrom,
      valid_to: input.validTo ?? null,
      status: 'proposed' as const,
      negotiated_on: null,
      negotiated_by: null,
      negotiated_by_name: null,
      note: input.note ?? '',
      created_at: deps.clock.now(),
      created_by: actor.userId,
    };
    const id = await repo.insertPrice(trx, values);
    await appendAudit(trx, deps.clock, {
      organisationId: supplierId,
      actorUserId: actor.userId,
      action: 'price.proposed',
      objectType: 'price',
      objectId: id,
      after: values,
    });
    return { id };
  });
}

export async function recordAgreedPrice(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  supplierId: string,
  input: AgreedPriceInput,
) {
  const supplier = await supplierOrThrow(deps, supplierId);
  const category = await checkInput(deps, supplierId, input);
  // An officer agrees prices in its own organisation's taxonomy, under its own agreements.
  if (category.organisationId !== organisationId) {
    throw fieldProblem('categoryId', 'price.category_unknown');
  }
  if (
    input.agreementId &&
    !(await repo.findAgreement(deps.db, organisationId, input.agreementId))
  ) {
    throw fieldProblem('agreementId', 'price.agreement_unknown');
  }
  return deps.db.transaction().execute(async (trx) => {
    const values = {
      supplier_id: supplierId,
      category_id: input.categoryId,
      establishment_id: input.establishmentId ?? null,
      agreement_id: input.agreementId ?? null,
      unit: input.unit,
      amount_minor: input.amountMinor,
      currency: input.currency,
      valid_from: input.validFrom,
      valid_to: input.validTo ?? null,
      status: 'agreed' as const,
      negotiated_on: input.negotiatedOn ?? localDate(deps.clock.now(), supplier.country),
      negotiated_by: actor.userId,
      negotiated_by_name: actor.name,
      note: input.note ?? '',
      created_at: deps.clock.now(),
      created_by: actor.userId,
    };
    const id = await repo.insertPrice(trx, values);
    await appendAudit(trx, deps.clock, {
      organisationId,
      actorUserId: actor.userId,
      action: 'price.agreed',
      objectType: 'price',
      objectId: id,
      after: values,
    });
    return { id };
  });
}
