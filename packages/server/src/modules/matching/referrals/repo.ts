// The only SQL of the referrals part. Every query names the municipality: a referral is read and
// changed only through its own organisation. The list never reads the sensitive text.
import { sql, type Insertable, type Transaction } from 'kysely';
import { hasPermission, isRole } from '@tildel/domain/permissions';
import type { DB, ReferralState, ReferralsTable } from '../../../db/types.ts';
import type { Db } from '../../../db/db.ts';
import { fetchChoices, whereNameHas, type ChoiceSearch } from '../../../platform/choices.ts';
import { fetchPage, inOrderOf } from '../../../platform/paging.ts';
import { URGENCIES } from '@tildel/domain/matching/referral';

const summaryColumns = [
  'r.id',
  'r.kind',
  'r.case_reference as caseReference',
  'r.service_kind as serviceKind',
  'r.legal_basis as legalBasis',
  'r.urgency',
  'r.state',
  'r.start_on as startOn',
  'r.created_at as sentAt',
  'r.due_at as dueAt',
  'r.created_by as sentById',
  'sender.name as sentByName',
  'r.assignee_id as assigneeId',
  'assignee.name as assigneeName',
  'r.version',
] as const;

const detailColumns = [
  ...summaryColumns,
  'r.order_id as orderId',
  // The order's number, as the caseworker chose it (never its id alone).
  sql<string | null>`(SELECT o.reference FROM orders o WHERE o.id = r.order_id)`.as(
    'orderReference',
  ),
  'r.purpose',
  'r.expected_duration_days as expectedDurationDays',
  'r.intensity_kind as intensityKind',
  'r.hours_per_week as hoursPerWeek',
  'r.person',
  sql<boolean>`r.cannot_live_with <> ''`.as('hasCannotLiveWith'),
  'r.withdrawal_reason as withdrawalReason',
  'r.withdrawn_at as withdrawnAt',
  'r.updated_at as updatedAt',
] as const;

function referralsOf(db: Db, organisationId: string) {
  return db
    .selectFrom('referrals as r')
    .innerJoin('users as sender', 'sender.id', 'r.created_by')
    .leftJoin('users as assignee', 'assignee.id', 'r.assignee_id')
    .where('r.organisation_id', '=', organisationId);
}

export function findOrganisation(db: Db, organisationId: string) {
  return db
    .selectFrom('organisations')
    .select(['kind', 'country'])
    .where('id', '=', organisationId)
    .executeTakeFirst();
}

/** The municipality's order an extension or adjustment names, with its status; else undefined. */
export function orderOfOrganisation(db: Db, organisationId: string, orderId: string) {
  return db
    .selectFrom('orders')
    .select(['id', 'status'])
    .where('id', '=', orderId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

/** An order as a choice reads: its number, the supplier and the offer (never the person). */
const orderLabel = sql<string>`o.reference || ' ' || s.name || coalesce(' ' || e.name, '')`;

/**
 * The municipality's active orders whose number, supplier or offer holds the typed text, for an
 * extension or adjustment referral to name one: the first by number and how many match in all.
 */
export function activeOrderChoices(db: Db, organisationId: string, search: ChoiceSearch) {
  const query = db
    .selectFrom('orders as o')
    .innerJoin('organisations as s', 's.id', 'o.supplier_id')
    .leftJoin('establishments as e', 'e.id', 'o.establishment_id')
    .select([
      'o.id',
      'o.reference',
      's.name as supplierName',
      'e.name as offerName',
      'o.start_date as startDate',
      'o.end_date as endDate',
    ])
    .where('o.organisation_id', '=', organisationId)
    .where('o.status', '=', 'active')
    .orderBy('o.reference')
    .orderBy('o.id');
  return fetchChoices(db, whereNameHas(query, orderLabel, search), search);
}

/** Whether the user is a member of the municipality whose roles let them work the queue. */
export async function isMatchingMember(db: Db, organisationId: string, userId: string) {
  const row = await db
    .selectFrom('memberships')
    .select('roles')
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined && hasPermission(row.roles.filter(isRole), 'matching.manage');
}

export interface ReferralFilter {
  organisationId: string;
  createdBy?: string;
  states?: readonly ReferralState[];
}

/**
 * One page of referrals. The queue orders by urgency, then by the clock; a caseworker's own list
 * newest first.
 */
export function listReferrals(
  db: Db,
  filter: ReferralFilter,
  order: 'queue' | 'overdue_first' | 'newest',
  page: { limit: number; offset: number },
  now: Date,
) {
  let query = referralsOf(db, filter.organisationId).select(summaryColumns);
  if (filter.createdBy) query = query.where('r.created_by', '=', filter.createdBy);
  if (filter.states) query = query.where('r.state', 'in', [...filter.states]);
  if (order === 'overdue_first') query = query.orderBy(sql`r.due_at < ${now}`, 'desc');
  query =
    order !== 'newest'
      ? query.orderBy(inOrderOf('r.urgency', URGENCIES)).orderBy('r.due_at').orderBy('r.id')
      : query.orderBy('r.created_at', 'desc').orderBy('r.id', 'desc');
  return fetchPage(db, query, page);
}

export type ReferralSummaryRow = Awaited<ReturnType<typeof listReferrals>>['items'][number];

export function findReferral(db: Db, organisationId: string, referralId: string, lock = false) {
  const query = referralsOf(db, organisationId)
    .select(detailColumns)
    .where('r.id', '=', referralId);
  return (lock ? query.forUpdate('r') : query).executeTakeFirst();
}

export type ReferralRow = NonNullable<Awaited<ReturnType<typeof findReferral>>>;

/** The whole row, sensitive text included: for matching and the logged read only. */
export function findReferralRow(db: Db, organisationId: string, referralId: string) {
  return db
    .selectFrom('referrals')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', referralId)
    .executeTakeFirst();
}

export async function insertReferral(trx: Transaction<DB>, values: Insertable<ReferralsTable>) {
  const row = await trx
    .insertInto('referrals')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateReferral(
  trx: Transaction<DB>,
  now: Date,
  referralId: string,
  version: number,
  changes: {
    state?: ReferralState;
    assignee_id?: string | null;
    withdrawal_reason?: string;
    withdrawn_at?: Date;
  },
) {
  const updated = await trx
    .updateTable('referrals')
    .set({ ...changes, updated_at: now, version: version + 1 })
    .where('id', '=', referralId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

export async function logSensitiveRead(
  trx: Transaction<DB>,
  values: { organisationId: string; referralId: string; userId: string; at: Date },
) {
  await trx
    .insertInto('sensitive_reads')
    .values({
      organisation_id: values.organisationId,
      object_type: 'referral',
      object_id: values.referralId,
      field: 'cannot_live_with',
      user_id: values.userId,
      at: values.at,
    })
    .execute();
}

/** A user's address and language, to mail them. */
export function findUserRecipient(db: Db, userId: string) {
  return db
    .selectFrom('users')
    .select(['email', 'locale'])
    .where('id', '=', userId)
    .executeTakeFirst();
}

/** A referral's organisation, state and version, locked for a change of state. */
export function lockReferralState(trx: Transaction<DB>, referralId: string) {
  return trx
    .selectFrom('referrals')
    .select(['organisation_id', 'state', 'version'])
    .where('id', '=', referralId)
    .forUpdate()
    .executeTakeFirst();
}
