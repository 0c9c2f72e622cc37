// The supplier registry: a supplier keeps its own profile, contacts, establishments and
// consultants; procurement bodies and municipalities read the registry (never consultants'
// personal data); procurement officers register new suppliers and invite their first admin.
import type { Actor } from '../../../platform/access.ts';
import type { Selectable } from 'kysely';
import { consultantProblems, type Education, type Experience } from '@tildel/domain/consultant';
import { parseOrganisationIdentifier } from '@tildel/domain/identifiers';
import { findMunicipality } from '@tildel/domain/reference/municipalities';
import type { Gender, ServiceKind } from '@tildel/domain/taxonomy';
import type { ConsultantsTable, EstablishmentsTable } from '../../../db/types.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import type { Locale, MessageKey } from '../../../platform/i18n.ts';
import { fieldProblem, Problem, notFound } from '../../../platform/problem.ts';
import { createInvitation } from '../../organisations/organisations/service.ts';
import { insertOrganisation } from '../../organisations/platform-admin/service.ts';
import * as repo from './repo.ts';

const versionConflict = () => new Problem('conflict', 'supplier.version_conflict');

/** A required text, trimmed; blank is refused on the field rather than stored. */
function required(field: string, value: string) {
  const trimmed = value.trim();
  if (!trimmed) throw fieldProblem(field, 'supplier.blank');
  return trimmed;
}

function optional(value: string | null | undefined) {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** The official municipality code, or a problem on the field when there is no such municipality. */
function municipality(field: string, country: 'SE' | 'DK', code: string) {
  const found = findMunicipality(country, code);
  if (!found) throw fieldProblem(field, 'supplier.municipality_unknown', { code });
  return found;
}

async function supplierOrThrow(deps: Deps, supplierId: string) {
  const supplier = await repo.findSupplier(deps.db, supplierId);
  if (!supplier) throw notFound();
  return supplier;
}

// ---- profile ------------------------------------------------------------------------------------

type SupplierRow = NonNullable<Awaited<ReturnType<typeof repo.findSupplier>>>;

function profileView(s: SupplierRow) {
  const code = s.municipality_code;
  return {
    id: s.id,
    name: s.name,
    country: s.country,
    identifier: s.identifier,
    street: s.street ?? '',
    postalCode: s.postal_code ?? '',
    city: s.city ?? '',
    municipalityCode: code,
    municipalityName: code ? (findMunicipality(s.country, code)?.name ?? null) : null,
    website: s.website ?? null,
    description: s.description ?? '',
    // 0 until the supplier first saves its profile (the row is created then).
    version: s.version ?? 0,
    updatedAt: s.updated_at ?? null,
  };
}

export async function companyProfile(deps: Deps, supplierId: string) {
  return profileView(await supplierOrThrow(deps, supplierId));
}

export interface ProfileInput {
  street: string;
  postalCode: string;
  city: string;
  municipalityCode: string | null;
  website?: string | null;
  description?: string;
  version: number;
}

export async function saveCompanyProfile(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  input: ProfileInput,
) {
  const supplier = await supplierOrThrow(deps, supplierId);
  const code = optional(input.municipalityCode);
  const values = {
    street: input.street.trim(),
    postal_code: input.postalCode.trim(),
    city: input.city.trim(),
    municipality_code: code ? municipality('municipalityCode', supplier.country, code).code : null,
    website: optional(input.website),
    description: input.description?.trim() ?? '',
    updated_at: deps.clock.now(),
  };
  await deps.db.transaction().execute(async (trx) => {
    const current = await repo.lockProfile(trx, supplierId);
    if ((current?.version ?? 0) !== input.version) throw versionConflict();
    if (current) {
      await repo.updateProfile(trx, supplierId, { ...values, version: current.version + 1 });
    } else {
      await repo.insertProfile(trx, { supplier_id: supplierId, ...values, version: 1 });
    }
    await appendAudit(trx, deps.clock, {
      organisationId: supplierId,
      actorUserId: actor.userId,
      action: current ? 'supplier_profile.updated' : 'supplier_profile.created',
      objectType: 'supplier_profile',
      objectId: supplierId,
      before: current ?? null,
      after: values,
    });
  });
  return companyProfile(deps, supplierId);
}

// ---- contacts -----------------------------------------------------------------------------------

type ContactRow = Awaited<ReturnType<typeof repo.listContacts>>[number];

function contactView(c: ContactRow) {
  return {
    id: c.id,
    kind: c.kind,
    name: c.name,
    purpose: c.purpose,
    email: c.email,
    phone: c.phone,
    receivesNotices: c.receives_notices,
    createdAt: c.created_at,
  };
}

export interface ContactInput {
  kind: 'person' | 'function_mailbox';
  name: string;
  purpose?: string;
  email: string;
  phone?: string | null;
  receivesNotices?: boolean;
}

function contactValues(input: ContactInput) {
  return {
    kind: input.kind,
    name: required('name', input.name),
    purpose: input.purpose?.trim() ?? '',
    email: input.email.trim(),
    phone: optional(input.phone),
    receives_notices: input.receivesNotices ?? true,
  };
}

export async function listContacts(deps: Deps, supplierId: string) {
  await supplierOrThrow(deps, supplierId);
  return (await repo.listContacts(deps.db, supplierId)).map(contactView);
}

export async function addContact(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  input: ContactInput,
) {
  await supplierOrThrow(deps, supplierId);
  const values = contactValues(input);
  return deps.db.transaction().execute(async (trx) => {
    const created = await repo.insertContact(trx, {
      ...values,
      supplier_id: supplierId,
      created_at: deps.clock.now(),
    });
    await appendAudit(trx, deps.clock, {
      organisationId: supplierId,
      actorUserId: actor.userId,
      action: 'supplier_contact.added',
      objectType: 'supplier_contact',
      objectId: created.id,
      after: values,
    });
    return contactView(created);
  });
}

export async function changeContact(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  contactId: string,
  input: ContactInput,
) {
  await supplierOrThrow(deps, supplierId);
  const values = contactValues(input);
  return deps.db.transaction().execute(async (trx) => {
    const before = await repo.findContact(trx, supplierId, contactId);
    if (!before) throw notFound();
    const after = await repo.updateContact(trx, contactId, values);
    await appendAudit(trx, deps.clock, {
      organisationId: supplierId,
      actorUserId: actor.userId,
      action: 'supplier_contact.changed',
      objectType: 'supplier_contact',
      objectId: contactId,
      before,
      after: values,
    });
    return contactView(after);
  });
}

export async function removeContact(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  contactId: string,
) {
  await supplierOrThrow(deps, supplierId);
  await deps.db.transaction().execute(async (trx) => {
    const before = await repo.findContact(trx, supplierId, contactId);
    if (!before) throw notFound();
    const removedAt = deps.clock.now();
    await repo.updateContact(trx, contactId, { removed_at: removedAt });
    await appendAudit(trx, deps.clock, {
      organisationId: supplierId,
      actorUserId: actor.userId,
      action: 'supplier_contact.removed',
      objectType: 'supplier_contact',
      objectId: contactId,
      before,
      after: { removedAt },
    });
  });
}

// ---- establishments -----------------------------------------------------------------------------

function establishmentView(e: Selectable<EstablishmentsTable>) {
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

export interface EstablishmentInput {
  name: string;
  serviceKind: ServiceKind;
  street?: string;
  postalCode?: string;
  city?: string;
  municipalityCode: string;
  placesTotal: number;
  placesFree: number;
  targetGroups?: string[];
  ageMin?: number;
  ageMax?: number;
  gender?: Gender;
  methods?: string[];
  languages?: string[];
  description?: string;
}

function refuseMorePlacesFreeThanTotal(free: number, total: number) {
  if (free > total) {
    throw fieldProblem('placesFree', 'establishment.free_exceeds_total', { free, total });
  }
}

/** Trimmed, without blanks or repeats, in the order given. */
function cleanList(values: readonly string[] | undefined) {
  return [...new Set((values ?? []).map((v) => v.trim()).filter(Boolean))];
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

export async function listEstablishments(deps: Deps, supplierId: string) {
  await supplierOrThrow(deps, supplierId);
  return (await repo.listEstablishments(deps.db, supplierId, true)).map(establishmentView);
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
  input: EstablishmentInput & { version: number },
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
  input: { placesFree: number; placesTotal?: number },
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

// ---- consultants --------------------------------------------------------------------------------

function consultantView(c: Selectable<ConsultantsTable>) {
  return {
    id: c.id,
    name: c.name,
    educations: c.educations as unknown as Education[],
    experience: c.experience as unknown as Experience[],
    languages: c.languages,
    availableFrom: c.available_from,
    availableExtentPercent: c.available_extent_percent,
    version: c.version,
    createdAt: c.created_at,
  };
}

export interface ConsultantInput {
  name: string;
  educations: Education[];
  experience: Experience[];
  languages?: string[];
  availableFrom?: string | null;
  availableExtentPercent?: number | null;
}

const CONSULTANT_PROBLEM_KEYS: Record<string, MessageKey> = {
  in_future: 'consultant.education_in_future',
  too_early: 'consultant.education_too_early',
  duplicate_area: 'consultant.duplicate_area',
  too_many_years: 'consultant.too_many_years',
};

function consultantValues(deps: Deps, input: ConsultantInput) {
  const name = required('name', input.name);
  const experience = input.experience.map((x) => ({ area: x.area, years: x.years }));
  const educations = input.educations.map((e) => ({ code: e.code, year: e.year }));
  const problems = consultantProblems(
    { educations, experience },
    deps.clock.now().getUTCFullYear(),
  );
  if (problems.length > 0) {
    throw new Problem('validation', 'problem.validation.detail', {
      fields: problems.map((p) => ({ field: p.field, key: CONSULTANT_PROBLEM_KEYS[p.reason]! })),
    });
  }
  return {
    name,
    // jsonb: sent as JSON text, or the driver would send a PostgreSQL array.
    educations: JSON.stringify(educations),
    experience: JSON.stringify(experience),
    languages: cleanList(input.languages),
    available_from: input.availableFrom ?? null,
    available_extent_percent: input.availableExtentPercent ?? null,
  };
}

function auditable(values: ReturnType<typeof consultantValues>) {
  return {
    ...values,
    educations: JSON.parse(values.educations) as unknown,
    experience: JSON.parse(values.experience) as unknown,
  };
}

export async function listConsultants(deps: Deps, supplierId: string) {
  await supplierOrThrow(deps, supplierId);
  return (await repo.listConsultants(deps.db, supplierId)).map(consultantView);
}

export async function addConsultant(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  input: ConsultantInput,
) {
  await supplierOrThrow(deps, supplierId);
  const values = consultantValues(deps, input);
  return deps.db.transaction().execute(async (trx) => {
    const created = await repo.insertConsultant(trx, {
      ...values,
      supplier_id: supplierId,
      created_at: deps.clock.now(),
    });
    await appendAudit(trx, deps.clock, {
      organisationId: supplierId,
      actorUserId: actor.userId,
      action: 'consultant.added',
      objectType: 'consultant',
      objectId: created.id,
      after: auditable(values),
    });
    return consultantView(created);
  });
}

export async function changeConsultant(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  consultantId: string,
  input: ConsultantInput & { version: number },
) {
  await supplierOrThrow(deps, supplierId);
  const values = consultantValues(deps, input);
  return deps.db.transaction().execute(async (trx) => {
    const before = await repo.lockConsultant(trx, supplierId, consultantId);
    if (!before) throw notFound();
    if (before.version !== input.version) throw versionConflict();
    const after = await repo.updateConsultant(trx, consultantId, {
      ...values,
      version: before.version + 1,
    });
    await appendAudit(trx, deps.clock, {
      organisationId: supplierId,
      actorUserId: actor.userId,
      action: 'consultant.changed',
      objectType: 'consultant',
      objectId: consultantId,
      before,
      after: auditable(values),
    });
    return consultantView(after);
  });
}

export async function removeConsultant(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  consultantId: string,
) {
  await supplierOrThrow(deps, supplierId);
  await deps.db.transaction().execute(async (trx) => {
    const before = await repo.lockConsultant(trx, supplierId, consultantId);
    if (!before) throw notFound();
    const removedAt = deps.clock.now();
    await repo.updateConsultant(trx, consultantId, { removed_at: removedAt });
    await appendAudit(trx, deps.clock, {
      organisationId: supplierId,
      actorUserId: actor.userId,
      action: 'consultant.removed',
      objectType: 'consultant',
      objectId: consultantId,
      before: { name: before.name },
      after: { removedAt },
    });
  });
}

// ---- the registry -------------------------------------------------------------------------------

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function listRegistry(deps: Deps, filter: repo.RegistryFilter) {
  // The anchor is compared with a uuid column: anything else can only be a typo or a probe.
  if (filter.before && !UUID.test(filter.before)) {
    throw fieldProblem('before', 'field.format.uuid');
  }
  const rows = await repo.listSuppliers(deps.db, { ...filter, q: filter.q?.trim() });
  const items = rows.map((r) => ({
    id: r.id,
    name: r.name,
    country: r.country,
    identifier: r.identifier,
    city: r.city ?? '',
    municipalityCode: r.municipality_code ?? null,
    establishmentCount: Number(r.establishment_count ?? 0),
    consultantCount: Number(r.consultant_count ?? 0),
    serviceKinds: r.service_kinds ?? [],
  }));
  const last = items.at(-1);
  return { items, nextBefore: items.length === filter.limit && last ? last.id : null };
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

export interface RegistrationInput {
  name: string;
  country: 'SE' | 'DK';
  identifier: string;
  adminEmail: string;
  adminLocale?: Locale;
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
