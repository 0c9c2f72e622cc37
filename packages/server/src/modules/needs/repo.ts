// The only SQL of the needs area. Every query names the municipality: a need is read and changed
// only through its own organisation.
import type { Kysely, Transaction } from 'kysely';
import type { DB, NeedKind, NeedStatus } from '../../db/types.ts';

type Db = Kysely<DB> | Transaction<DB>;

const needColumns = [
  'needs.id',
  'needs.kind',
  'needs.status',
  'needs.title',
  'needs.created_by as createdById',
  'users.name as createdByName',
  'needs.created_at as createdAt',
  'needs.updated_at as updatedAt',
  'needs.submitted_at as submittedAt',
  'needs.withdrawn_at as withdrawnAt',
  'needs.version',
] as const;

function needsOf(db: Db, organisationId: string) {
  return db
    .selectFrom('needs')
    .innerJoin('users', 'users.id', 'needs.created_by')
    .where('needs.organisation_id', '=', organisationId);
}

export function findOrganisationKind(db: Db, organisationId: string) {
  return db
    .selectFrom('organisations')
    .select(['kind', 'country'])
    .where('id', '=', organisationId)
    .executeTakeFirst();
}

export interface NeedFilter {
  organisationId: string;
  status?: NeedStatus;
  createdBy?: string;
  /** The id of the last need already shown (newest first). */
  before?: string;
  limit: number;
}

export function listNeeds(db: Db, filter: NeedFilter) {
  let query = needsOf(db, filter.organisationId).select(needColumns);
  if (filter.status) query = query.where('needs.status', '=', filter.status);
  if (filter.createdBy) query = query.where('needs.created_by', '=', filter.createdBy);
  if (filter.before) {
    const anchor = filter.before;
    query = query.where((eb) =>
      eb(
        eb.refTuple('needs.created_at', 'needs.id'),
        '<',
        eb
          .selectFrom('needs as anchor')
          .select(['anchor.created_at', 'anchor.id'])
          .where('anchor.id', '=', anchor)
          .where('anchor.organisation_id', '=', filter.organisationId)
          .$asTuple('created_at', 'id'),
      ),
    );
  }
  return query
    .orderBy('needs.created_at', 'desc')
    .orderBy('needs.id', 'desc')
    .limit(filter.limit)
    .execute();
}

/** One need of the organisation with its details; locked when read inside a change. */
export function findNeed(db: Db, organisationId: string, id: string, lock = false) {
  const query = needsOf(db, organisationId)
    .select(needColumns)
    .select('needs.details')
    .where('needs.id', '=', id);
  return (lock ? query.forUpdate('needs') : query).executeTakeFirst();
}

export type NeedRow = NonNullable<Awaited<ReturnType<typeof findNeed>>>;

export async function insertNeed(
  trx: Transaction<DB>,
  at: Date,
  values: {
    organisationId: string;
    kind: NeedKind;
    title: string;
    details: unknown;
    createdBy: string;
  },
) {
  const row = await trx
    .insertInto('needs')
    .values({
      organisation_id: values.organisationId,
      kind: values.kind,
      title: values.title,
      details: JSON.stringify(values.details),
      created_by: values.createdBy,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Changes a need if it still has the version the caller saw; false when someone came first. */
export async function updateNeed(
  trx: Transaction<DB>,
  at: Date,
  id: string,
  version: number,
  change: {
    kind?: NeedKind;
    title?: string;
    details?: unknown;
    status?: NeedStatus;
    submittedAt?: Date;
    withdrawnAt?: Date;
  },
) {
  const result = await trx
    .updateTable('needs')
    .set((eb) => ({
      ...(change.kind ? { kind: change.kind } : {}),
      ...(change.title !== undefined ? { title: change.title } : {}),
      ...(change.details !== undefined ? { details: JSON.stringify(change.details) } : {}),
      ...(change.status ? { status: change.status } : {}),
      ...(change.submittedAt ? { submitted_at: change.submittedAt } : {}),
      ...(change.withdrawnAt ? { withdrawn_at: change.withdrawnAt } : {}),
      version: eb('version', '+', 1),
      updated_at: at,
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function logSensitiveRead(
  trx: Transaction<DB>,
  values: {
    organisationId: string;
    objectType: string;
    objectId: string;
    field: string;
    userId: string;
    at: Date;
  },
) {
  await trx
    .insertInto('sensitive_reads')
    .values({
      organisation_id: values.organisationId,
      object_type: values.objectType,
      object_id: values.objectId,
      field: values.field,
      user_id: values.userId,
      at: values.at,
    })
    .execute();
}
