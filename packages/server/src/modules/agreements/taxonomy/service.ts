// The service taxonomy of a procurement organisation: read by anyone signed in (suppliers price
// and apply by it), kept by its procurement officers. Retiring keeps the row, since prices,
// lots and applications point at it.
import type { Actor } from '../../../platform/access.ts';
import type { Selectable } from 'kysely';
import type { ServiceCategoriesTable, TargetGroupsTable } from '../../../db/types.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import { Problem, fieldProblem, notFound } from '../../../platform/problem.ts';
import * as repo from './repo.ts';
import type { CreateCategoryInput, CreateTargetGroupInput, NamesInput } from './schemas.ts';

type Kind = 'category' | 'target_group';

const TABLE = { category: 'service_categories', target_group: 'target_groups' } as const;

function names(row: { name_sv: string; name_da: string; name_en: string }) {
  return { sv: row.name_sv, da: row.name_da, en: row.name_en };
}

export function categoryView(row: Selectable<ServiceCategoriesTable>) {
  return {
    id: row.id,
    code: row.code,
    serviceKind: row.service_kind,
    area: row.area,
    defaultUnit: row.default_unit,
    names: names(row),
    retiredAt: row.retired_at,
  };
}

export function targetGroupView(row: Selectable<TargetGroupsTable>) {
  return { id: row.id, code: row.code, names: names(row), retiredAt: row.retired_at };
}

async function taxonomyOf(deps: Deps, organisationId: string, withRetired: boolean) {
  const [categories, targetGroups] = await Promise.all([
    repo.listCategories(deps.db, organisationId, withRetired),
    repo.listTargetGroups(deps.db, organisationId, withRetired),
  ]);
  return {
    categories: categories.map(categoryView),
    targetGroups: targetGroups.map(targetGroupView),
  };
}

/**
 * A procurement organisation's taxonomy in force, for anyone signed in: a procurement body, or a
 * municipality that procures for itself (it has categories). Other organisations have none.
 */
export async function publishedTaxonomy(deps: Deps, bodyId: string) {
  const organisation = await repo.findOrganisation(deps.db, bodyId);
  const procures =
    organisation !== undefined &&
    (organisation.kind === 'procurement_body' ||
      (organisation.kind === 'municipality' && (await repo.hasCategories(deps.db, bodyId))));
  if (!organisation || !procures) throw notFound();
  return {
    organisation: { id: organisation.id, name: organisation.name },
    ...(await taxonomyOf(deps, bodyId, false)),
  };
}

/** The whole taxonomy, retired entries too, for the officers who keep it. */
export function managedTaxonomy(deps: Deps, organisationId: string) {
  return taxonomyOf(deps, organisationId, true);
}

/** A code is unique per organisation: a taken one is refused with the code named. */
function codeTaken(code: string) {
  return new Problem('conflict', 'taxonomy.code_taken', {
    params: { code },
    fields: [{ field: 'code', key: 'taxonomy.code_taken', params: { code } }],
  });
}

function trimmedNames(input: NamesInput): repo.Names {
  const result = { sv: input.sv.trim(), da: input.da.trim(), en: input.en.trim() };
  for (const locale of ['sv', 'da', 'en'] as const) {
    if (!result[locale]) throw fieldProblem(`names.${locale}`, 'field.required');
  }
  return result;
}

export async function createCategory(
  deps: Deps,
  actor: Actor,
  orgId: string,
  input: CreateCategoryInput,
) {
  const names = trimmedNames(input.names);
  return deps.db.transaction().execute(async (trx) => {
    const row = await repo.insertCategory(trx, {
      organisationId: orgId,
      code: input.code,
      serviceKind: input.serviceKind,
      area: input.area?.trim() || null,
      names,
      defaultUnit: input.defaultUnit,
      createdAt: deps.clock.now(),
    });
    if (!row) throw codeTaken(input.code);
    const view = categoryView(row);
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'taxonomy.category_created',
      objectType: 'service_category',
      objectId: row.id,
      after: view,
    });
    return view;
  });
}

export async function createTargetGroup(
  deps: Deps,
  actor: Actor,
  orgId: string,
  input: CreateTargetGroupInput,
) {
  const names = trimmedNames(input.names);
  return deps.db.transaction().execute(async (trx) => {
    const row = await repo.insertTargetGroup(trx, {
      organisationId: orgId,
      code: input.code,
      names,
      createdAt: deps.clock.now(),
    });
    if (!row) throw codeTaken(input.code);
    const view = targetGroupView(row);
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'taxonomy.target_group_created',
      objectType: 'target_group',
      objectId: row.id,
      after: view,
    });
    return view;
  });
}

type Change = { names: NamesInput } | { retire: true };

/** What each kind of entry looks like when it leaves the API. */
interface ViewOf {
  category: ReturnType<typeof categoryView>;
  target_group: ReturnType<typeof targetGroupView>;
}

/** Rename or retire a category or target group of the caller's own organisation. */
async function changeEntry<K extends Kind>(
  deps: Deps,
  actor: Actor,
  orgId: string,
  kind: K,
  id: string,
  change: Change,
): Promise<ViewOf[K]> {
  const names = 'names' in change ? trimmedNames(change.names) : null;
  return deps.db.transaction().execute(async (trx) => {
    const before =
      kind === 'category'
        ? await repo.findCategory(trx, orgId, id)
        : await repo.findTargetGroup(trx, orgId, id);
    if (!before) throw notFound();
    if (!names && before.retired_at) {
      throw new Problem('conflict', 'taxonomy.already_retired');
    }
    const after = await repo.updateEntry(
      trx,
      TABLE[kind],
      id,
      names
        ? { name_sv: names.sv, name_da: names.da, name_en: names.en }
        : { retired_at: deps.clock.now() },
    );
    const view = (row: typeof before) =>
      kind === 'category'
        ? categoryView(row as Selectable<ServiceCategoriesTable>)
        : targetGroupView(row);
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: `taxonomy.${kind}_${names ? 'renamed' : 'retired'}`,
      objectType: kind === 'category' ? 'service_category' : 'target_group',
      objectId: id,
      before: view(before),
      after: view(after as typeof before),
    });
    return view(after as typeof before) as ViewOf[K];
  });
}

export const renameCategory = (
  deps: Deps,
  actor: Actor,
  orgId: string,
  id: string,
  names: NamesInput,
) => changeEntry(deps, actor, orgId, 'category', id, { names });
export const retireCategory = (deps: Deps, actor: Actor, orgId: string, id: string) =>
  changeEntry(deps, actor, orgId, 'category', id, { retire: true });
export const renameTargetGroup = (
  deps: Deps,
  actor: Actor,
  orgId: string,
  id: string,
  names: NamesInput,
) => changeEntry(deps, actor, orgId, 'target_group', id, { names });
export const retireTargetGroup = (deps: Deps, actor: Actor, orgId: string, id: string) =>
  changeEntry(deps, actor, orgId, 'target_group', id, { retire: true });
