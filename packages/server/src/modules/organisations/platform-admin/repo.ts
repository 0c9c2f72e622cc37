import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/types.ts';

export function listOrganisations(db: Kysely<DB>) {
  return db
    .selectFrom('organisations')
    .select(['id', 'kind', 'name', 'country', 'identifier', 'municipality_code', 'created_at'])
    .select((eb) =>
      eb
        .selectFrom('memberships')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('memberships.organisation_id', '=', 'organisations.id')
        .as('member_count'),
    )
    .orderBy('name')
    .execute();
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
