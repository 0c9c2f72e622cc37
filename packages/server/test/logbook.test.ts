// The shared logbook through the API: who sees which notes (the body's officers, participating
// municipalities, the supplier itself - never other suppliers or other municipalities), sensitive
// notes whose every read is recorded, and the per-supplier summary beside catalogue rows.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Role } from '@tildel/domain/permissions';
import { call, createTestApp, type Caller } from './support/app.ts';
import {
  createMember,
  createOrganisation,
  createSession,
  createUser,
} from './support/factories.ts';
import { byName, expectBadPagesRefused, expectPages, expectSorted } from './support/paging.ts';
import { createMarket } from './support/tendering.ts';

const t = await createTestApp();
const db = t.database.db;
const market = await createMarket(t, { staffingFirms: 0, hvbHomes: 3 });
const [home, other, third] = market.hvbHomes as [
  (typeof market.hvbHomes)[number],
  (typeof market.hvbHomes)[number],
  (typeof market.hvbHomes)[number],
];

const memberOf = (organisationId: string, roles: Role[], name: string) =>
  createMember(db, t.clock, organisationId, roles, { name });

const officer = await memberOf(market.body.id, ['quality_officer'], 'Kvalitets Karin');
const outsiderMunicipality = await createOrganisation(db, { kind: 'municipality' });
const outsider = await memberOf(outsiderMunicipality.id, ['caseworker'], 'Utomstående Ulla');
const kristianstadCaseworker = await memberOf(
  market.kristianstad.id,
  ['caseworker'],
  'Handläggare Hans',
);

const url = (orgId: string, path = '') => `/api/organisations/${orgId}/logbook${path}`;

async function write(body: Record<string, unknown>) {
  const response = await call(t.app, officer.caller, {
    method: 'POST',
    url: url(market.body.id),
    payload: body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string; text: string | null }>();
}

const base = { agreementId: market.agreement.id, sensitive: false, concern: false };
const plainNote = await write({
  ...base,
  supplierId: home.id,
  establishmentId: home.establishmentId,
  text: 'Besök genomfört, bra bemötande.',
});
const sensitiveNote = await write({
  ...base,
  supplierId: home.id,
  text: 'Uppgifter om en enskild placerad ungdom.',
  sensitive: true,
  concern: true,
});
const otherNote = await write({ ...base, supplierId: other.id, text: 'Nattbemanningen saknades.' });

async function list(caller: Caller, orgId: string, query = '') {
  const response = await call(t.app, caller, { method: 'GET', url: `${url(orgId)}${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: { id: string; text: string | null; sensitive: boolean }[] }>()
    .items;
}

const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();

describe('writing a note', () => {
  it('is audited, and refused for a supplier that is not on the body’s agreement', async () => {
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('object_id', '=', sensitiveNote.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['logbook.note_written']);
    // The sensitive text stays out of the audit trail.
    expect(JSON.stringify(audit[0]!.after)).not.toContain('ungdom');

    const stranger = await createOrganisation(db, { kind: 'supplier' });
    const refused = await call(t.app, officer.caller, {
      method: 'POST',
      url: url(market.body.id),
      payload: { ...base, supplierId: stranger.id, text: 'x' },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].field).toBe('supplierId');

    // An establishment of another supplier does not go with this one.
    const wrongEstablishment = await call(t.app, officer.caller, {
      method: 'POST',
      url: url(market.body.id),
      payload: { ...base, supplierId: home.id, establishmentId: other.establishmentId, text: 'x' },
    });
    expect(wrongEstablishment.statusCode).toBe(400);
  });
});

describe('who sees which notes', () => {
  it('the body’s officer sees every note; a sensitive one without its text', async () => {
    const items = await list(officer.caller, market.body.id);
    expect(ids(items)).toEqual(ids([plainNote, sensitiveNote, otherNote]));
    const sensitive = items.find((i) => i.id === sensitiveNote.id)!;
    expect(sensitive.sensitive).toBe(true);
    expect(sensitive.text).toBeNull();
    expect(items.find((i) => i.id === plainNote.id)!.text).toBe('Besök genomfört, bra bemötande.');
  });

  it('a caseworker of a participating municipality sees them; filters narrow the list', async () => {
    const items = await list(kristianstadCaseworker.caller, market.kristianstad.id);
    expect(ids(items)).toEqual(ids([plainNote, sensitiveNote, otherNote]));
    const ofHome = await list(
      kristianstadCaseworker.caller,
      market.kristianstad.id,
      `?supplierId=${home.id}&establishmentId=${home.establishmentId}`,
    );
    expect(ids(ofHome)).toEqual([plainNote.id]);
  });

  it('a caseworker of a municipality outside the agreement sees nothing', async () => {
    expect(await list(outsider.caller, outsiderMunicipality.id)).toEqual([]);
    const one = await call(t.app, outsider.caller, {
      method: 'GET',
      url: url(outsiderMunicipality.id, `/${plainNote.id}`),
    });
    expect(one.statusCode).toBe(404);
  });

  it('the supplier sees its own notes only; another supplier sees none of them', async () => {
    expect(ids(await list(home.caller, home.id))).toEqual(ids([plainNote, sensitiveNote]));
    expect(await list(home.caller, home.id, `?supplierId=${other.id}`)).toEqual([]);
    expect(await list(third.caller, third.id)).toEqual([]);
    const foreign = await call(t.app, other.caller, {
      method: 'GET',
      url: url(other.id, `/${plainNote.id}`),
    });
    expect(foreign.statusCode).toBe(404);
  });
});

describe('sensitive notes', () => {
  const reads = () =>
    db
      .selectFrom('sensitive_reads')
      .select(['user_id', 'organisation_id', 'object_type', 'at'])
      .where('object_id', '=', sensitiveNote.id)
      .orderBy('at')
      .execute();

  it('records every read of the text, who and when; a plain note records none', async () => {
    expect(await reads()).toEqual([]);
    const first = await call(t.app, kristianstadCaseworker.caller, {
      method: 'GET',
      url: url(market.kristianstad.id, `/${sensitiveNote.id}`),
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().text).toBe('Uppgifter om en enskild placerad ungdom.');
    t.clock.set(new Date(t.clock.now().getTime() + 60_000));
    const second = await call(t.app, home.caller, {
      method: 'GET',
      url: url(home.id, `/${sensitiveNote.id}`),
    });
    expect(second.statusCode).toBe(200);
    const rows = await reads();
    expect(rows.map((r) => [r.user_id, r.organisation_id, r.object_type])).toEqual([
      [kristianstadCaseworker.user.id, market.kristianstad.id, 'logbook_note'],
      [home.userId, home.id, 'logbook_note'],
    ]);

    await call(t.app, officer.caller, {
      method: 'GET',
      url: url(market.body.id, `/${plainNote.id}`),
    });
    const plainReads = await db
      .selectFrom('sensitive_reads')
      .select('id')
      .where('object_id', '=', plainNote.id)
      .execute();
    expect(plainReads).toEqual([]);
  });

  it('the body’s officers see who read it; a participant or the supplier may not', async () => {
    const response = await call(t.app, officer.caller, {
      method: 'GET',
      url: url(market.body.id, `/${sensitiveNote.id}/reads`),
    });
    expect(response.statusCode).toBe(200);
    const items = response.json<{ items: { user: string; organisation: string }[] }>().items;
    // Newest first: the supplier's own read, then the caseworker's.
    expect(items.map((r) => r.organisation)).toEqual([home.name, 'Kristianstads kommun']);
    expect(items[1]!.user).toBe('Handläggare Hans');
    expect(response.json()).toMatchObject({ total: 2, limit: 50, offset: 0 });
    // Every read is there page by page, with the total: none is cut off.
    const pages = [];
    for (const offset of [0, 1, 2]) {
      const page = await call(t.app, officer.caller, {
        method: 'GET',
        url: url(market.body.id, `/${sensitiveNote.id}/reads?limit=1&offset=${offset}&order=asc`),
      });
      expect(page.statusCode).toBe(200);
      const body = page.json<{ total: number; items: { organisation: string }[] }>();
      expect(body.total).toBe(2);
      pages.push(...body.items.map((r) => r.organisation));
    }
    expect(pages).toEqual(['Kristianstads kommun', home.name]);
    const badPage = await call(t.app, officer.caller, {
      method: 'GET',
      url: url(market.body.id, `/${sensitiveNote.id}/reads?limit=0`),
    });
    expect(badPage.statusCode).toBe(400);
    expect(badPage.headers['content-type']).toContain('application/problem+json');
    const asSupplier = await call(t.app, home.caller, {
      method: 'GET',
      url: url(home.id, `/${sensitiveNote.id}/reads`),
    });
    expect(asSupplier.statusCode).toBe(403);
  });
});

describe('the summary beside each supplier', () => {
  it('gives the latest notes (sensitive ones without text) and the open requests', async () => {
    await db
      .insertInto('correction_requests')
      .values({
        organisation_id: market.body.id,
        agreement_id: market.agreement.id,
        supplier_id: other.id,
        description: 'Vaken nattpersonal saknas.',
        country: 'SE',
        sent_on: '2026-11-23',
        deadline: '2026-12-21',
        created_by: officer.user.id,
        created_at: t.clock.now(),
      })
      .execute();
    for (const text of ['Två', 'Tre', 'Fyra']) {
      t.clock.set(new Date(t.clock.now().getTime() + 60_000));
      await write({ ...base, supplierId: home.id, text });
    }
    const response = await call(t.app, kristianstadCaseworker.caller, {
      method: 'GET',
      url: `${url(market.kristianstad.id, '/summary')}?supplierIds=${home.id}&supplierIds=${other.id}&supplierIds=${third.id}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json<{
      items: { supplierId: string; notes: { text: string | null }[]; openCorrections: number }[];
    }>().items;
    expect(items.map((i) => [i.supplierId, i.notes.length, i.openCorrections])).toEqual([
      [home.id, 3, 0],
      [other.id, 1, 1],
      [third.id, 0, 0],
    ]);
    expect(items[0]!.notes.map((n) => n.text)).toEqual(['Fyra', 'Tre', 'Två']);

    const outsiderView = await call(t.app, outsider.caller, {
      method: 'GET',
      url: `${url(outsiderMunicipality.id, '/summary')}?supplierIds=${other.id}`,
    });
    expect(outsiderView.json().items).toEqual([
      { supplierId: other.id, notes: [], openCorrections: 0 },
    ]);
  });
});

describe('the notes in pages', () => {
  it('gives each note once across the pages, sorted by supplier both ways', async () => {
    const list = {
      app: t.app,
      caller: officer.caller,
      url: url(market.body.id),
      id: (n: { id: string; supplier: { name: string } }) => n.id,
    };
    await expectPages(list);
    await expectSorted(list, 'supplier', (n) => n.supplier.name, byName);
    await expectBadPagesRefused(list);
  });
});

describe('the notes as a download', () => {
  it('holds the list’s notes with its filter and sort, a sensitive text left out', async () => {
    const svUser = await createUser(db, {
      locale: 'sv',
      memberships: [{ organisationId: market.body.id, roles: ['quality_officer'] }],
    });
    const svOfficer = await createSession(db, t.clock, svUser.id, market.body.id);
    const filter = `supplierId=${home.id}&sort=created&order=asc`;
    const listed = await list(svOfficer, market.body.id, `?${filter}&limit=100`);
    expect(listed.map((n) => n.id)).toEqual(
      expect.arrayContaining([plainNote.id, sensitiveNote.id]),
    );

    const csv = await call(t.app, svOfficer, {
      method: 'GET',
      url: url(market.body.id, `/export?${filter}&format=csv`),
    });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body.charCodeAt(0)).toBe(0xfeff);
    const [header, ...lines] = csv.body.slice(1).trimEnd().split('\r\n');
    expect(header).toBe(
      'Datum;Leverantör;Ramavtal;Enhet;Anteckning;Oro;Känslig;Skriven av;Organisation',
    );
    const cells = lines.map((line) => line.split(';'));
    expect(cells.map((c) => [c[4], c[6]])).toEqual(
      listed.map((n) => [
        n.text ?? 'Känslig – läs anteckningen i Tildel',
        n.sensitive ? 'Ja' : 'Nej',
      ]),
    );
    expect(cells.map((c) => c[1])).toEqual(listed.map(() => home.name));
    expect(csv.body).not.toContain('ungdom');

    const xlsx = await call(t.app, officer.caller, {
      method: 'GET',
      url: url(market.body.id, `/export?${filter}&format=xlsx`),
    });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(listed.length + 1);
    expect(sheet.getRow(1).getCell(5).value).toBe('Note');
    const rows = listed.map((_, i) => sheet.getRow(i + 2));
    expect(rows.every((r) => r.getCell(1).value instanceof Date)).toBe(true);
    const plain = rows[listed.findIndex((n) => n.id === plainNote.id)]!;
    const sensitive = rows[listed.findIndex((n) => n.id === sensitiveNote.id)]!;
    const establishment = await db
      .selectFrom('establishments')
      .select('name')
      .where('id', '=', home.establishmentId)
      .executeTakeFirstOrThrow();
    expect(plain.getCell(4).value).toBe(establishment.name);
    expect(plain.getCell(5).value).toBe('Besök genomfört, bra bemötande.');
    expect(sensitive.getCell(4).value).toBeNull();
    expect(sensitive.getCell(5).value).toBe('Sensitive – read the note in Tildel');
    expect([sensitive.getCell(6).value, sensitive.getCell(7).value]).toEqual(['Yes', 'Yes']);

    const controller = await memberOf(market.body.id, ['controller'], 'Controller Cilla');
    const refused = await call(t.app, controller.caller, {
      method: 'GET',
      url: url(market.body.id, '/export?format=csv'),
    });
    expect(refused.statusCode).toBe(403);
  });
});
