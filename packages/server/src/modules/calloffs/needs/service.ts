// Needs and referrals: a municipality's caseworker or buyer describes what is needed, keeps it as
// a draft, submits it, or withdraws it. Only the municipality's own users see its needs. The
// person of a placement is described pseudonymously; reading that free text is logged.
import { containsPersonalIdentityNumber, needProblems, type Need } from '@tildel/domain/need';
import type { Actor } from '../../../platform/access.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import { queryRows } from '../../../platform/export.ts';
import { hasMessage, type MessageKey } from '../../../platform/i18n.ts';
import { pageOf } from '../../../platform/paging.ts';
import { Problem } from '../../../platform/problem.ts';
import type { SearchMatch } from '../../../platform/search.ts';
import type { NeedStatus } from '../../../db/types.ts';
import { calloffOptionsInArea } from './calloff-options.ts';
import * as repo from './repo.ts';
import { NEED_PAGE_DEFAULTS, type ListQuery, type NeedInput, type UpdateInput } from './schemas.ts';

/** The free text about a person: marked sensitive, so every read of it is logged. */
const SENSITIVE_FIELD = 'person.needs';

function summaryOf(row: Omit<repo.NeedRow, 'details'>) {
  const { createdById, createdByName, ...rest } = row;
  return { ...rest, createdBy: { id: createdById, name: createdByName } };
}

/** A need as its list shows it. */
export type NeedSummary = ReturnType<typeof summaryOf>;

function detailOf(row: repo.NeedRow) {
  const { details, ...rest } = row;
  return {
    ...summaryOf(rest),
    need: details as Need,
    sensitive: (details as Need).kind !== 'staffing',
  };
}

/** The need as the audit trail keeps it: everything but the person's needs in words. */
function auditView(title: string, need: Need) {
  if (need.kind === 'staffing') return { title, need };
  return { title, need: { ...need, person: { ...need.person, needs: '[sensitive]' } } };
}

/** Refuses a need that breaks a rule, naming each field and why (identity numbers first). */
function checkInput(input: NeedInput) {
  const fields: { field: string; key: MessageKey; params?: Record<string, string | number> }[] = [];
  if (input.title.trim() === '') fields.push({ field: 'title', key: 'need.problem.required' });
  else if (containsPersonalIdentityNumber(input.title))
    fields.push({ field: 'title', key: 'need.problem.personal_identity_number' });
  for (const p of needProblems(input.need)) {
    const key = `need.problem.${p.code}`;
    fields.push({
      field: `need.${p.field}`,
      key: hasMessage(key) ? key : 'field.invalid',
      params: p.params,
    });
  }
  if (fields.length === 0) return;
  const identityNumber = fields.some((f) => f.key === 'need.problem.personal_identity_number');
  throw new Problem(
    'validation',
    identityNumber ? 'need.problem.personal_identity_number' : 'need.invalid',
    { fields },
  );
}

async function municipalityOrThrow(deps: Deps, organisationId: string) {
  const organisation = await repo.findOrganisationKind(deps.db, organisationId);
  if (organisation?.kind !== 'municipality')
    throw new Problem('bad_request', 'need.municipality_only');
}

export async function listNeeds(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  query: ListQuery,
) {
  const { items, ...paging } = await repo.listNeeds(
    deps.db,
    filterOf(actor, organisationId, query),
    pageOf(query, NEED_PAGE_DEFAULTS),
  );
  return { ...paging, items: items.map(summaryOf) };
}

const filterOf = (
  actor: Actor,
  organisationId: string,
  query: Omit<ListQuery, 'limit' | 'offset'>,
) => ({
  organisationId,
  status: query.status,
  createdBy: query.mine ? actor.userId : undefined,
});

/**
 * Every need of the list with its filters, in its order, as the list shows them: a download's
 * rows. The list's query never reads a need's details, so nothing about the person can leave.
 */
export function needRows(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  query: Omit<ListQuery, 'limit' | 'offset'>,
) {
  const sort = pageOf(query, NEED_PAGE_DEFAULTS);
  return queryRows(
    deps.db,
    repo.needsInOrder(deps.db, filterOf(actor, organisationId, query), sort),
    summaryOf,
  );
}

/** The municipality's needs by title (a need has no reference), as its list shows them. */
export async function searchNeeds(
  deps: Deps,
  organisationId: string,
  q: string,
  limit: number,
): Promise<SearchMatch[]> {
  const rows = await repo.searchNeeds(deps.db, organisationId, q, limit);
  return rows.map((n) => ({ id: n.id, title: n.title, reference: null, context: n.createdByName }));
}

/** Reads one need; for a person's need the read of its free text is logged. */
export async function readNeed(deps: Deps, actor: Actor, organisationId: string, needId: string) {
  return deps.db.transaction().execute(async (trx) => {
    const row = await repo.findNeed(trx, organisationId, needId);
    if (!row) throw new Problem('not_found', 'problem.not_found.detail');
    const view = detailOf(row);
    if (view.sensitive) {
      await repo.logSensitiveRead(trx, {
        organisationId,
        objectType: 'need',
        objectId: needId,
        field: SENSITIVE_FIELD,
        userId: actor.userId,
        at: deps.clock.now(),
      });
    }
    return view;
  });
}

export async function createNeed(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  input: NeedInput,
) {
  await municipalityOrThrow(deps, organisationId);
  checkInput(input);
  return deps.db.transaction().execute(async (trx) => {
    const title = input.title.trim();
    const id = await repo.insertNeed(trx, deps.clock.now(), {
      organisationId,
      kind: input.need.kind,
      title,
      details: input.need,
      createdBy: actor.userId,
    });
    await appendAudit(trx, deps.clock, {
      organisationId,
      actorUserId: actor.userId,
      action: 'need.created',
      objectType: 'need',
      objectId: id,
      after: { status: 'draft', ...auditView(title, input.need) },
    });
    return detailOf((await repo.findNeed(trx, organisationId, id))!);
  });
}

async function lockedNeed(
  trx: Parameters<typeof repo.updateNeed>[0],
  organisationId: string,
  needId: string,
  version: number,
) {
  const row = await repo.findNeed(trx, organisationId, needId, true);
  if (!row) throw new Problem('not_found', 'problem.not_found.detail');
  if (row.version !== version) throw new Problem('conflict', 'need.version_conflict');
  return row;
}

/** A draft may be changed; once submitted, buyers work from it as it is. */
export async function updateNeed(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  needId: string,
  input: UpdateInput,
) {
  checkInput(input);
  return deps.db.transaction().execute(async (trx) => {
    const before = await lockedNeed(trx, organisationId, needId, input.version);
    if (before.status !== 'draft') throw new Problem('conflict', 'need.not_draft');
    const title = input.title.trim();
    await repo.updateNeed(trx, deps.clock.now(), needId, input.version, {
      kind: input.need.kind,
      title,
      details: input.need,
    });
    await appendAudit(trx, deps.clock, {
      organisationId,
      actorUserId: actor.userId,
      action: 'need.updated',
      objectType: 'need',
      objectId: needId,
      before: auditView(before.title, before.details as Need),
      after: auditView(title, input.need),
    });
    return detailOf((await repo.findNeed(trx, organisationId, needId))!);
  });
}

const NEXT_STATUS = {
  submit: { from: ['draft'], to: 'submitted', refusal: 'need.not_draft' },
  withdraw: { from: ['draft', 'submitted'], to: 'withdrawn', refusal: 'need.cannot_withdraw' },
} as const satisfies Record<
  string,
  { from: readonly NeedStatus[]; to: NeedStatus; refusal: MessageKey }
>;

/** Submits a draft to the buyers, or withdraws a need that no call-off has taken up yet. */
export async function changeStatus(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  needId: string,
  step: keyof typeof NEXT_STATUS,
  version: number,
) {
  const { from, to, refusal } = NEXT_STATUS[step];
  return deps.db.transaction().execute(async (trx) => {
    const before = await lockedNeed(trx, organisationId, needId, version);
    if (!(from as readonly NeedStatus[]).includes(before.status))
      throw new Problem('conflict', refusal);
    const now = deps.clock.now();
    await repo.updateNeed(trx, now, needId, version, {
      status: to,
      ...(to === 'submitted' ? { submittedAt: now } : { withdrawnAt: now }),
    });
    await appendAudit(trx, deps.clock, {
      organisationId,
      actorUserId: actor.userId,
      action: step === 'submit' ? 'need.submitted' : 'need.withdrawn',
      objectType: 'need',
      objectId: needId,
      before: { status: before.status },
      after: { status: to },
    });
    return detailOf((await repo.findNeed(trx, organisationId, needId))!);
  });
}

// ---- ways to call off a need -----------------------------------------------------------------

/** The lots and DPS categories that fit the need, each with its procedure now and why. */
export async function callOffOptions(deps: Deps, organisationId: string, needId: string) {
  const row = await repo.findNeed(deps.db, organisationId, needId);
  if (!row) throw new Problem('not_found', 'problem.not_found.detail');
  return calloffOptionsInArea(deps.db, organisationId, row.details as Need, deps.clock.now());
}
