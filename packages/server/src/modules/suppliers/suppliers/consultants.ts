// The supplier's consultants (staffing): educations, experience per area, languages and
// availability. Personal data: only the supplier itself reads them; buyers see a number.
import type { Actor } from '../../../platform/access.ts';
import type { Selectable } from 'kysely';
import { consultantProblems, type Education, type Experience } from '@tildel/domain/consultant';
import type { ConsultantsTable } from '../../../db/types.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import { queryRows } from '../../../platform/export.ts';
import type { MessageKey } from '../../../platform/i18n.ts';
import { pageOf } from '../../../platform/paging.ts';
import { Problem, notFound } from '../../../platform/problem.ts';
import * as repo from './repo.ts';
import {
  CONSULTANT_PAGE_DEFAULTS,
  type ConsultantChange,
  type ConsultantInput,
  type ConsultantListQuery,
} from './schemas.ts';
import { cleanList, required, supplierOrThrow, versionConflict } from './supplier.ts';

function consultantView(c: Selectable<ConsultantsTable>) {
  return {
    id: c.id,
    name: c.name,
    educations: c.educations as unknown as Education[],
    experience: c.experience as unknown as Experience[],
    languages: c.languages,
    availableFrom: c.available_from,
    availableExtentPercent: c.available_extent_percent,
    version: c.version,
    createdAt: c.created_at,
  };
}

const CONSULTANT_PROBLEM_KEYS: Record<string, MessageKey> = {
  in_future: 'consultant.education_in_future',
  too_early: 'consultant.education_too_early',
  duplicate_area: 'consultant.duplicate_area',
  too_many_years: 'consultant.too_many_years',
};

function consultantValues(deps: Deps, input: ConsultantInput) {
  const name = required('name', input.name);
  const experience = input.experience.map((x) => ({ area: x.area, years: x.years }));
  const educations = input.educations.map((e) => ({ code: e.code, year: e.year }));
  const problems = consultantProblems(
    { educations, experience },
    deps.clock.now().getUTCFullYear(),
  );
  if (problems.length > 0) {
    throw new Problem('validation', 'problem.validation.detail', {
      fields: problems.map((p) => ({ field: p.field, key: CONSULTANT_PROBLEM_KEYS[p.reason]! })),
    });
  }
  return {
    name,
    // jsonb: sent as JSON text, or the driver would send a PostgreSQL array.
    educations: JSON.stringify(educations),
    experience: JSON.stringify(experience),
    languages: cleanList(input.languages),
    available_from: input.availableFrom ?? null,
    available_extent_percent: input.availableExtentPercent ?? null,
  };
}

function auditable(values: ReturnType<typeof consultantValues>) {
  return {
    ...values,
    educations: JSON.parse(values.educations) as unknown,
    experience: JSON.parse(values.experience) as unknown,
  };
}

export async function listConsultants(deps: Deps, supplierId: string, query: ConsultantListQuery) {
  await supplierOrThrow(deps, supplierId);
  const page = pageOf(query, CONSULTANT_PAGE_DEFAULTS);
  const { items, ...paging } = await repo.listConsultants(deps.db, supplierId, page);
  return { ...paging, items: items.map(consultantView) };
}

/** Every consultant of the list in its order: a download's rows (an unknown supplier refused). */
export async function* consultantRows(
  deps: Deps,
  supplierId: string,
  query: Omit<ConsultantListQuery, 'limit' | 'offset'>,
) {
  await supplierOrThrow(deps, supplierId);
  const sort = pageOf(query, CONSULTANT_PAGE_DEFAULTS);
  yield* queryRows(deps.db, repo.consultantsInOrder(deps.db, supplierId, sort), consultantView);
}

export async function addConsultant(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  input: ConsultantInput,
) {
  await supplierOrThrow(deps, supplierId);
  const values = consultantValues(deps, input);
  return deps.db.transaction().execute(async (trx) => {
    const created = await repo.insertConsultant(trx, {
      ...values,
      supplier_id: supplierId,
      created_at: deps.clock.now(),
    });
    await appendAudit(trx, deps.clock, {
      organisationId: supplierId,
      actorUserId: actor.userId,
      action: 'consultant.added',
      objectType: 'consultant',
      objectId: created.id,
      after: auditable(values),
    });
    return consultantView(created);
  });
}

export async function changeConsultant(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  consultantId: string,
  input: ConsultantChange,
) {
  await supplierOrThrow(deps, supplierId);
  const values = consultantValues(deps, input);
  return deps.db.transaction().execute(async (trx) => {
    const before = await repo.lockConsultant(trx, supplierId, consultantId);
    if (!before) throw notFound();
    if (before.version !== input.version) throw versionConflict();
    const after = await repo.updateConsultant(trx, consultantId, {
      ...values,
      version: before.version + 1,
    });
    await appendAudit(trx, deps.clock, {
      organisationId: supplierId,
      actorUserId: actor.userId,
      action: 'consultant.changed',
      objectType: 'consultant',
      objectId: consultantId,
      before,
      after: auditable(values),
    });
    return consultantView(after);
  });
}

export async function removeConsultant(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  consultantId: string,
) {
  await supplierOrThrow(deps, supplierId);
  await deps.db.transaction().execute(async (trx) => {
    const before = await repo.lockConsultant(trx, supplierId, consultantId);
    if (!before) throw notFound();
    const removedAt = deps.clock.now();
    await repo.updateConsultant(trx, consultantId, { removed_at: removedAt });
    await appendAudit(trx, deps.clock, {
      organisationId: supplierId,
      actorUserId: actor.userId,
      action: 'consultant.removed',
      objectType: 'consultant',
      objectId: consultantId,
      before: { name: before.name },
      after: { removedAt },
    });
  });
}
