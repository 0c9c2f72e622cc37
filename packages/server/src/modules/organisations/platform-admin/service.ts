// The platform administrator registers organisations; the first admin is invited by email.
import { parseOrganisationIdentifier } from '@tildel/domain/identifiers';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import { queryRows } from '../../../platform/export.ts';
import { pageOf } from '../../../platform/paging.ts';
import { fieldProblem } from '../../../platform/problem.ts';
import { createInvitation } from '../organisations/service.ts';
import { seedDefaultTaxonomy } from '../../agreements/taxonomy/defaults.ts';
import * as repo from './repo.ts';
import {
  ORGANISATION_PAGE_DEFAULTS,
  type OrganisationListQuery,
  type RegisterInput,
} from './schemas.ts';
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/types.ts';

type OrganisationRow = Awaited<ReturnType<typeof repo.listOrganisations>>['items'][number];

const organisationView = (r: OrganisationRow) => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  country: r.country,
  identifier: r.identifier,
  municipalityCode: r.municipality_code,
  memberCount: Number(r.member_count ?? 0),
  createdAt: r.created_at,
});

export async function listOrganisations(deps: Deps, query: OrganisationListQuery) {
  const { items, ...paging } = await repo.listOrganisations(
    deps.db,
    { kind: query.kind, q: query.q },
    pageOf(query, ORGANISATION_PAGE_DEFAULTS),
  );
  return { ...paging, items: items.map(organisationView) };
}

/** Every organisation of the register with the list's filter, in its order: a download's rows. */
export function organisationRows(
  deps: Deps,
  query: Omit<OrganisationListQuery, 'limit' | 'offset'>,
) {
  const sort = pageOf(query, ORGANISATION_PAGE_DEFAULTS);
  return queryRows(
    deps.db,
    repo.organisationsInOrder(deps.db, { kind: query.kind, q: query.q }, sort),
    organisationView,
  );
}

export async function registerOrganisation(
  deps: Deps,
  actor: { userId: string; name: string },
  input: RegisterInput,
) {
  // The name is stored trimmed; a blank one would break the table's length check (a 500).
  if (!input.name.trim()) throw fieldProblem('name', 'field.required');
  const parsed = parseOrganisationIdentifier(input.identifier, input.country);
  if (!parsed.ok) throw fieldProblem('identifier', 'organisation.identifier_invalid');
  const organisation = await deps.db.transaction().execute(async (trx) => {
    if (await repo.identifierTaken(trx, input.country, parsed.value)) {
      throw fieldProblem('identifier', 'organisation.identifier_taken');
    }
    const created = await repo.insertOrganisation(trx, {
      kind: input.kind,
      name: input.name.trim(),
      country: input.country,
      identifier: parsed.value,
      municipalityCode: input.municipalityCode ?? null,
    });
    await appendAudit(trx, deps.clock, {
      organisationId: null,
      actorUserId: actor.userId,
      action: 'organisation.registered',
      objectType: 'organisation',
      objectId: created.id,
      after: {
        kind: created.kind,
        name: created.name,
        country: created.country,
        identifier: created.identifier,
      },
    });
    // A body (or a municipality running its own procurement) starts with the default taxonomy.
    if (created.kind !== 'supplier')
      await seedDefaultTaxonomy(trx, deps.clock, created.id, created.country);
    await createInvitation(trx, deps, actor, created, {
      email: input.adminEmail,
      roles: ['org_admin'],
      locale: input.adminLocale,
    });
    return created;
  });
  return {
    id: organisation.id,
    name: organisation.name,
    kind: organisation.kind,
    country: organisation.country,
  };
}

/** A new organisation row inside the caller's transaction (suppliers registered by a body). */
export function insertOrganisation(
  trx: Transaction<DB>,
  values: Parameters<typeof repo.insertOrganisation>[1],
) {
  return repo.insertOrganisation(trx, values);
}
