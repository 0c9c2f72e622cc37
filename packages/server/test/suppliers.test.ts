// The supplier registry: a supplier keeps its own profile, contacts, establishments and
// consultants; buyers read the registry without consultants' personal data; a procurement
// officer registers a supplier once per number and its first admin is invited.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { findMunicipality } from '@tildel/domain/reference/municipalities';
import { call, createTestApp, type Caller } from './support/app.ts';
import { expectPagedList } from './support/paging.ts';
import {
  createOrganisation,
  createSession,
  createUser,
  randomUUID,
  uniqueIdentifier,
} from './support/factories.ts';

const { app, database, clock } = await createTestApp();
const db = database.db;

async function supplierWithUser(
  name: string,
  country: 'SE' | 'DK' = 'SE',
  locale: 'sv' | 'da' | 'en' = 'en',
) {
  const supplier = await createOrganisation(db, { kind: 'supplier', name, country });
  const user = await createUser(db, {
    locale,
    memberships: [{ organisationId: supplier.id, roles: ['supplier_admin'] }],
  });
  const caller = await createSession(db, clock, user.id, supplier.id);
  return { supplier, user, caller, company: `/api/organisations/${supplier.id}/company` };
}

const lindgarden = await supplierWithUser(`Lindgårdens HVB AB ${randomUUID().slice(0, 6)}`);
const other = await supplierWithUser(`Annan Omsorg AB ${randomUUID().slice(0, 6)}`);
const body = await createOrganisation(db, { kind: 'procurement_body', name: 'Sydupphandling' });
const officer = await createUser(db, {
  name: 'Ulf Upphandlare',
  memberships: [{ organisationId: body.id, roles: ['procurement_officer'] }],
});
const officerCaller = await createSession(db, clock, officer.id, body.id);
const kommun = await createOrganisation(db, { kind: 'municipality', name: 'Kristianstads kommun' });
const caseworker = await createUser(db, {
  memberships: [{ organisationId: kommun.id, roles: ['caseworker'] }],
});
const caseworkerCaller = await createSession(db, clock, caseworker.id, kommun.id);

function send(
  caller: Caller,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
) {
  return call(app, caller, { method, url, ...(payload === undefined ? {} : { payload }) });
}

async function auditActions(objectId: string) {
  const rows = await db
    .selectFrom('audit_log')
    .select(['action', 'actor_user_id', 'organisation_id'])
    .where('object_id', '=', objectId)
    .orderBy('seq')
    .execute();
  return rows;
}

const youthHome = {
  name: 'Lindgården ungdomshem',
  serviceKind: 'hvb',
  street: 'Lindvägen 4',
  postalCode: '291 33',
  city: 'Kristianstad',
  municipalityCode: '1290',
  placesTotal: 8,
  placesFree: 2,
  targetGroups: ['youth_13_17', 'neuropsychiatric'],
  ageMin: 13,
  ageMax: 17,
  gender: 'any',
  methods: ['MI', 'ART'],
  languages: ['sv', 'ar'],
  description: 'HVB för ungdomar med neuropsykiatriska funktionsnedsättningar.',
};

describe('the supplier’s own profile', () => {
  it('is created on the first save, validated against the municipality register, and audited', async () => {
    const before = await send(lindgarden.caller, 'GET', lindgarden.company);
    expect(before.statusCode).toBe(200);
    expect(before.json()).toMatchObject({ name: lindgarden.supplier.name, version: 0, street: '' });

    const saved = await send(lindgarden.caller, 'PUT', lindgarden.company, {
      street: 'Lindvägen 4',
      postalCode: '291 33',
      city: 'Kristianstad',
      municipalityCode: '1290',
      website: 'https://lindgarden.example',
      description: 'HVB i Skåne sedan 1998.',
      version: 0,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      identifier: lindgarden.supplier.identifier,
      municipalityCode: '1290',
      municipalityName: 'Kristianstad',
      version: 1,
    });
    expect(await auditActions(lindgarden.supplier.id)).toContainEqual({
      action: 'supplier_profile.created',
      actor_user_id: lindgarden.user.id,
      organisation_id: lindgarden.supplier.id,
    });
  });

  it('refuses a save made on a version someone else has already changed', async () => {
    const stale = await send(lindgarden.caller, 'PUT', lindgarden.company, {
      street: 'Annan väg 1',
      postalCode: '291 33',
      city: 'Kristianstad',
      municipalityCode: '1290',
      version: 0,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toContain('Someone else changed this');
    const now = await send(lindgarden.caller, 'GET', lindgarden.company);
    expect(now.json().street).toBe('Lindvägen 4');
  });

  it('refuses a municipality code that does not exist, on the field', async () => {
    const response = await send(lindgarden.caller, 'PUT', lindgarden.company, {
      street: '',
      postalCode: '',
      city: '',
      municipalityCode: '9999',
      version: 1,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { field: 'municipalityCode', message: 'There is no municipality with the code 9999.' },
    ]);
  });

  it('is not there for an organisation that is not a supplier', async () => {
    const user = await createUser(db, {
      memberships: [{ organisationId: kommun.id, roles: ['supplier_admin'] }],
    });
    const caller = await createSession(db, clock, user.id, kommun.id);
    const response = await send(caller, 'GET', `/api/organisations/${kommun.id}/company`);
    expect(response.statusCode).toBe(404);
  });
});

describe('contacts', () => {
  it('keeps a shared function mailbox and a person, changes and removes them', async () => {
    const mailbox = await send(lindgarden.caller, 'POST', `${lindgarden.company}/contacts`, {
      kind: 'function_mailbox',
      name: 'Placeringar',
      purpose: 'Förfrågningar om placering',
      email: 'placering@lindgarden.example',
    });
    expect(mailbox.statusCode, mailbox.body).toBe(201);
    const person = await send(lindgarden.caller, 'POST', `${lindgarden.company}/contacts`, {
      kind: 'person',
      name: 'Lena Lind',
      email: 'lena@lindgarden.example',
      phone: '044-12 34 56',
      receivesNotices: false,
    });
    expect(person.statusCode).toBe(201);
    const changed = await send(
      lindgarden.caller,
      'PUT',
      `${lindgarden.company}/contacts/${person.json().id}`,
      { kind: 'person', name: 'Lena Lindgren', email: 'lena@lindgarden.example' },
    );
    expect(changed.json()).toMatchObject({ name: 'Lena Lindgren', phone: null });
    const removed = await send(
      lindgarden.caller,
      'DELETE',
      `${lindgarden.company}/contacts/${person.json().id}`,
    );
    expect(removed.statusCode).toBe(204);
    const list = await send(lindgarden.caller, 'GET', `${lindgarden.company}/contacts`);
    expect(list.json().items.map((c: { name: string }) => c.name)).toEqual(['Placeringar']);
    expect((await auditActions(person.json().id)).map((a) => a.action)).toEqual([
      'supplier_contact.added',
      'supplier_contact.changed',
      'supplier_contact.removed',
    ]);
  });

  it('refuses a blank name', async () => {
    const response = await send(lindgarden.caller, 'POST', `${lindgarden.company}/contacts`, {
      kind: 'person',
      name: '   ',
      email: 'x@lindgarden.example',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('name');
  });
});

describe('establishments', () => {
  let homeId = '';

  it('are added at the municipal seat’s position, with the date places were reported', async () => {
    const response = await send(
      lindgarden.caller,
      'POST',
      `${lindgarden.company}/establishments`,
      youthHome,
    );
    expect(response.statusCode, response.body).toBe(201);
    const home = response.json();
    homeId = home.id;
    const seat = findMunicipality('SE', '1290')!;
    expect(home).toMatchObject({
      country: 'SE',
      municipalityName: 'Kristianstad',
      lat: seat.lat,
      lon: seat.lon,
      placesFree: 2,
      placesTotal: 8,
      placesUpdatedAt: clock.now().toISOString(),
      targetGroups: ['youth_13_17', 'neuropsychiatric'],
      version: 1,
    });
    expect((await auditActions(homeId)).map((a) => a.action)).toEqual(['establishment.added']);
  });

  it('refuses more free places than places in total, clearly', async () => {
    const response = await send(lindgarden.caller, 'POST', `${lindgarden.company}/establishments`, {
      ...youthHome,
      placesFree: 9,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      {
        field: 'placesFree',
        message: 'Free places (9) cannot be more than the total number of places (8).',
      },
    ]);
  });

  it('refuses an age range upside down', async () => {
    const response = await send(lindgarden.caller, 'POST', `${lindgarden.company}/establishments`, {
      ...youthHome,
      ageMin: 18,
      ageMax: 13,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('ageMin');
  });

  it('takes a quick free-places report, stamped with the time, and refuses one over the total', async () => {
    clock.advance(60_000);
    const url = `${lindgarden.company}/establishments/${homeId}/places`;
    const updated = await send(lindgarden.caller, 'PUT', url, { placesFree: 0 });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({
      placesFree: 0,
      placesTotal: 8,
      placesUpdatedAt: clock.now().toISOString(),
      version: 2,
    });
    const tooMany = await send(lindgarden.caller, 'PUT', url, { placesFree: 5, placesTotal: 4 });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().errors[0].field).toBe('placesFree');
    expect((await auditActions(homeId)).map((a) => a.action)).toContain(
      'establishment.places_updated',
    );
  });

  it('are changed only on the version read', async () => {
    const url = `${lindgarden.company}/establishments/${homeId}`;
    const stale = await send(lindgarden.caller, 'PUT', url, { ...youthHome, version: 1 });
    expect(stale.statusCode).toBe(409);
    const fresh = await send(lindgarden.caller, 'PUT', url, {
      ...youthHome,
      placesFree: 0,
      name: 'Lindgårdens ungdomshem',
      version: 2,
    });
    expect(fresh.statusCode, fresh.body).toBe(200);
    expect(fresh.json()).toMatchObject({ name: 'Lindgårdens ungdomshem', version: 3 });
  });

  it('of one supplier cannot be read or changed by another (404)', async () => {
    const url = `${other.company}/establishments/${homeId}`;
    expect((await send(other.caller, 'GET', url)).statusCode).toBe(404);
    const change = await send(other.caller, 'PUT', url, { ...youthHome, version: 3 });
    expect(change.statusCode).toBe(404);
    const places = await send(other.caller, 'PUT', `${url}/places`, { placesFree: 1 });
    expect(places.statusCode).toBe(404);
    const list = await send(other.caller, 'GET', `${other.company}/establishments`);
    expect(list.json().items).toEqual([]);
  });
});

const closer = await supplierWithUser(`Stängda Hem AB ${randomUUID().slice(0, 6)}`);
const created = await send(closer.caller, 'POST', `${closer.company}/establishments`, {
  ...youthHome,
  name: `Ekbacken ${randomUUID().slice(0, 6)}`,
});
const ekbacken = created.json() as { id: string; version: number };
const ekbackenUrl = `${closer.company}/establishments/${ekbacken.id}`;

describe('closing an establishment', () => {
  async function inCatalogue() {
    const response = await send(
      caseworkerCaller,
      'GET',
      `/api/organisations/${kommun.id}/catalogue?municipality=1290&limit=100`,
    );
    expect(response.statusCode, response.body).toBe(200);
    return response.json().items.some((r: { id: string }) => r.id === ekbacken.id);
  }

  async function registryCount() {
    const response = await send(
      caseworkerCaller,
      'GET',
      `/api/organisations/${kommun.id}/suppliers?q=${encodeURIComponent(closer.supplier.name)}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    return response.json().items[0].establishmentCount as number;
  }

  it('takes it out of the catalogue and the registry, keeps it in the supplier’s list, audited', async () => {
    expect(created.statusCode, created.body).toBe(201);
    expect(await inCatalogue()).toBe(true);
    expect(await registryCount()).toBe(1);

    const closed = await send(closer.caller, 'POST', `${ekbackenUrl}/close`, {
      version: ekbacken.version,
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ closedAt: clock.now().toISOString(), version: 2 });

    expect(await inCatalogue()).toBe(false);
    expect(await registryCount()).toBe(0);
    const own = await send(closer.caller, 'GET', `${closer.company}/establishments`);
    expect(own.json().items).toEqual([
      expect.objectContaining({ id: ekbacken.id, closedAt: clock.now().toISOString() }),
    ]);
    const again = await send(closer.caller, 'POST', `${ekbackenUrl}/close`, { version: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('The establishment is already closed.');
    expect((await auditActions(ekbacken.id)).map((a) => a.action)).toEqual([
      'establishment.added',
      'establishment.closed',
    ]);
  });

  it('reopens it on the version read, back in the catalogue', async () => {
    const stale = await send(closer.caller, 'POST', `${ekbackenUrl}/reopen`, { version: 1 });
    expect(stale.statusCode).toBe(409);
    const reopened = await send(closer.caller, 'POST', `${ekbackenUrl}/reopen`, { version: 2 });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({ closedAt: null, version: 3 });
    expect(await inCatalogue()).toBe(true);
    expect(await registryCount()).toBe(1);
    const notClosed = await send(closer.caller, 'POST', `${ekbackenUrl}/reopen`, { version: 3 });
    expect(notClosed.statusCode).toBe(409);
    expect((await auditActions(ekbacken.id)).at(-1)?.action).toBe('establishment.reopened');
  });

  it('is not possible for another supplier (404), nor without a version (400)', async () => {
    const foreign = `${other.company}/establishments/${ekbacken.id}`;
    expect((await send(other.caller, 'POST', `${foreign}/close`, { version: 3 })).statusCode).toBe(
      404,
    );
    expect((await send(other.caller, 'POST', `${foreign}/reopen`, { version: 3 })).statusCode).toBe(
      404,
    );
    const missing = await send(closer.caller, 'POST', `${ekbackenUrl}/close`, {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].field).toBe('version');
    expect(await inCatalogue()).toBe(true);
  });
});

describe('consultants', () => {
  const anna = {
    name: 'Anna Andersson',
    educations: [{ code: 'socionomexamen', year: 2015 }],
    experience: [
      { area: 'children_youth', years: 8 },
      { area: 'financial_assistance', years: 2 },
    ],
    languages: ['sv', 'en'],
    availableFrom: '2026-12-01',
    availableExtentPercent: 100,
  };
  let annaId = '';

  it('are kept with educations, years per area, languages and availability', async () => {
    const response = await send(
      lindgarden.caller,
      'POST',
      `${lindgarden.company}/consultants`,
      anna,
    );
    expect(response.statusCode, response.body).toBe(201);
    annaId = response.json().id;
    expect(response.json()).toMatchObject({ ...anna, version: 1 });
    const changed = await send(
      lindgarden.caller,
      'PUT',
      `${lindgarden.company}/consultants/${annaId}`,
      { ...anna, availableExtentPercent: 50, version: 1 },
    );
    expect(changed.json()).toMatchObject({ availableExtentPercent: 50, version: 2 });
    const stale = await send(
      lindgarden.caller,
      'PUT',
      `${lindgarden.company}/consultants/${annaId}`,
      { ...anna, version: 1 },
    );
    expect(stale.statusCode).toBe(409);
    expect((await auditActions(annaId)).map((a) => a.action)).toEqual([
      'consultant.added',
      'consultant.changed',
    ]);
  });

  it('refuse a degree from the future and an area counted twice, per field', async () => {
    const response = await send(lindgarden.caller, 'POST', `${lindgarden.company}/consultants`, {
      ...anna,
      educations: [{ code: 'socionomexamen', year: 2030 }],
      experience: [
        { area: 'children_youth', years: 3 },
        { area: 'children_youth', years: 4 },
      ],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'educations.0.year',
      'experience.1.area',
    ]);
  });

  it('of one supplier are invisible and unchangeable to another (404)', async () => {
    const list = await send(other.caller, 'GET', `${other.company}/consultants`);
    expect(list.json().items).toEqual([]);
    const url = `${other.company}/consultants/${annaId}`;
    expect((await send(other.caller, 'PUT', url, { ...anna, version: 2 })).statusCode).toBe(404);
    expect((await send(other.caller, 'DELETE', url)).statusCode).toBe(404);
  });

  it('are removed softly, and audited', async () => {
    const removed = await send(
      lindgarden.caller,
      'DELETE',
      `${lindgarden.company}/consultants/${annaId}`,
    );
    expect(removed.statusCode).toBe(204);
    const row = await db
      .selectFrom('consultants')
      .select('removed_at')
      .where('id', '=', annaId)
      .executeTakeFirstOrThrow();
    expect(row.removed_at).not.toBeNull();
    expect((await auditActions(annaId)).map((a) => a.action)).toContain('consultant.removed');
  });
});

describe('the registry', () => {
  it('lets a municipal user find a supplier and read it, consultants only as a number', async () => {
    await send(lindgarden.caller, 'POST', `${lindgarden.company}/consultants`, {
      name: 'Bodil Berg',
      educations: [{ code: 'socionomexamen', year: 2010 }],
      experience: [{ area: 'adult_addiction', years: 12 }],
    });
    const base = `/api/organisations/${kommun.id}/suppliers`;
    const found = await send(
      caseworkerCaller,
      'GET',
      `${base}?q=${encodeURIComponent('lindgårdens')}`,
    );
    expect(found.statusCode, found.body).toBe(200);
    const item = found.json().items.find((s: { id: string }) => s.id === lindgarden.supplier.id);
    expect(item).toMatchObject({
      establishmentCount: 1,
      consultantCount: 1,
      // The HVB home, and staffing through the consultant on its books.
      serviceKinds: ['hvb', 'staffing'],
    });

    const byNumber = await send(
      caseworkerCaller,
      'GET',
      `${base}?q=${lindgarden.supplier.identifier}`,
    );
    expect(byNumber.json().items.map((s: { id: string }) => s.id)).toEqual([
      lindgarden.supplier.id,
    ]);

    const entry = await send(caseworkerCaller, 'GET', `${base}/${lindgarden.supplier.id}`);
    expect(entry.statusCode).toBe(200);
    const json = entry.json();
    expect(json.profile.city).toBe('Kristianstad');
    expect(json.establishments.map((e: { name: string }) => e.name)).toEqual([
      'Lindgårdens ungdomshem',
    ]);
    expect(json.consultantCount).toBe(1);
    expect(entry.body).not.toContain('Bodil');
    expect(entry.body).not.toContain('consultants');
  });

  it('filters by country and service kind, and pages sorted by name', async () => {
    const dk = await createOrganisation(db, {
      kind: 'supplier',
      country: 'DK',
      name: 'Bo Dansk ApS',
    });
    const base = `/api/organisations/${kommun.id}/suppliers`;
    const danish = await send(caseworkerCaller, 'GET', `${base}?country=DK&limit=200`);
    const ids = danish.json().items.map((s: { id: string; country: string }) => s.country);
    expect(new Set(ids)).toEqual(new Set(['DK']));
    expect(danish.json().items.map((s: { id: string }) => s.id)).toContain(dk.id);

    const hvb = await send(caseworkerCaller, 'GET', `${base}?serviceKind=hvb&limit=200`);
    const hvbIds = hvb.json().items.map((s: { id: string }) => s.id);
    expect(hvbIds).toContain(lindgarden.supplier.id);
    expect(hvbIds).not.toContain(other.supplier.id);

    await expectPagedList({
      app,
      caller: caseworkerCaller,
      url: base,
      atLeast: 3,
      sort: 'name',
      value: (item) => String(item.name),
    });
    const danishTotal = danish.json().total;
    expect(danishTotal).toBe(danish.json().items.length);
    const bad = await send(caseworkerCaller, 'GET', `${base}?before=abc`);
    expect(bad.statusCode).toBe(400);
  });

  it('answers 404 for an organisation that is not a supplier', async () => {
    const response = await send(
      caseworkerCaller,
      'GET',
      `/api/organisations/${kommun.id}/suppliers/${body.id}`,
    );
    expect(response.statusCode).toBe(404);
  });
});

describe('registering a supplier', () => {
  const register = (payload: Record<string, unknown>) =>
    send(officerCaller, 'POST', `/api/organisations/${body.id}/suppliers`, payload);

  it('creates the supplier, invites its first admin through the outbox, and audits it', async () => {
    const identifier = uniqueIdentifier('SE');
    const email = `vd-${randomUUID().slice(0, 8)}@nyomsorg.example`;
    const response = await register({
      name: 'Ny Omsorg AB',
      country: 'SE',
      identifier: identifier.replace('-', ''),
      adminEmail: email,
    });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({ name: 'Ny Omsorg AB', identifier });
    const invitation = await db
      .selectFrom('invitations')
      .select(['roles', 'locale'])
      .where('organisation_id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(invitation).toEqual({ roles: ['supplier_admin', 'org_admin'], locale: 'sv' });
    const mail = await db
      .selectFrom('outbox')
      .select('subject')
      .where('recipient', '=', email)
      .executeTakeFirstOrThrow();
    expect(mail.subject).toBe('Inbjudan till Ny Omsorg AB i Tildel');
    expect(await auditActions(created.id)).toContainEqual({
      action: 'supplier.registered',
      actor_user_id: officer.id,
      organisation_id: body.id,
    });
  });

  it('refuses a number already registered, naming the supplier that has it', async () => {
    const response = await register({
      name: 'Kopia AB',
      country: 'SE',
      identifier: lindgarden.supplier.identifier,
      adminEmail: 'kopia@example.test',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().detail).toBe(
      `This number is already registered to ${lindgarden.supplier.name}.`,
    );
    expect(response.json().errors[0].field).toBe('identifier');
  });

  it('refuses an organisationsnummer with a wrong check digit, and a CVR that fails modulus 11', async () => {
    const swedish = await register({
      name: 'Fel AB',
      country: 'SE',
      identifier: '556012-5791',
      adminEmail: 'fel@example.test',
    });
    expect(swedish.statusCode).toBe(400);
    expect(swedish.json().errors).toEqual([
      { field: 'identifier', message: 'The check digit does not match – check the number.' },
    ]);
    const danish = await register({
      name: 'Forkert ApS',
      country: 'DK',
      identifier: '24256791',
      adminEmail: 'forkert@example.test',
    });
    expect(danish.statusCode).toBe(400);
    expect(danish.json().errors[0].field).toBe('identifier');
    const count = await db
      .selectFrom('organisations')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('name', 'in', ['Fel AB', 'Forkert ApS'])
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('is not open to a municipal caseworker', async () => {
    const response = await send(
      caseworkerCaller,
      'POST',
      `/api/organisations/${kommun.id}/suppliers`,
      {
        name: 'X AB',
        country: 'SE',
        identifier: uniqueIdentifier('SE'),
        adminEmail: 'x@example.test',
      },
    );
    expect(response.statusCode).toBe(403);
  });
});

describe('the supplier’s own lists in pages', () => {
  it('pages the establishments, open ones first, sorted by name', async () => {
    const owner = await supplierWithUser(`Många Hem AB ${randomUUID().slice(0, 6)}`);
    for (const name of ['Björken', 'Asken', 'Cedern']) {
      const added = await send(owner.caller, 'POST', `${owner.company}/establishments`, {
        ...youthHome,
        name,
      });
      expect(added.statusCode, added.body).toBe(201);
    }
    await expectPagedList({
      app,
      caller: owner.caller,
      url: `${owner.company}/establishments`,
      atLeast: 3,
      sort: 'name',
      value: (item) => String(item.name),
    });
  });

  it('pages the consultants, sorted by name', async () => {
    const owner = await supplierWithUser(`Många Konsulter AB ${randomUUID().slice(0, 6)}`);
    for (const name of ['Cilla', 'Anders', 'Berit']) {
      const added = await send(owner.caller, 'POST', `${owner.company}/consultants`, {
        name,
        educations: [],
        experience: [],
        languages: [],
      });
      expect(added.statusCode, added.body).toBe(201);
    }
    await expectPagedList({
      app,
      caller: owner.caller,
      url: `${owner.company}/consultants`,
      atLeast: 3,
      sort: 'name',
      value: (item) => String(item.name),
    });
  });
});

describe('the supplier’s own lists as downloads', () => {
  async function sheetOf(caller: Caller, url: string) {
    const response = await send(caller, 'GET', url);
    expect(response.statusCode, response.body).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    return workbook.worksheets[0]!;
  }

  it('downloads the establishments in the list’s order, open ones first, services as words', async () => {
    const owner = await supplierWithUser(
      `Hem att ladda ner AB ${randomUUID().slice(0, 6)}`,
      'SE',
      'sv',
    );
    const ids: Record<string, { id: string; version: number }> = {};
    for (const name of ['Björken', 'Asken', 'Cedern']) {
      const added = await send(owner.caller, 'POST', `${owner.company}/establishments`, {
        ...youthHome,
        name,
      });
      expect(added.statusCode, added.body).toBe(201);
      ids[name] = added.json();
    }
    const closed = await send(
      owner.caller,
      'POST',
      `${owner.company}/establishments/${ids.Asken!.id}/close`,
      { version: ids.Asken!.version },
    );
    expect(closed.statusCode, closed.body).toBe(200);

    const filter = 'sort=name&order=desc';
    const listed = await send(owner.caller, 'GET', `${owner.company}/establishments?${filter}`);
    const names = listed.json<{ items: { name: string }[] }>().items.map((e) => e.name);
    expect(names).toEqual(['Cedern', 'Björken', 'Asken']);

    const csv = await send(
      owner.caller,
      'GET',
      `${owner.company}/establishments/export?${filter}&format=csv`,
    );
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.body.charCodeAt(0)).toBe(0xfeff);
    const [header, ...lines] = csv.body.slice(1).trimEnd().split('\r\n');
    expect(header).toBe(
      'Namn;Tjänst;Kommun;Lediga platser;Platser;Platser rapporterade;Ålder från;Ålder till;Stängd sedan',
    );
    const cells = lines.map((l) => l.split(';'));
    expect(cells.map((c) => [c[0], c[1], c[2], c[3], c[4], c[6], c[7]])).toEqual(
      names.map((name) => [name, 'HVB', 'Kristianstad', '2', '8', '13', '17']),
    );
    expect(cells.map((c) => c[8] !== '')).toEqual([false, false, true]);

    const sheet = await sheetOf(
      owner.caller,
      `${owner.company}/establishments/export?${filter}&format=xlsx`,
    );
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(2).getCell(4).value).toBe(2);
    expect(sheet.getRow(2).getCell(6).value).toBeInstanceOf(Date);
    expect(sheet.getRow(4).getCell(9).value).toBeInstanceOf(Date);

    const officerAsks = await send(
      officerCaller,
      'GET',
      `/api/organisations/${body.id}/company/establishments/export?format=csv`,
    );
    expect(officerAsks.statusCode).toBe(403);
  });

  it('downloads the consultants with educations and areas as words, only for the supplier', async () => {
    const owner = await supplierWithUser(
      `Konsulter att ladda ner AB ${randomUUID().slice(0, 6)}`,
      'DK',
      'da',
    );
    for (const [name, availableFrom] of [
      ['Cilla', '2027-01-15'],
      ['Anders', null],
      ['Berit', '2026-12-01'],
    ] as const) {
      const added = await send(owner.caller, 'POST', `${owner.company}/consultants`, {
        name,
        educations: [{ code: 'socialradgiver', year: 2012 }],
        experience: [{ area: 'children_youth', years: 6 }],
        languages: ['da', 'sv'],
        availableFrom,
        availableExtentPercent: availableFrom ? 80 : null,
      });
      expect(added.statusCode, added.body).toBe(201);
    }
    const filter = 'sort=name&order=asc';
    const csv = await send(
      owner.caller,
      'GET',
      `${owner.company}/consultants/export?${filter}&format=csv`,
    );
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.body.charCodeAt(0)).toBe(0xfeff);
    const [header, ...lines] = csv.body.slice(1).trimEnd().split('\r\n');
    expect(header).toBe('Navn;Uddannelse;Erfaring;Sprog;Tilgængelig fra;Omfang %');
    expect(lines).toEqual([
      'Anders;Socialrådgiver (2012);Børn og unge: 6 år;da, sv;;',
      'Berit;Socialrådgiver (2012);Børn og unge: 6 år;da, sv;2026-12-01;80',
      'Cilla;Socialrådgiver (2012);Børn og unge: 6 år;da, sv;2027-01-15;80',
    ]);

    const sheet = await sheetOf(
      owner.caller,
      `${owner.company}/consultants/export?sort=availableFrom&order=asc&format=xlsx`,
    );
    const listed = await send(
      owner.caller,
      'GET',
      `${owner.company}/consultants?sort=availableFrom&order=asc`,
    );
    const names = listed.json<{ items: { name: string }[] }>().items.map((c) => c.name);
    expect(sheet.rowCount).toBe(4);
    expect([2, 3, 4].map((r) => sheet.getRow(r).getCell(1).value)).toEqual(names);
    const berit = sheet.getRow(names.indexOf('Berit') + 2);
    expect(berit.getCell(5).value).toEqual(new Date('2026-12-01T00:00:00Z'));
    expect(berit.getCell(6).value).toBe(80);

    const caseworkerAsks = await send(
      caseworkerCaller,
      'GET',
      `/api/organisations/${kommun.id}/company/consultants/export?format=csv`,
    );
    expect(caseworkerAsks.statusCode).toBe(403);
  });
});
