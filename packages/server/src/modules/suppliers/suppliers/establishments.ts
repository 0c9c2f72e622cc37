// The supplier's establishments: where placements are made, with their free places, target
// groups and methods; closed ones leave the catalogue but are kept.
import type { Actor } from '../../../platform/access.ts';
import type { Selectable } from 'kysely';
import { findMunicipality } from '@tildel/domain/reference/municipalities';
import type { EstablishmentsTable } from '../../../db/types.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import { queryRows } from '../../../platform/export.ts';
import { pageOf } from '../../../platform/paging.ts';
import { fieldProblem, Problem, notFound } from '../../../platform/problem.ts';
import * as repo from './repo.ts';
import {
  ESTABLISHMENT_PAGE_DEFAULTS,
  type EstablishmentChange,
  type EstablishmentInput,
  type EstablishmentListQuery as OwnListQuery,
  type PlacesInput,
} from './schemas.ts';
import { cleanList, municipality, required, supplierOrThrow, versionConflict } from './supplier.ts';

export function establishmentView(e: Selectable<EstablishmentsTable>) {
  return {
    id: e.id,
    supplierId: e.supplier_id,
    name: e.name,
    serviceKind: e.service_kind,
    street: e.street,
    postalCode: e.postal_code,
    city: e.city,
    country: e.country,
    municipalityCode: e.municipality_code,
    municipalityName: findMunicipality(e.country, e.municipality_code)?.name ?? null,
    lat: e.lat,
    lon: e.lon,
    placesTotal: e.places_total,
    placesFree: e.places_free,
    placesUpdatedAt: e.places_updated_at,
    targetGroups: e.target_groups,
    ageMin: e.age_min,
    ageMax: e.age_max,
    gender: e.gender,
    methods: e.methods,
    languages: e.languages,
    description: e.description,
    version: e.version,
    createdAt: e.created_at,
    closedAt: e.closed_at,
  };
}

function refuseMorePlacesFreeThanTotal(free: number, total: number) {
  if (free > total) {
    throw fieldProblem('placesFree', 'establishment.free_exceeds_total', { free, total });
  }
}

function establishmentValues(country: 'SE' | 'DK', input: EstablishmentInput) {
  const place = municipality('municipalityCode', country, input.municipalityCode);
  const ageMin = input.ageMin ?? 0;
  const ageMax = input.ageMax ?? 120;
  if (ageMin > ageMax) {
    throw fieldProblem('ageMin', 'establishment.age_range', { min: ageMin, max: ageMax });
  }
  refuseMorePlacesFreeThanTotal(input.placesFree, input.placesTotal);
  return {
    name: required('name', input.name),
    service_kind: input.serviceKind,
    street: input.street?.trim() ?? '',
    postal_code: input.postalCode?.trim() ?? '',
    city: input.city?.trim() ?? '',
    country,
    municipality_code: place.code,
    // Distance search measures from the municipal seat (see the reference data).
    lat: place.lat,
    lon: place.lon,
    places_total: input.placesTotal,
    places_free: input.placesFree,
    target_groups: cleanList(input.targetGroups),
    age_min: ageMin,
    age_max: ageMax,
    gender: input.gender ?? 'any',
    methods: cleanList(input.methods),
    languages: cleanList(input.languages),
    description: input.description?.trim() ?? '',
  };
}

export async function listEstablishments(deps: Deps, supplierId: string, query: OwnListQuery) {
  await supplierOrThrow(deps, supplierId);
  const page = pageOf(query, ESTABLISHMENT_PAGE_DEFAULTS);
  const { items, ...paging } = await repo.pageOfEstablishments(deps.db, supplierId, page);
  return { ...paging, items: items.map(establishmentView) };
}

/** Every establishment of the list in its order: a download's rows (an unknown supplier refused). */
export async function* establishmentRows(
  deps: Deps,
  supplierId: string,
  query: Omit<OwnListQuery, 'limit' | 'offset'>,
) {
  await supplierOrThrow(deps, supplierId);
  const sort = pageOf(query, ESTABLISHMENT_PAGE_DEFAULTS);
  yield* queryRows(
    deps.db,
    repo.establishmentsInOrder(deps.db, supplierId, sort),
    establishmentView,
  );
}

export async function establishment(deps: Deps, supplierId: string, establishmentId: string) {
  await supplierOrThrow(deps, supplierId);
  const found = await repo.findEstablishment(deps.db, supplierId, establishmentId);
  if (!found) throw notFound();
  return establishmentView(found);
}

export async function addEstablishment(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  input: EstablishmentInput,
) {
  const supplier = await supplierOrThrow(deps, supplierId);
  const values = establishmentValues(supplier.country, input);
  return deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    const created = await repo.insertEstablishment(trx, {
      ...values,
      supplier_id: supplierId,
      places_updated_at: now,
      created_at: now,
    });
    await appendAudit(trx, deps.clock, {
      organisationId: supplierId,
      actorUserId: actor.userId,
      action: 'establishment.added',
      objectType: 'establishment',
      objectId: created.id,
      after: values,
    });
    return establishmentView(created);
  });
}

export async function changeEstablishment(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  establishmentId: string,
  input: EstablishmentChange,
) {
  const supplier = await supplierOrThrow(deps, supplierId);
  const values = establishmentValues(supplier.country, input);
  return deps.db.transaction().execute(async (trx) => {
    const before = await repo.lockEstablishment(trx, supplierId, establishmentId);
    if (!before) throw notFound();
    if (before.version !== input.version) throw versionConflict();
    const placesChanged =
      before.places_free !== values.places_free || before.places_total !== values.places_total;
    const after = await repo.updateEstablishment(trx, establishmentId, {
      ...values,
      ...(placesChanged ? { places_updated_at: deps.clock.now() } : {}),
      version: before.version + 1,
    });
    await appendAudit(trx, deps.clock, {
      organisationId: supplierId,
      actorUserId: actor.userId,
      action: 'establishment.changed',
      objectType: 'establishment',
      objectId: establishmentId,
      before,
      after: values,
    });
    return establishmentView(after);
  });
}

/**
 * The quick update a supplier makes whenever a place is taken or freed: the date it was done is
 * what buyers trust, so it is stamped even when the number stays the same.
 */
export async function updatePlaces(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  establishmentId: string,
  input: PlacesInput,
) {
  await supplierOrThrow(deps, supplierId);
  return deps.db.transaction().execute(async (trx) => {
    const before = await repo.lockEstablishment(trx, supplierId, establishmentId);
    if (!before) throw notFound();
    const total = input.placesTotal ?? before.places_total;
    refuseMorePlacesFreeThanTotal(input.placesFree, total);
    const now = deps.clock.now();
    const after = await repo.updateEstablishment(trx, establishmentId, {
      places_free: input.placesFree,
      places_total: total,
      places_updated_at: now,
      version: before.version + 1,
    });
    await appendAudit(trx, deps.clock, {
      organisationId: supplierId,
      actorUserId: actor.userId,
      action: 'establishment.places_updated',
      objectType: 'establishment',
      objectId: establishmentId,
      before: { placesFree: before.places_free, placesTotal: before.places_total },
      after: { placesFree: input.placesFree, placesTotal: total, placesUpdatedAt: now },
    });
    return establishmentView(after);
  });
}

/**
 * Close an establishment (or reopen it): a closed one leaves the catalogue and the registry but
 * is kept — prices, permits and placements refer to it — and the supplier can reopen it.
 */
export async function setEstablishmentClosed(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  establishmentId: string,
  version: number,
  close: boolean,
) {
  await supplierOrThrow(deps, supplierId);
  return deps.db.transaction().execute(async (trx) => {
    const before = await repo.lockEstablishment(trx, supplierId, establishmentId, true);
    if (!before) throw notFound();
    if ((before.closed_at !== null) === close) {
      throw new Problem('conflict', close ? 'establishment.already_closed' : 'establishment.open');
    }
    if (before.version !== version) throw versionConflict();
    const closedAt = close ? deps.clock.now() : null;
    const after = await repo.updateEstablishment(trx, establishmentId, {
      closed_at: closedAt,
      version: before.version + 1,
    });
    await appendAudit(trx, deps.clock, {
      organisationId: supplierId,
      actorUserId: actor.userId,
      action: close ? 'establishment.closed' : 'establishment.reopened',
      objectType: 'establishment',
      objectId: establishmentId,
      before: { closedAt: before.closed_at },
      after: { closedAt },
    });
    return establishmentView(after);
  });
}
