import type { Insertable, Kysely, Transaction } from 'kysely';
import type { DB, IdentityProvidersTable } from '../../../db/types.ts';

type Db = Kysely<DB> | Transaction<DB>;

export async function findProvider(db: Db, organisationId: string) {
  const provider = await db
    .selectFrom('identity_providers')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  if (!provider) return null;
  const domains = await db
    .selectFrom('identity_provider_domains')
    .select('domain')
    .where('organisation_id', '=', organisationId)
    .orderBy('domain')
    .execute();
  return { ...provider, domains: domains.map((d) => d.domain) };
}
export type ProviderRow = NonNullable<Awaited<ReturnType<typeof findProvider>>>;

/** The provider an email domain leads to, if any. */
export async function providerForDomain(db: Db, domain: string) {
  const row = await db
    .selectFrom('identity_provider_domains')
    .select('organisation_id')
    .where('domain', '=', domain)
    .executeTakeFirst();
  return row ? findProvider(db, row.organisation_id) : null;
}

/** Domains among `domains` that another organisation's provider already answers for. */
export async function domainsTakenElsewhere(
  trx: Transaction<DB>,
  organisationId: string,
  domains: string[],
) {
  const rows = await trx
    .selectFrom('identity_provider_domains')
    .select('domain')
    .where('domain', 'in', domains)
    .where('organisation_id', '<>', organisationId)
    .orderBy('domain')
    .execute();
  return rows.map((r) => r.domain);
}

export async function saveProvider(
  trx: Transaction<DB>,
  row: Insertable<IdentityProvidersTable>,
  domains: string[],
) {
  await trx
    .insertInto('identity_providers')
    .values(row)
    .onConflict((oc) => oc.column('organisation_id').doUpdateSet(row))
    .execute();
  await trx
    .deleteFrom('identity_provider_domains')
    .where('organisation_id', '=', row.organisation_id)
    .execute();
  await trx
    .insertInto('identity_provider_domains')
    .values(domains.map((domain) => ({ domain, organisation_id: row.organisation_id })))
    .execute();
}

export async function deleteProvider(trx: Transaction<DB>, organisationId: string) {
  // The domains go with it (ON DELETE CASCADE).
  await trx
    .deleteFrom('identity_providers')
    .where('organisation_id', '=', organisationId)
    .execute();
}
