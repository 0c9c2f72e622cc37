// Needs and referrals: a municipality's caseworker describes a need, keeps it as a draft,
// submits or withdraws it. Nobody else sees it, no personal identity number gets in, and every
// read of the free text about a person is logged.
import { describe, expect, it } from 'vitest';
import { call, createTestApp } from './support/app.ts';
import { createOrganisation, createSession, createUser } from './support/factories.ts';
import { csvDownload, sheetRows, xlsxDownload } from './support/download.ts';
import { byName, expectBadPagesRefused, expectPages, expectSorted } from './support/paging.ts';

const { app, database, clock } = await createTestApp();
const db = database.db;

const kristianstad = await createOrganisation(db, { kind: 'municipality', name: 'Kristianstad' });
const caseworkerUser = await createUser(db, {
  name: 'Hanna Handläggare',
  locale: 'sv',
  memberships: [{ organisationId: kristianstad.id, roles: ['caseworker'] }],
});
const caseworker = await createSession(db, clock, caseworkerUser.id, kristianstad.id);
const buyerUser = await createUser(db, {
  memberships: [{ organisationId: kristianstad.id, roles: ['buyer'] }],
});
const buyer = await createSession(db, clock, buyerUser.id, kristianstad.id);
const aarhus = await createOrganisation(db, { kind: 'municipality', country: 'DK' });
const foreignUser = await createUser(db, {
  memberships: [{ organisationId: aarhus.id, roles: ['caseworker'] }],
});
const foreign = await createSession(db, clock, foreignUser.id, aarhus.id);

const needsUrl = (orgId = kristianstad.id) => `/api/organisations/${orgId}/needs`;

const placement = (needs = 'Behöver struktur i vardagen och stöd i skolan.') => ({
  title: 'HVB-placering, 15 år',
  need: {
    kind: 'placement',
    person: {
      age: 15,
      gender: 'male',
      targetGroups: ['youth_13_17'],
      needs,
      languages: ['sv', 'ar'],
      homeCountry: 'SE',
      homeMunicipalityCode: '1290',
    },
    start: '2026-12-15',
    expectedDurationDays: 180,
    intensity: 'enhanced',
    hoursPerWeek: null,
    description: '',
  },
});

const staffing = {
  title: 'Inhyrd socialsekreterare, barn och unga',
  need: {
    kind: 'staffing',
    role: 'Socialsekreterare, barn och unga',
    area: 'children_youth',
    educationCodes: ['socionomexamen'],
    yearsOfExperience: 3,
    languages: ['sv'],
    start: '2027-01-07',
    end: '2027-06-30',
    extentPercent: 100,
    placeOfWork: 'Kristianstad',
    remotePossible: false,
    positions: 1,
    description: '',
  },
};

async function create(payload: object, caller = caseworker) {
  const response = await call(app, caller, { method: 'POST', url: needsUrl(), payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string; version: number; status: string }>();
}

const auditOf = (objectId: string) =>
  db
    .selectFrom('audit_log')
    .select(['action', 'actor_user_id', 'before', 'after'])
    .where('object_id', '=', objectId)
    .orderBy('seq')
    .execute();

describe('describing a need', () => {
  it('refuses a personnummer in the free text, saying why, on the field', async () => {
    const response = await call(app, caseworker, {
      method: 'POST',
      url: needsUrl(),
      payload: placement('Pojken, 19121212-1212, behöver stöd.'),
    });
    expect(response.statusCode).toBe(400);
    const problem = response.json<{
      detail: string;
      errors: { field: string; message: string }[];
    }>();
    expect(problem.errors).toEqual([
      { field: 'need.person.needs', message: expect.stringContaining('Skriv inte personnummer') },
    ]);
    expect(problem.detail).toContain('avidentifierat');
    expect(await db.selectFrom('needs').select('id').execute()).toHaveLength(0);
  });

  it('refuses a CPR number in the title, in Danish for a Danish user', async () => {
    const dane = await createUser(db, {
      locale: 'da',
      memberships: [{ organisationId: aarhus.id, roles: ['caseworker'] }],
    });
    const response = await call(app, await createSession(db, clock, dane.id, aarhus.id), {
      method: 'POST',
      url: needsUrl(aarhus.id),
      payload: { ...placement(), title: 'Anbringelse 010203-1234' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: unknown[] }>().errors).toEqual([
      { field: 'title', message: expect.stringContaining('Skriv ikke CPR-nummer') },
    ]);
  });

  it('names every other broken rule on its field', async () => {
    const response = await call(app, caseworker, {
      method: 'POST',
      url: needsUrl(),
      payload: {
        ...staffing,
        need: { ...staffing.need, end: '2026-12-01', positions: 0, placeOfWork: ' ' },
      },
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
    expect(fields.sort()).toEqual(['need.end', 'need.placeOfWork', 'need.positions']);
  });

  it('creates a draft, audited, and lists it for the municipality only', async () => {
    const created = await create(placement());
    expect(created).toMatchObject({ status: 'draft', version: 1, kind: 'placement' });
    const audit = await auditOf(created.id);
    expect(audit.map((a) => a.action)).toEqual(['need.created']);
    expect(audit[0]!.actor_user_id).toBe(caseworkerUser.id);
    // The person's needs in words stay out of the audit trail (their reads are logged).
    expect(JSON.stringify(audit[0]!.after)).not.toContain('struktur i vardagen');

    const list = await call(app, caseworker, { method: 'GET', url: needsUrl() });
    expect(list.json<{ items: { id: string }[] }>().items.map((n) => n.id)).toContain(created.id);
    const foreignList = await call(app, foreign, { method: 'GET', url: needsUrl(aarhus.id) });
    expect(foreignList.json<{ items: { id: string }[] }>().items.map((n) => n.id)).not.toContain(
      created.id,
    );
  });

  it('refuses a need from an organisation that is not a municipality', async () => {
    const body = await createOrganisation(db, { kind: 'procurement_body' });
    const user = await createUser(db, {
      memberships: [{ organisationId: body.id, roles: ['caseworker'] }],
    });
    const response = await call(app, await createSession(db, clock, user.id, body.id), {
      method: 'POST',
      url: needsUrl(body.id),
      payload: staffing,
    });
    expect(response.statusCode).toBe(400);
  });
});

describe('reading a need', () => {
  it('logs the read of a placement’s free text, and not of a staffing need', async () => {
    const need = await create(placement());
    const post = await create(staffing);
    const read = await call(app, buyer, { method: 'GET', url: `${needsUrl()}/${need.id}` });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({
      sensitive: true,
      need: { person: { needs: expect.stringContaining('struktur') } },
    });
    await call(app, buyer, { method: 'GET', url: `${needsUrl()}/${post.id}` });
    const reads = await db
      .selectFrom('sensitive_reads')
      .selectAll()
      .where('object_id', 'in', [need.id, post.id])
      .execute();
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({
      organisation_id: kristianstad.id,
      object_type: 'need',
      object_id: need.id,
      field: 'person.needs',
      user_id: buyerUser.id,
    });
  });

  it('answers 404 to another municipality, through its own URL or the owner’s', async () => {
    const need = await create(placement());
    const viaOwn = await call(app, foreign, {
      method: 'GET',
      url: `${needsUrl(aarhus.id)}/${need.id}`,
    });
    expect(viaOwn.statusCode).toBe(404);
    const viaOwner = await call(app, foreign, { method: 'GET', url: `${needsUrl()}/${need.id}` });
    expect(viaOwner.statusCode).toBe(403);
    for (const step of ['submit', 'withdraw']) {
      const change = await call(app, foreign, {
        method: 'POST',
        url: `${needsUrl(aarhus.id)}/${need.id}/${step}`,
        payload: { version: 1 },
      });
      expect(change.statusCode).toBe(404);
    }
    const edit = await call(app, foreign, {
      method: 'PUT',
      url: `${needsUrl(aarhus.id)}/${need.id}`,
      payload: { ...placement('Ändrat'), version: 1 },
    });
    expect(edit.statusCode).toBe(404);
  });
});

describe('the life of a need', () => {
  it('is edited while a draft, then submitted, then no longer editable, then withdrawn', async () => {
    const need = await create(placement());
    const url = `${needsUrl()}/${need.id}`;
    const edited = await call(app, caseworker, {
      method: 'PUT',
      url,
      payload: { ...placement('Behöver en lugn miljö.'), version: 1 },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      version: 2,
      need: { person: { needs: 'Behöver en lugn miljö.' } },
    });

    const stale = await call(app, caseworker, {
      method: 'PUT',
      url,
      payload: { ...placement('Gammal version'), version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ detail: string }>().detail).toContain('Någon annan har ändrat behovet');

    const withPin = await call(app, caseworker, {
      method: 'PUT',
      url,
      payload: { ...placement('Personnummer 201212121212'), version: 2 },
    });
    expect(withPin.statusCode).toBe(400);

    const submitted = await call(app, caseworker, {
      method: 'POST',
      url: `${url}/submit`,
      payload: { version: 2 },
    });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'submitted', version: 3 });

    const late = await call(app, caseworker, {
      method: 'PUT',
      url,
      payload: { ...placement('För sent'), version: 3 },
    });
    expect(late.statusCode).toBe(409);
    const again = await call(app, caseworker, {
      method: 'POST',
      url: `${url}/submit`,
      payload: { version: 3 },
    });
    expect(again.statusCode).toBe(409);

    const withdrawn = await call(app, caseworker, {
      method: 'POST',
      url: `${url}/withdraw`,
      payload: { version: 3 },
    });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', version: 4 });
    const twice = await call(app, caseworker, {
      method: 'POST',
      url: `${url}/withdraw`,
      payload: { version: 4 },
    });
    expect(twice.statusCode).toBe(409);

    const audit = await auditOf(need.id);
    expect(audit.map((a) => a.action)).toEqual([
      'need.created',
      'need.updated',
      'need.submitted',
      'need.withdrawn',
    ]);
    expect(audit[2]).toMatchObject({ before: { status: 'draft' }, after: { status: 'submitted' } });
  });

  it('filters by status and by the caller’s own needs, page by page', async () => {
    const mine = await create(staffing);
    const theirs = await create(staffing, buyer);
    const ids = (body: string) => JSON.parse(body).items.map((n: { id: string }) => n.id);
    const own = await call(app, buyer, { method: 'GET', url: `${needsUrl()}?mine=true` });
    expect(ids(own.body)).toContain(theirs.id);
    expect(ids(own.body)).not.toContain(mine.id);
    await call(app, caseworker, {
      method: 'POST',
      url: `${needsUrl()}/${mine.id}/submit`,
      payload: { version: 1 },
    });
    const submitted = await call(app, caseworker, {
      method: 'GET',
      url: `${needsUrl()}?status=submitted`,
    });
    expect(ids(submitted.body)).toContain(mine.id);
    expect(ids(submitted.body)).not.toContain(theirs.id);

    await create(placement());
    const list = {
      app,
      caller: caseworker,
      url: needsUrl(),
      id: (n: { id: string; title: string; status: string }) => n.id,
    };
    await expectPages(list);
    await expectSorted(list, 'title', (n) => n.title, byName);
    const life = ['draft', 'submitted', 'in_calloff', 'fulfilled', 'withdrawn'];
    await expectSorted(
      list,
      'status',
      (n) => n.status,
      (a, b) => life.indexOf(a) - life.indexOf(b),
    );
    await expectBadPagesRefused(list);
  });
});

describe('the list as a download', () => {
  it('holds the list’s rows with its filters, kinds and states as words, nothing about the person', async () => {
    const secret = 'Tål inte höga ljud; rädd för mörker';
    const hers = await create(placement(secret));
    await create(staffing, buyer);
    const query = 'mine=true&sort=title&order=asc';
    const items = (
      await call(app, caseworker, { method: 'GET', url: `${needsUrl()}?${query}&limit=200` })
    ).json<{ items: { id: string; title: string; kind: string }[] }>().items;
    expect(items.map((n) => n.id)).toContain(hers.id);

    const answer = await call(app, caseworker, {
      method: 'GET',
      url: `${needsUrl()}/export?${query}&format=csv`,
    });
    for (const personal of [secret, 'youth_13_17', '1290', 'Behöver struktur'])
      expect(answer.body).not.toContain(personal);
    const csv = await csvDownload(app, caseworker, `${needsUrl()}/export?${query}&format=csv`, ';');
    expect(csv.header).toEqual(['Rubrik', 'Typ', 'Status', 'Skapat av', 'Senast ändrat']);
    expect(csv.rows.map((r) => r[0])).toEqual(items.map((n) => n.title));
    expect(new Set(csv.rows.map((r) => r[3]))).toEqual(new Set(['Hanna Handläggare']));
    const svKind: Record<string, string> = {
      staffing: 'Bemanning',
      placement: 'Placering',
      intervention: 'Insats',
    };
    expect(csv.rows.map((r) => r[1])).toEqual(items.map((n) => svKind[n.kind]));

    const sheet = await xlsxDownload(app, buyer, `${needsUrl()}/export?status=draft&format=xlsx`);
    const rows = sheetRows(sheet);
    const placementRow = rows.find((r) => r[0] === 'HVB-placering, 15 år')!;
    expect(placementRow.slice(1, 3)).toEqual(['Placement', 'Draft']);
    expect(placementRow[4]).toBeInstanceOf(Date);
    expect(rows.every((r) => r[2] === 'Draft')).toBe(true);

    const controllerUser = await createUser(db, {
      memberships: [{ organisationId: kristianstad.id, roles: ['controller'] }],
    });
    const controller = await createSession(db, clock, controllerUser.id, kristianstad.id);
    const refused = await call(app, controller, {
      method: 'GET',
      url: `${needsUrl()}/export?format=csv`,
    });
    expect(refused.statusCode).toBe(403);
  });
});
