// The registry, for procurement bodies and municipalities: the suppliers page by page, what
// buyers see of one (never consultants' personal data), and the registration of a new supplier
// with an invitation for its first administrator.
import type { Actor } from '../../../platform/access.ts';
import { parseOrganisationIdentifier } from '@tildel/domain/identifiers';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import { queryRows } from '../../../platform/export.ts';
import { pageOf } from '../../../platform/paging.ts';
import { fieldProblem, Problem } from '../../../platform/problem.ts';
import type { SearchMatch } from '../../../platform/search.ts';
import { createInvitation } from '../../organisations/organisations/service.ts';
import { insertOrganisation } from '../../organisations/platform-admin/service.ts';
import { contactView } from './contacts.ts';
import { establishmentView } from './establishments.ts';
import { profileView } from './profile.ts';
import * as repo from './repo.ts';
import { REGISTRY_PAGE_DEFAULTS, type RegistrationInput, type RegistryQuery } from './schemas.ts';
import { required, supplierOrThrow } from './supplier.ts';

type RegistryFilterQuery = Omit<RegistryQuery, 'limit' | 'offset'>;

type RegistryRow = Awaited<ReturnType<typeof repo.listSuppliers>>['items'][number];

const filterOf = (query: RegistryFilterQuery) => ({
  q: query.q?.trim(),
  country: query.country,
  serviceKind: query.serviceKind,
});

function registryItemOf(r: RegistryRow) {
  return {
    id: r.id,
    name: r.name,
    country: r.country,
    identifier: r.identifier,
    city: r.city ?? '',
    municipalityCode: r.municipality_code ?? null,
    establishmentCount: Number(r.establishment_count ?? 0),
    consultantCount: Number(r.consultant_count ?? 0),
    serviceKinds: r.service_kinds ?? [],
  };
}

export async function listRegistry(deps: Deps, query: RegistryQuery) {
  const { items, ...paging } = await repo.listSuppliers(
    deps.db,
    filterOf(query),
    pageOf(query, REGISTRY_PAGE_DEFAULTS),
  );
  return { ...paging, items: items.map(registryItemOf) };
}

/** Every supplier of the registry with the list's filters, in its order: a download's rows. */
export function registryRows(deps: Deps, query: RegistryFilterQuery) {
  const sort = pageOf(query, REGISTRY_PAGE_DEFAULTS);
  return queryRows(deps.db, repo.suppliersInOrder(deps.db, filterOf(query), sort), registryItemOf);
}

/** Suppliers in the registry by name or organisation number, as the registry list finds them. */
export async function searchRegistry(deps: Deps, q: string, limit: number): Promise<SearchMatch[]> {
  const rows = await repo
    .suppliersMatching(deps.db, { q })
    .orderBy('o.name')
    .orderBy('o.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.name,
    reference: r.identifier,
    context: r.city || null,
  }));
}

/** What buyers see of a supplier: consultants only as a number, never their personal data. */
export async function registryEntry(deps: Deps, supplierId: string) {
  const supplier = await supplierOrThrow(deps, supplierId);
  const [contacts, establishments, consultantCount] = await Promise.all([
    repo.listContacts(deps.db, supplierId),
    repo.listEstablishments(deps.db, supplierId),
    repo.countConsultants(deps.db, supplierId),
  ]);
  return {
    profile: profileView(supplier),
    contacts: contacts.map(contactView),
    establishments: establishments.map(establishmentView),
    consultantCount,
  };
}

/**
 * A procurement officer registers a supplier: the organisation, and an invitation for its first
 * administrator, who then keeps the supplier's own data. One number, one supplier: a second
 * registration is refused naming the first, so the officer finds it instead.
 */
export async function registerSupplier(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  input: RegistrationInput,
) {
  const name = required('name', input.name);
  const parsed = parseOrganisationIdentifier(input.identifier, input.country);
  if (!parsed.ok) throw fieldProblem('identifier', `supplier.identifier.${parsed.reason}`);
  return deps.db.transaction().execute(async (trx) => {
    const existing = await repo.findOrganisationByIdentifier(trx, input.country, parsed.value);
    if (existing) {
      throw new Problem('conflict', 'supplier.identifier_taken', {
        params: { name: existing.name },
        fields: [
          {
            field: 'identifier',
            key: 'supplier.identifier_taken',
            params: { name: existing.name },
          },
        ],
      });
    }
    const created = await insertOrganisation(trx, {
      kind: 'supplier',
      name,
      country: input.country,
      identifier: parsed.value,
      municipalityCode: null,
    });
    await appendAudit(trx, deps.clock, {
      organisationId,
      actorUserId: actor.userId,
      action: 'supplier.registered',
      objectType: 'organisation',
      objectId: created.id,
      after: { name, country: input.country, identifier: parsed.value },
    });
    await createInvitation(trx, deps, actor, created, {
      email: input.adminEmail,
      roles: ['supplier_admin', 'org_admin'],
      locale: input.adminLocale ?? (input.country === 'DK' ? 'da' : 'sv'),
    });
    return {
      id: created.id,
      name: created.name,
      country: created.country,
      identifier: created.identifier,
    };
  });
}
