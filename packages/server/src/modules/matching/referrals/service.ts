// Referrals to the matching team: a caseworker sends one, the team takes it from its queue and
// moves it through its states. The text on who the person cannot live with never leaves with the
// referral; it has its own route, and every read of it is logged.
import type { Transaction } from 'kysely';
import {
  canMoveReferral,
  referralClock,
  referralDueAt,
  referralProblems,
  type ReferralInput,
  type ReferralState,
} from '@tildel/domain/matching/referral';
import type { Intensity, MatchReferral, ReferralPerson } from '@tildel/domain/matching/types';
import { findMunicipality } from '@tildel/domain/reference/municipalities';
import type { DB } from '../../../db/types.ts';
import type { Actor } from '../../../platform/access.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { ChoiceSearch } from '../../../platform/choices.ts';
import type { Deps } from '../../../platform/deps.ts';
import { hasMessage, type MessageKey } from '../../../platform/i18n.ts';
import { mailRoles, sendMail } from '../../../platform/notify.ts';
import { Problem } from '../../../platform/problem.ts';
import { URGENCY_NAMES } from './messages.ts';
import * as repo from './repo.ts';
import type { ListQuery, PatchInput, SendInput } from './schemas.ts';

const HOUR_MS = 3_600_000;

/** The roles that make up a municipality's matching team, mailed when a referral arrives. */
const MATCHING_TEAM = ['matching_officer'] as const;

const OPEN_STATES: readonly ReferralState[] = [
  'new',
  'surveying',
  'awaiting_answers',
  'negotiating',
  'decided',
];

const pathOf = (referralId: string) => `/matching/referrals/${referralId}`;

const intensityOf = (row: {
  intensityKind: 'hours_per_week' | 'place';
  hoursPerWeek: string | null;
}): Intensity =>
  row.intensityKind === 'place'
    ? { kind: 'place' }
    : { kind: 'hours_per_week', hoursPerWeek: Number(row.hoursPerWeek) };

function summaryOf(row: repo.ReferralSummaryRow, now: Date) {
  const { sentById, sentByName, assigneeId, assigneeName, ...rest } = row;
  return {
    ...rest,
    ageHours: Math.max(0, Math.floor((now.getTime() - row.sentAt.getTime()) / HOUR_MS)),
    clock: referralClock(row.state, row.dueAt, now),
    sentBy: { id: sentById, name: sentByName },
    assignee: assigneeId === null ? null : { id: assigneeId, name: assigneeName ?? '' },
  };
}

function detailOf(row: repo.ReferralRow, now: Date) {
  const {
    orderId,
    orderReference,
    purpose,
    expectedDurationDays,
    intensityKind,
    hoursPerWeek,
    person,
    hasCannotLiveWith,
    withdrawalReason,
    withdrawnAt,
    updatedAt,
    ...summary
  } = row;
  return {
    ...summaryOf(summary, now),
    orderId,
    orderReference,
    purpose,
    expectedDurationDays,
    intensity: intensityOf({ intensityKind, hoursPerWeek }),
    person: person as SendInput['person'],
    hasCannotLiveWith,
    withdrawalReason,
    withdrawnAt,
    updatedAt,
  };
}

/** The referral as the audit trail keeps it: the person's needs and the sensitive text left out. */
function auditView(input: SendInput) {
  const { cannotLiveWith, person, ...rest } = input;
  return {
    ...rest,
    person: { ...person, needs: '[sensitive]' },
    cannotLiveWith: cannotLiveWith === '' ? '' : '[sensitive]',
  };
}

/** A message per field: the referral's own wording first, then the need's. */
function problemKey(code: string): MessageKey {
  for (const key of [`referrals.problem.${code}`, `need.problem.${code}`])
    if (hasMessage(key)) return key;
  return 'field.invalid';
}

function checkInput(input: ReferralInput, country: 'SE' | 'DK') {
  const fields = referralProblems(input, country).map((p) => ({
    field: p.field,
    key: problemKey(p.code),
    params: p.params,
  }));
  if (fields.length === 0) return;
  const identityNumber = fields.some((f) => f.key === 'referrals.problem.personal_identity_number');
  throw new Problem(
    'validation',
    identityNumber ? 'referrals.problem.personal_identity_number' : 'referrals.invalid',
    { fields },
  );
}

/**
 * The municipality's active orders an extension or adjustment referral may name, found by number,
 * supplier or offer: the first few and how many match in all.
 */
export async function orderChoices(deps: Deps, organisationId: string, search: ChoiceSearch) {
  const { items, total } = await repo.activeOrderChoices(deps.db, organisationId, search);
  return { total, items };
}

/** Sends a referral to the matching team: state new, the clock started, the team mailed. */
export async function sendReferral(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  input: SendInput,
) {
  const organisation = await repo.findOrganisation(deps.db, organisationId);
  if (organisation?.kind !== 'municipality')
    throw new Problem('bad_request', 'referrals.municipality_only');
  const country = organisation.country;
  checkInput(input, country);
  if (input.orderId !== null) {
    const order = await repo.orderOfOrganisation(deps.db, organisationId, input.orderId);
    // Only a running order can be extended or adjusted (the choices offer only those).
    const key = !order
      ? 'referrals.order_not_found'
      : order.status !== 'active'
        ? 'referrals.order_not_active'
        : null;
    if (key) throw new Problem('validation', key, { fields: [{ field: 'orderId', key }] });
  }
  return deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    const dueAt = referralDueAt(now, input.urgency, country);
    const id = await repo.insertReferral(trx, {
      organisation_id: organisationId,
      case_reference: input.caseReference.trim(),
      kind: input.kind,
      order_id: input.orderId,
      service_kind: input.serviceKind,
      legal_basis: input.legalBasis,
      purpose: input.purpose.trim(),
      start_on: input.startOn,
      expected_duration_days: input.expectedDurationDays,
      intensity_kind: input.intensity.kind,
      hours_per_week:
        input.intensity.kind === 'hours_per_week' ? input.intensity.hoursPerWeek : null,
      urgency: input.urgency,
      person: JSON.stringify(input.person),
      cannot_live_with: input.cannotLiveWith.trim(),
      due_at: dueAt,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    await appendAudit(trx, deps.clock, {
      organisationId,
      actorUserId: actor.userId,
      action: 'referral.sent',
      objectType: 'referral',
      objectId: id,
      after: { state: 'new', dueAt: dueAt.toISOString(), ...auditView(input) },
    });
    await mailRoles(trx, deps, organisationId, MATCHING_TEAM, pathOf(id), {
      organisationId,
      country,
      subject: 'referrals.mail.sent.subject',
      body: 'referrals.mail.sent.body',
      params: {},
      instants: { dueAt },
      localized: { urgency: URGENCY_NAMES[input.urgency] },
    });
    return detailOf((await repo.findReferral(trx, organisationId, id))!, now);
  });
}

/**
 * The caller's own referrals (mine), or the matching team's queue: by urgency, then by the
 * clock; open referrals unless a state is asked for.
 */
export async function listReferrals(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  query: ListQuery,
  worksTheQueue: boolean,
) {
  const queue = query.view === 'queue';
  if (queue && !worksTheQueue) throw new Problem('forbidden', 'referrals.queue_forbidden');
  const states = query.state ? [query.state] : queue ? OPEN_STATES : undefined;
  const now = deps.clock.now();
  const { items, ...paging } = await repo.listReferrals(
    deps.db,
    {
      organisationId,
      ...(queue ? {} : { createdBy: actor.userId }),
      ...(states ? { states } : {}),
    },
    queue ? (query.overdueFirst ? 'overdue_first' : 'queue') : 'newest',
    { limit: query.limit ?? 50, offset: query.offset ?? 0 },
    now,
  );
  return { ...paging, items: items.map((row) => summaryOf(row, now)) };
}

export async function readReferral(deps: Deps, organisationId: string, referralId: string) {
  const row = await repo.findReferral(deps.db, organisationId, referralId);
  if (!row) throw new Problem('not_found', 'problem.not_found.detail');
  return detailOf(row, deps.clock.now());
}

/** Who the person cannot live with: each read is logged in sensitive_reads. */
export async function readCannotLiveWith(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  referralId: string,
) {
  return deps.db.transaction().execute(async (trx) => {
    const row = await repo.findReferralRow(trx, organisationId, referralId);
    if (!row) throw new Problem('not_found', 'problem.not_found.detail');
    await repo.logSensitiveRead(trx, {
      organisationId,
      referralId,
      userId: actor.userId,
      at: deps.clock.now(),
    });
    return { cannotLiveWith: row.cannot_live_with };
  });
}

/** Assigns the referral, moves it along its states or withdraws it (optimistic locking). */
export async function patchReferral(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  referralId: string,
  input: PatchInput,
) {
  if (input.assigneeId === undefined && input.state === undefined)
    throw new Problem('bad_request', 'referrals.nothing_to_change');
  const reason = input.reason?.trim() ?? '';
  if (input.state === 'withdrawn' && reason === '')
    throw new Problem('validation', 'referrals.reason_required', {
      fields: [{ field: 'reason', key: 'referrals.reason_required' }],
    });
  if (
    input.assigneeId !== undefined &&
    input.assigneeId !== null &&
    !(await repo.isMatchingMember(deps.db, organisationId, input.assigneeId))
  )
    throw new Problem('validation', 'referrals.assignee_not_member', {
      fields: [{ field: 'assigneeId', key: 'referrals.assignee_not_member' }],
    });

  return deps.db.transaction().execute(async (trx) => {
    const before = await repo.findReferral(trx, organisationId, referralId, true);
    if (!before) throw new Problem('not_found', 'problem.not_found.detail');
    if (before.version !== input.version)
      throw new Problem('conflict', 'referrals.version_conflict');
    if (input.state !== undefined && !canMoveReferral(before.state, input.state))
      throw new Problem('conflict', 'referrals.cannot_move', {
        params: { from: before.state, to: input.state },
      });
    const now = deps.clock.now();
    await repo.updateReferral(trx, now, referralId, input.version, {
      ...(input.assigneeId !== undefined ? { assignee_id: input.assigneeId } : {}),
      ...(input.state !== undefined ? { state: input.state } : {}),
      ...(input.state === 'withdrawn' ? { withdrawal_reason: reason, withdrawn_at: now } : {}),
    });
    await appendAudit(trx, deps.clock, {
      organisationId,
      actorUserId: actor.userId,
      action:
        input.state === 'withdrawn'
          ? 'referral.withdrawn'
          : input.state !== undefined
            ? 'referral.state_changed'
            : 'referral.assigned',
      objectType: 'referral',
      objectId: referralId,
      before: { state: before.state, assigneeId: before.assigneeId },
      after: {
        state: input.state ?? before.state,
        assigneeId: input.assigneeId === undefined ? before.assigneeId : input.assigneeId,
        ...(input.state === 'withdrawn' ? { reason } : {}),
      },
    });
    const assignee = input.assigneeId;
    if (assignee && assignee !== actor.userId && assignee !== before.assigneeId)
      await mailAssignee(trx, deps, actor, organisationId, before, assignee);
    return detailOf((await repo.findReferral(trx, organisationId, referralId))!, now);
  });
}

async function mailAssignee(
  trx: Transaction<DB>,
  deps: Deps,
  actor: Actor,
  organisationId: string,
  referral: repo.ReferralRow,
  assigneeId: string,
) {
  const [user, organisation] = await Promise.all([
    repo.findUserRecipient(trx, assigneeId),
    repo.findOrganisation(trx, organisationId),
  ]);
  if (!user || !organisation) return;
  await sendMail(trx, deps, [user], organisationId, pathOf(referral.id), {
    organisationId,
    country: organisation.country,
    subject: 'referrals.mail.assigned.subject',
    body: 'referrals.mail.assigned.body',
    params: { name: actor.name },
    instants: { dueAt: referral.dueAt },
    localized: { urgency: URGENCY_NAMES[referral.urgency] },
  });
}

// ---- for the other parts of matching (proposals, survey, documents) ---------------------------

/** A referral as matching and the offer survey read it. */
export interface ReferralForMatching extends MatchReferral {
  id: string;
  organisationId: string;
  kind: 'new' | 'extension' | 'adjustment';
  orderId: string | null;
  purpose: string;
  state: ReferralState;
  dueAt: Date;
  sentAt: Date;
  assigneeId: string | null;
  version: number;
}

/**
 * The referral with what matching needs: the person, the intensity, and where to measure distance
 * from (the preferred area, else the home municipality's seat). Never the sensitive text.
 */
export async function referralForMatching(
  trx: Transaction<DB> | Deps['db'],
  organisationId: string,
  referralId: string,
): Promise<ReferralForMatching> {
  const row = await repo.findReferral(trx, organisationId, referralId);
  const organisation = await repo.findOrganisation(trx, organisationId);
  if (!row || !organisation) throw new Problem('not_found', 'problem.not_found.detail');
  const person = row.person as ReferralPerson;
  const home = findMunicipality(organisation.country, person.homeMunicipalityCode);
  const origin = person.preferredArea ?? home ?? { lat: 0, lon: 0 };
  return {
    id: row.id,
    organisationId,
    kind: row.kind,
    orderId: row.orderId,
    purpose: row.purpose,
    state: row.state,
    dueAt: row.dueAt,
    sentAt: row.sentAt,
    assigneeId: row.assigneeId,
    version: row.version,
    caseReference: row.caseReference,
    country: organisation.country,
    serviceKind: row.serviceKind,
    legalBasis: row.legalBasis,
    startOn: row.startOn,
    expectedDurationDays: row.expectedDurationDays,
    intensity: intensityOf(row),
    urgency: row.urgency,
    person,
    origin: { lat: origin.lat, lon: origin.lon },
    currency: organisation.country === 'DK' ? 'DKK' : 'SEK',
  };
}

/**
 * Moves a referral on as the work does (requests sent, a choice made, an order created), with
 * its audit record in the caller's transaction. Staying in the same state is no change; moving
 * back or out of a closed state is refused.
 */
export async function setReferralState(
  trx: Transaction<DB>,
  clock: Clock,
  actor: Actor,
  referralId: string,
  state: ReferralState,
): Promise<void> {
  const before = await repo.lockReferralState(trx, referralId);
  if (!before) throw new Problem('not_found', 'problem.not_found.detail');
  if (before.state === state) return;
  if (!canMoveReferral(before.state, state))
    throw new Problem('conflict', 'referrals.cannot_move', {
      params: { from: before.state, to: state },
    });
  const now = clock.now();
  await repo.updateReferral(trx, now, referralId, before.version, {
    state,
    ...(state === 'withdrawn' ? { withdrawal_reason: '', withdrawn_at: now } : {}),
  });
  await appendAudit(trx, clock, {
    organisationId: before.organisation_id,
    actorUserId: actor.userId,
    action: 'referral.state_changed',
    objectType: 'referral',
    objectId: referralId,
    before: { state: before.state },
    after: { state },
  });
}
