// Compliance documents: upload with a type and size allow-list, reading only by the owner and
// officers, and one expiry warning through the outbox 30 days before.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { warnExpiringDocuments } from '../src/modules/suppliers/documents/service.ts';
import { call, createTestApp } from './support/app.ts';
import { expectPagedList } from './support/paging.ts';
import { createOrganisation, createSession, createUser } from './support/factories.ts';

const { app, database, clock, config } = await createTestApp();
const db = database.db;
const jobDeps = { db, clock, config };

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

const body = await createOrganisation(db, { kind: 'procurement_body' });
const officerUser = await createUser(db, {
  email: `officer-${Date.now()}@body.test`,
  locale: 'en',
  memberships: [{ organisationId: body.id, roles: ['procurement_officer'] }],
});
const officer = await createSession(db, clock, officerUser.id, body.id);
const municipality = await createOrganisation(db, { kind: 'municipality' });
const caseworkerUser = await createUser(db, {
  memberships: [{ organisationId: municipality.id, roles: ['caseworker'] }],
});
const caseworker = await createSession(db, clock, caseworkerUser.id, municipality.id);

async function supplier(country: 'SE' | 'DK') {
  const org = await createOrganisation(db, { kind: 'supplier', country });
  const user = await createUser(db, {
    locale: 'sv',
    memberships: [{ organisationId: org.id, roles: ['supplier_user'] }],
  });
  return { org, session: await createSession(db, clock, user.id, org.id) };
}
const a = await supplier('SE');
const b = await supplier('SE');

function upload(
  who: { org: { id: string }; session: { cookie: string; csrfToken: string } },
  over: Record<string, unknown> = {},
) {
  return call(app, who.session, {
    method: 'POST',
    url: `/api/organisations/${who.org.id}/company/documents`,
    payload: {
      kind: 'insurance',
      title: 'Ansvarsförsäkring 2026',
      validUntil: '2027-03-31',
      fileName: 'försäkring.pdf',
      contentType: 'application/pdf',
      contentBase64: PDF.toString('base64'),
      ...over,
    },
  });
}

describe('uploading a compliance document', () => {
  it('stores the file with its sha256, audited, and replaces the older one of the same kind', async () => {
    const first = await upload(a);
    expect(first.statusCode, first.body).toBe(201);
    const second = await upload(a, { title: 'Ansvarsförsäkring 2027' });
    expect(second.statusCode).toBe(201);
    expect(second.json().file).toMatchObject({
      sizeBytes: PDF.length,
      contentType: 'application/pdf',
    });
    expect(second.json().file.sha256).toMatch(/^[0-9a-f]{64}$/);

    const list = await call(app, a.session, {
      method: 'GET',
      url: `/api/organisations/${a.org.id}/company/documents`,
    });
    const items = list.json().items;
    expect(
      items.map((d: { title: string; replacedAt: string | null }) => [
        d.title,
        d.replacedAt !== null,
      ]),
    ).toEqual([
      ['Ansvarsförsäkring 2027', false],
      ['Ansvarsförsäkring 2026', true],
    ]);
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('object_id', '=', second.json().id)
      .executeTakeFirstOrThrow();
    expect(audit.action).toBe('document.uploaded');
    expect(JSON.stringify(audit.after)).toContain(first.json().id);
  });

  it('accepts PNG and refuses other types, content that lies about its type, and over 5 MB', async () => {
    expect(
      (
        await upload(a, {
          kind: 'other',
          contentType: 'image/png',
          contentBase64: PNG.toString('base64'),
        })
      ).statusCode,
    ).toBe(201);
    const exe = await upload(a, { contentType: 'application/x-msdownload', fileName: 'virus.exe' });
    expect(exe.statusCode).toBe(400);
    expect(exe.json().errors[0].field).toBe('contentType');
    const liar = await upload(a, { contentBase64: Buffer.from('MZ not a pdf').toString('base64') });
    expect(liar.statusCode).toBe(400);
    expect(liar.json().errors[0].field).toBe('contentBase64');
    const big = Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]);
    const tooLarge = await upload(a, { contentBase64: big.toString('base64') });
    expect(tooLarge.statusCode, tooLarge.body).toBe(400);
    expect(tooLarge.json().errors[0].message).toContain('5 MB');
  });
});

describe('reading documents', () => {
  it('lets the owner and officers download, with type and disposition; others get 404', async () => {
    const created = (await upload(a, { kind: 'tax_certificate', fileName: 'skatt å.pdf' })).json();
    const own = await call(app, a.session, {
      method: 'GET',
      url: `/api/organisations/${a.org.id}/company/documents/${created.id}/file`,
    });
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('application/pdf');
    expect(own.headers['content-disposition']).toContain("filename*=UTF-8''skatt%20%C3%A5.pdf");
    expect(own.rawPayload.equals(PDF)).toBe(true);

    const byOfficer = await call(app, officer, {
      method: 'GET',
      url: `/api/organisations/${body.id}/suppliers/${a.org.id}/documents/${created.id}/file`,
    });
    expect(byOfficer.statusCode).toBe(200);

    // Another supplier asking through its own company finds nothing.
    const byOther = await call(app, b.session, {
      method: 'GET',
      url: `/api/organisations/${b.org.id}/company/documents/${created.id}/file`,
    });
    expect(byOther.statusCode).toBe(404);
    // ...and may not use the officers' route at all.
    const otherList = await call(app, b.session, {
      method: 'GET',
      url: `/api/organisations/${b.org.id}/suppliers/${a.org.id}/documents`,
    });
    expect(otherList.statusCode).toBe(403);
    // The document under the wrong supplier is not found either.
    const wrongSupplier = await call(app, officer, {
      method: 'GET',
      url: `/api/organisations/${body.id}/suppliers/${b.org.id}/documents/${created.id}/file`,
    });
    expect(wrongSupplier.statusCode).toBe(404);
    const list = await call(app, caseworker, {
      method: 'GET',
      url: `/api/organisations/${municipality.id}/suppliers/${a.org.id}/documents`,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.length).toBeGreaterThan(0);
  });
});

describe('the expiry warning', () => {
  it('is enqueued once, 30 days before, to the notice contacts and the following officers', async () => {
    const s = await supplier('DK');
    await db
      .insertInto('supplier_contacts')
      .values([
        {
          supplier_id: s.org.id,
          kind: 'function_mailbox',
          name: 'Kontrakter',
          email: 'kontrakt@s.test',
          created_at: clock.now(),
        },
        {
          supplier_id: s.org.id,
          kind: 'person',
          name: 'Ikke mig',
          email: 'quiet@s.test',
          receives_notices: false,
          created_at: clock.now(),
        },
      ])
      .execute();
    // The body has the supplier on a framework agreement.
    const category = await db
      .insertInto('service_categories')
      .values({
        organisation_id: body.id,
        code: 'hvb_test',
        service_kind: 'hvb',
        name_sv: 'HVB',
        name_da: 'HVB',
        name_en: 'HVB',
        default_unit: 'day',
        created_at: clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const agreement = await db
      .insertInto('framework_agreements')
      .values({
        organisation_id: body.id,
        reference: `RA-${Date.now()}`,
        title: 'HVB',
        country: 'SE',
        status: 'active',
        starts_on: '2026-01-01',
        ends_on: '2027-12-31',
        created_at: clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const lot = await db
      .insertInto('agreement_lots')
      .values({
        agreement_id: agreement.id,
        organisation_id: body.id,
        number: 1,
        name: 'Lot 1',
        category_id: category.id,
        calloff_method: 'ranking',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('lot_suppliers')
      .values({
        lot_id: lot.id,
        supplier_id: s.org.id,
        agreement_id: agreement.id,
        organisation_id: body.id,
        rank: 1,
        status: 'active',
      })
      .execute();

    // Today is 2026-11-23: one document ends in 31 days, one in 32.
    const due = (await upload(s, { validUntil: '2026-12-24', title: 'Forsikring' })).json();
    const later = (
      await upload(s, { kind: 'tax_certificate', validUntil: '2026-12-25', title: 'Skat' })
    ).json();

    const outboxFor = () =>
      db
        .selectFrom('outbox')
        .select(['recipient', 'subject', 'body'])
        .where('organisation_id', '=', s.org.id)
        .orderBy('recipient')
        .execute();

    clock.set(new Date('2026-11-23T09:00:00Z'));
    await warnExpiringDocuments(jobDeps); // 31 days before: nothing yet
    expect(await outboxFor()).toEqual([]);

    clock.set(new Date('2026-11-24T09:00:00Z')); // exactly 30 days before the first
    await warnExpiringDocuments(jobDeps);
    await warnExpiringDocuments(jobDeps); // run twice: still once
    const sent = await outboxFor();
    expect(sent.map((m) => m.recipient)).toEqual(['kontrakt@s.test', officerUser.email].sort());
    const toContact = sent.find((m) => m.recipient === 'kontrakt@s.test')!;
    expect(toContact.subject).toContain('udløber'); // the supplier country's language
    expect(toContact.body).toContain('Forsikring');
    // Each side is sent to the page where it acts, in its own language.
    expect(toContact.body).toContain('Åbn i Tildel: http://tildel.test/company/documents');
    const toOfficer = sent.find((m) => m.recipient === officerUser.email)!;
    expect(toOfficer.subject).toContain('expires'); // the officer's own language
    expect(toOfficer.body).toContain(`Open in Tildel: http://tildel.test/suppliers/${s.org.id}`);

    const rows = await db
      .selectFrom('compliance_documents')
      .select(['id', 'expiry_warned_at'])
      .where('id', 'in', [due.id, later.id])
      .execute();
    expect(rows.find((r) => r.id === due.id)!.expiry_warned_at).not.toBeNull();
    expect(rows.find((r) => r.id === later.id)!.expiry_warned_at).toBeNull();

    clock.set(new Date('2026-11-25T09:00:00Z'));
    await warnExpiringDocuments(jobDeps);
    expect(await outboxFor()).toHaveLength(4); // the second document, to the same two
    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', due.id)
      .where('action', '=', 'document.expiry_warned')
      .execute();
    expect(audit).toHaveLength(1);
    clock.set(new Date('2026-11-23T09:00:00Z'));
  });
});

describe('the documents in pages', () => {
  it('pages a supplier’s current documents, sorted by title, for itself and for an officer', async () => {
    const c = await supplier('SE');
    for (const [kind, title] of [
      ['insurance', 'Bilaga B'],
      ['tax_certificate', 'Bilaga A'],
      ['quality_system', 'Bilaga C'],
    ] as const)
      expect((await upload(c, { kind, title })).statusCode).toBe(201);
    const check = {
      app,
      atLeast: 3,
      sort: 'title',
      value: (i: Record<string, unknown>) => String(i.title),
    };
    await expectPagedList({
      ...check,
      caller: c.session,
      url: `/api/organisations/${c.org.id}/company/documents`,
    });
    await expectPagedList({
      ...check,
      caller: officer,
      url: `/api/organisations/${body.id}/suppliers/${c.org.id}/documents`,
    });
  });
});

describe('the documents as a download', () => {
  it('lists the supplier’s documents (not the files) in the list’s order, for itself and an officer', async () => {
    const d = await supplier('SE');
    for (const [kind, title, validUntil] of [
      ['insurance', 'Försäkring 2025', '2025-12-31'],
      ['insurance', 'Försäkring 2026', '2026-01-31'],
      ['tax_certificate', 'Skatteintyg', null],
      ['quality_system', 'Kvalitetssystem', '2027-06-30'],
    ] as const)
      expect((await upload(d, { kind, title, validUntil })).statusCode).toBe(201);
    const own = `/api/organisations/${d.org.id}/company/documents`;
    const filter = 'sort=title&order=asc';
    const listed = await call(app, d.session, { method: 'GET', url: `${own}?${filter}` });
    const titles = listed.json<{ items: { title: string }[] }>().items.map((i) => i.title);
    // The replaced insurance comes last whatever the sort.
    expect(titles).toEqual([
      'Försäkring 2026',
      'Kvalitetssystem',
      'Skatteintyg',
      'Försäkring 2025',
    ]);

    const csv = await call(app, d.session, {
      method: 'GET',
      url: `${own}/export?${filter}&format=csv`,
    });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.body.charCodeAt(0)).toBe(0xfeff);
    const [header, ...lines] = csv.body.slice(1).trimEnd().split('\r\n');
    expect(header).toBe(
      'Dokument;Typ;Giltigt till;Status;Filnamn;Storlek (kB);Uppladdat;Uppladdat av',
    );
    expect(lines.map((l) => l.split(';').slice(0, 6))).toEqual([
      ['Försäkring 2026', 'Försäkringsbevis', '2026-01-31', 'Har gått ut', 'försäkring.pdf', '1'],
      [
        'Kvalitetssystem',
        'Kvalitetsledningssystem',
        '2027-06-30',
        'Giltigt',
        'försäkring.pdf',
        '1',
      ],
      ['Skatteintyg', 'Skatteintyg', '', 'Inget slutdatum', 'försäkring.pdf', '1'],
      [
        'Försäkring 2025',
        'Försäkringsbevis',
        '2025-12-31',
        'Ersatt av ett nyare',
        'försäkring.pdf',
        '1',
      ],
    ]);
    expect(csv.body).not.toContain('%PDF');

    const xlsx = await call(app, officer, {
      method: 'GET',
      url: `/api/organisations/${body.id}/suppliers/${d.org.id}/documents/export?${filter}&format=xlsx`,
    });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(5);
    expect(sheet.getRow(1).getCell(2).value).toBe('Kind');
    expect(sheet.getRow(2).getCell(2).value).toBe('Insurance certificate');
    expect(sheet.getRow(2).getCell(3).value).toEqual(new Date('2026-01-31T00:00:00Z'));
    expect(sheet.getRow(2).getCell(6).value).toBe(1);
    expect(sheet.getRow(2).getCell(7).value).toBeInstanceOf(Date);
    expect(sheet.getRow(5).getCell(4).value).toBe('Replaced by a newer one');

    const supplierAsksAsOfficer = await call(app, d.session, {
      method: 'GET',
      url: `/api/organisations/${d.org.id}/suppliers/${d.org.id}/documents/export?format=csv`,
    });
    expect(supplierAsksAsOfficer.statusCode).toBe(403);
    const officerAsksAsCompany = await call(app, officer, {
      method: 'GET',
      url: `/api/organisations/${body.id}/company/documents/export?format=csv`,
    });
    expect(officerAsksAsCompany.statusCode).toBe(403);
  });
});
