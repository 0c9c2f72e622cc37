import { sql, type Kysely, type Transaction } from 'kysely';
import type { OrganisationKind } from '@tildel/domain/permissions';
import type { DB } from '../../../db/types.ts';
import { fetchPage, type Page } from '../../../platform/paging.ts';
import { containsPattern } from '../../../platform/search.ts';
import type { OrganisationSort } from './schemas.ts';

const SORT_COLUMNS = {
  name: 'name',
  kind: 'kind',
  country: 'country',
  members: 'member_count',
  registered: 'created_at',
} as const satisfies Record<OrganisationSort, string>;

/** The organisations of a kind whose name or number holds the search text, in the list's order. */
export function organisationsInOrder(
  db: Kysely<DB>,
  filter: { kind?: OrganisationKind | undefined; q?: string | undefined },
  sort: Pick<Page<OrganisationSort>, 'sort' | 'order'>,
) {
  let query = db
    .selectFrom('organisations')
    .select(['id', 'kind', 'name', 'country', 'identifier', 'municipality_code', 'created_at'])
    .select((eb) =>
      eb
        .selectFrom('memberships')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('memberships.organisation_id', '=', 'organisations.id')
        .as('member_count'),
    );
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  const q = filter.q?.trim();
  if (q) {
    // A number is matched on its digits alone: "5560125790" and "556012 5790" find 556012-5790.
    const digits = /^[\d\s-]+$/.test(q) ? q.replace(/\D/g, '') : '';
    query = query.where((eb) =>
      eb.or([
        eb('name', 'ilike', containsPattern(q)),
        eb('identifier', 'ilike', containsPattern(q)),
        ...(digits
          ? [
              eb(sql<string>`regexp_replace(identifier, '\\D', '', 'g')`, 'like', `%${digits}%`),
              eb('municipality_code', '=', digits),
            ]
          : []),
      ]),
    );
  }
  return query.orderBy(SORT_COLUMNS[sort.sort], sort.order).orderBy('name').orderBy('id');
}

/** One page of the organisations of a kind whose name or number holds the search text. */
export function listOrganisations(
  db: Kysely<DB>,
  filter: { kind?: OrganisationKind | undefined; q?: string | undefined },
  page: Page<OrganisationSort>,
) {
  return fetchPage(db, organisationsInOrder(db, filter, page), page);
}

export function identifierTaken(db: Transaction<DB>, country: 'SE' | 'DK', identifier: string) {
  return db
    .selectFrom('organisations')
    .select('id')
    .where('country', '=', country)
    .where('identifier', '=', identifier)
    .executeTakeFirst();
}

export function insertOrganisation(
  trx: Transaction<DB>,
  values: {
    kind: 'procurement_body' | 'municipality' | 'supplier';
    name: string;
    country: 'SE' | 'DK';
    identifier: string;
    municipalityCode: string | null;
  },
) {
  return trx
    .insertInto('organisations')
    .values({
      kind: values.kind,
      name: values.name,
      country: values.country,
      identifier: values.identifier,
      municipality_code: values.municipalityCode,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
