// Permits: entered by hand or imported from CSV all or nothing; read by the supplier and officers.
import ExcelJS from 'exceljs';
import { CompiledQuery, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { permitsInOrder } from '../src/modules/suppliers/permits/repo.ts';
import { call, createTestApp } from './support/app.ts';
import { expectPagedList } from './support/paging.ts';
import { createOrganisation, createSession, createUser } from './support/factories.ts';

const { app, database, clock } = await createTestApp();
const db = database.db;

const body = await createOrganisation(db, { kind: 'procurement_body' });
const officerUser = await createUser(db, {
  name: 'Olga Officer',
  memberships: [{ organisationId: body.id, roles: ['procurement_officer'] }],
});
const officer = await createSession(db, clock, officerUser.id, body.id);

async function supplierWithEstablishment(country: 'SE' | 'DK', name: string) {
  const supplier = await createOrganisation(db, { kind: 'supplier', country });
  const establishment = await db
    .insertInto('establishments')
    .values({
      supplier_id: supplier.id,
      name,
      service_kind: 'hvb',
      country,
      municipality_code: country === 'SE' ? '1290' : '751',
      lat: 56,
      lon: 14,
      created_at: clock.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const user = await createUser(db, {
    memberships: [{ organisationId: supplier.id, roles: ['supplier_user'] }],
  });
  return {
    supplier,
    establishmentId: establishment.id,
    session: await createSession(db, clock, user.id, supplier.id),
  };
}

const se = await supplierWithEstablishment('SE', 'Lindgården');
const dk = await supplierWithEstablishment('DK', 'Botilbud Åhuse');
const other = await supplierWithEstablishment('SE', 'Solgården');

const HEADER =
  'supplier_identifier;establishment_name;authority;reference;scope;status;valid_from;valid_to;open_cases;last_checked_on';
const goodRows = [
  `${se.supplier.identifier};Lindgården;IVO;IVO-1;HVB 13-17;valid;2024-01-01;;0;2026-11-01`,
  `${dk.supplier.identifier};Botilbud Åhuse;Socialtilsyn;ST-1;Botilbud;changed;2023-01-01;2027-12-31;2;`,
];
const badRow = `${se.supplier.identifier};Lindgården;IVO;IVO-2;;giltig;2024-13-01;;0;`;

const importUrl = `/api/organisations/${body.id}/permits/import`;
const countPermits = async () =>
  Number(
    (
      await db
        .selectFrom('permits')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('supplier_id', 'in', [se.supplier.id, dk.supplier.id])
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('importing permits from a CSV file', () => {
  it('previews row by row without writing anything', async () => {
    const response = await call(app, officer, {
      method: 'POST',
      url: `${importUrl}/preview`,
      payload: { csv: `\uFEFF${HEADER}\n${goodRows.join('\n')}\n${badRow}\n` },
    });
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report.accepted.map((r: { line: number }) => r.line)).toEqual([2, 3]);
    expect(report.accepted[0]).toMatchObject({ reference: 'IVO-1', action: 'create' });
    expect(report.rejected).toHaveLength(1);
    expect(report.rejected[0].line).toBe(4);
    expect(report.rejected[0].reasons.map((r: { code: string }) => r.code)).toEqual([
      'unknown_status',
      'bad_date',
    ]);
    expect(report.rejected[0].reasons[0].message).toContain('giltig');
    expect(await countPermits()).toBe(0);
  });

  it('imports nothing when a row is rejected (422 with the report)', async () => {
    const response = await call(app, officer, {
      method: 'POST',
      url: importUrl,
      payload: { csv: `${HEADER}\n${goodRows.join('\n')}\n${badRow}` },
    });
    expect(response.statusCode, response.body).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json();
    expect(problem.detail).toContain('1');
    expect(problem.report.rejected).toHaveLength(1);
    expect(await countPermits()).toBe(0);
  });

  it('refuses a file without the required columns, naming them', async () => {
    const response = await call(app, officer, {
      method: 'POST',
      url: importUrl,
      payload: { csv: 'name,status\nx,valid' },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().report.fileProblem.message).toContain('supplier_identifier');
  });

  it('imports every row in one go when all are accepted, audited, the importer as checker', async () => {
    const response = await call(app, officer, {
      method: 'POST',
      url: importUrl,
      payload: { csv: `${HEADER}\r\n${goodRows.join('\r\n')}\r\n` },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(await countPermits()).toBe(2);
    const permit = await db
      .selectFrom('permits')
      .selectAll()
      .where('supplier_id', '=', se.supplier.id)
      .executeTakeFirstOrThrow();
    expect(permit).toMatchObject({
      reference: 'IVO-1',
      status: 'valid',
      last_checked_on: '2026-11-01',
      last_checked_by: officerUser.id,
      last_checked_by_name: 'Olga Officer',
    });
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'organisation_id', 'actor_user_id'])
      .where('object_id', '=', permit.id)
      .execute();
    expect(audit).toEqual([
      { action: 'permit.created', organisation_id: body.id, actor_user_id: officerUser.id },
    ]);

    // The same file again updates the same permits instead of adding twins.
    const again = await call(app, officer, {
      method: 'POST',
      url: `${importUrl}/preview`,
      payload: { csv: `${HEADER}\n${goodRows.join('\n')}` },
    });
    expect(again.json().accepted.map((r: { action: string }) => r.action)).toEqual([
      'update',
      'update',
    ]);
  });
});

describe('permits by hand and who reads them', () => {
  it('records a permit in a form with the officer as checker, and updates it by version', async () => {
    const url = `/api/organisations/${body.id}/suppliers/${other.supplier.id}/permits`;
    const created = await call(app, officer, {
      method: 'POST',
      url,
      payload: {
        establishmentId: other.establishmentId,
        authority: 'IVO',
        reference: 'IVO-9',
        status: 'applied',
        openCases: 1,
        decisions: 'Föreläggande 2025',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const permit = created.json();
    expect(permit).toMatchObject({
      lastCheckedOn: '2026-11-23',
      lastCheckedBy: { name: 'Olga Officer' },
      version: 1,
    });

    const updated = await call(app, officer, {
      method: 'PUT',
      url: `${url}/${permit.id}`,
      payload: {
        establishmentId: other.establishmentId,
        authority: 'IVO',
        reference: 'IVO-9',
        status: 'valid',
        version: 1,
      },
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ status: 'valid', version: 2 });

    const stale = await call(app, officer, {
      method: 'PUT',
      url: `${url}/${permit.id}`,
      payload: {
        establishmentId: other.establishmentId,
        authority: 'IVO',
        reference: 'IVO-9',
        status: 'revoked',
        version: 1,
      },
    });
    expect(stale.statusCode).toBe(409);
    const actions = await db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', permit.id)
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['permit.created', 'permit.updated']);
  });

  it('refuses the wrong authority for the country and another supplier’s establishment', async () => {
    const url = `/api/organisations/${body.id}/suppliers/${other.supplier.id}/permits`;
    const wrongAuthority = await call(app, officer, {
      method: 'POST',
      url,
      payload: {
        establishmentId: other.establishmentId,
        authority: 'Socialtilsyn',
        reference: 'X',
        status: 'valid',
      },
    });
    expect(wrongAuthority.statusCode).toBe(400);
    expect(wrongAuthority.json().errors[0].field).toBe('authority');
    const foreign = await call(app, officer, {
      method: 'POST',
      url,
      payload: {
        establishmentId: se.establishmentId,
        authority: 'IVO',
        reference: 'X',
        status: 'valid',
      },
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors[0].field).toBe('establishmentId');
  });

  it('lets a supplier read only its own permits', async () => {
    const own = await call(app, se.session, {
      method: 'GET',
      url: `/api/organisations/${se.supplier.id}/company/permits`,
    });
    expect(own.statusCode).toBe(200);
    expect(own.json().items.map((p: { reference: string }) => p.reference)).toEqual(['IVO-1']);
    const foreign = await call(app, se.session, {
      method: 'GET',
      url: `/api/organisations/${dk.supplier.id}/company/permits`,
    });
    expect(foreign.statusCode).toBe(403);
  });

  it("pages a supplier's own permits with their total", async () => {
    const own = await supplierWithEstablishment('SE', 'Ekgården');
    await db
      .insertInto('permits')
      .values(
        ['2027-03-01', '2028-01-01', '2027-09-15'].map((validTo, i) => ({
          establishment_id: own.establishmentId,
          supplier_id: own.supplier.id,
          authority: 'IVO' as const,
          reference: `OWN-${i}`,
          status: 'valid' as const,
          valid_to: validTo,
          created_at: clock.now(),
          updated_at: clock.now(),
        })),
      )
      .execute();
    await expectPagedList({
      app,
      caller: own.session,
      url: `/api/organisations/${own.supplier.id}/company/permits`,
      atLeast: 3,
      sort: 'validTo',
      value: (item) => String(item.validTo),
    });
    // Only its own: the other suppliers' permits are not counted.
    const listed = await call(app, own.session, {
      method: 'GET',
      url: `/api/organisations/${own.supplier.id}/company/permits`,
    });
    expect(listed.json()).toMatchObject({ total: 3 });
  });

  it('lists every permit for officers, filtered by status and last check', async () => {
    const list = await call(app, officer, {
      method: 'GET',
      url: `/api/organisations/${body.id}/permits?status=changed&checkedBefore=2026-12-01`,
    });
    expect(list.statusCode).toBe(200);
    const refs = list.json().items.map((p: { reference: string }) => p.reference);
    expect(refs).toContain('ST-1');
    expect(refs).not.toContain('IVO-1');
    const bySupplier = await call(app, officer, {
      method: 'GET',
      url: `/api/organisations/${body.id}/suppliers/${dk.supplier.id}/permits`,
    });
    expect(bySupplier.json().establishments).toEqual([
      { id: dk.establishmentId, name: 'Botilbud Åhuse' },
    ]);
    const notASupplier = await call(app, officer, {
      method: 'GET',
      url: `/api/organisations/${body.id}/suppliers/${body.id}/permits`,
    });
    expect(notASupplier.statusCode).toBe(404);
  });
});

describe('the overview in pages', () => {
  it('pages every permit with the total, sorted by establishment', async () => {
    await expectPagedList({
      app,
      caller: officer,
      url: `/api/organisations/${body.id}/permits`,
      atLeast: 3,
      sort: 'establishment',
      value: (item) => String(item.establishmentName),
    });
  });
});

describe('the overview as a download', () => {
  const exportUrl = `/api/organisations/${body.id}/permits/export`;

  it('holds the overview’s rows with its filter and sort, statuses as Danish words', async () => {
    const daUser = await createUser(db, {
      locale: 'da',
      memberships: [{ organisationId: body.id, roles: ['quality_officer'] }],
    });
    const daOfficer = await createSession(db, clock, daUser.id, body.id);
    const filter = 'sort=establishment&order=desc&checkedBefore=2026-12-01';
    const list = await call(app, daOfficer, {
      method: 'GET',
      url: `/api/organisations/${body.id}/permits?${filter}&limit=100`,
    });
    const items = list.json().items as { establishmentName: string; reference: string }[];
    expect(items.length).toBeGreaterThanOrEqual(2);

    const csv = await call(app, daOfficer, {
      method: 'GET',
      url: `${exportUrl}?${filter}&format=csv`,
    });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body.charCodeAt(0)).toBe(0xfeff);
    const [header, ...lines] = csv.body.slice(1).trimEnd().split('\r\n');
    expect(header).toBe(
      'Leverandør;Tilbud;Tilsynsmyndighed;Journalnummer;Omfang;Status;Gyldig fra;Gyldig til;Åbne sager;Tilsynsafgørelser;Sidst kontrolleret;Kontrolleret af',
    );
    const cells = lines.map((line) => line.split(';'));
    expect(cells.map((c) => [c[1], c[3]])).toEqual(
      items.map((p) => [p.establishmentName, p.reference]),
    );
    const st1 = cells.find((c) => c[3] === 'ST-1')!;
    expect(st1.slice(2, 9)).toEqual([
      'Socialtilsyn',
      'ST-1',
      'Botilbud',
      'Ændret',
      '2023-01-01',
      '2027-12-31',
      '2',
    ]);
  });

  it('writes XLSX with dates as date cells, and refuses a supplier', async () => {
    const xlsx = await call(app, officer, {
      method: 'GET',
      url: `${exportUrl}?q=IVO-1&format=xlsx`,
    });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(6).value).toBe('Status');
    expect(sheet.rowCount).toBe(2);
    const row = sheet.getRow(2);
    expect(row.getCell(4).value).toBe('IVO-1');
    expect(row.getCell(6).value).toBe('Valid');
    expect(row.getCell(7).value).toEqual(new Date('2024-01-01T00:00:00Z'));
    const supplier = await call(app, se.session, {
      method: 'GET',
      url: `${exportUrl}?format=csv`,
    });
    expect(supplier.statusCode).toBe(403);
  });
});

describe('the overview of a large register', () => {
  it('pages past 2,000 permits with the exact total, each page read in order from an index', async () => {
    await sql`
      INSERT INTO permits
        (establishment_id, supplier_id, authority, reference, status, valid_to, last_checked_on,
         created_at, updated_at)
      SELECT ${other.establishmentId}, ${other.supplier.id}, 'IVO', 'GEN-' || n, 'valid',
             DATE '2027-01-01' + (n % 400), CASE WHEN n = 1 THEN NULL ELSE DATE '2026-01-01' + (n % 300) END, ${clock.now()},
             ${clock.now()}
      FROM generate_series(1, 2100) AS n`.execute(db);
    const all = Number(
      (
        await db
          .selectFrom('permits')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    const url = `/api/organisations/${body.id}/permits`;
    const last = await call(app, officer, {
      method: 'GET',
      url: `${url}?sort=lastChecked&order=desc&limit=200&offset=${all - 10}`,
    });
    expect(last.statusCode, last.body).toBe(200);
    const page = last.json<{ total: number; items: { lastCheckedOn: string | null }[] }>();
    expect(page.total).toBe(all);
    expect(page.items).toHaveLength(10);
    // Descending, never checked comes last.
    expect(page.items.at(-1)!.lastCheckedOn).toBeNull();

    for (const sort of ['lastChecked', 'validTo'] as const) {
      for (const order of ['asc', 'desc'] as const) {
        const plan = await db.transaction().execute(async (trx) => {
          await sql`SET LOCAL enable_sort = off`.execute(trx);
          const query = permitsInOrder(trx, {}, { sort, order }).limit(50).compile();
          const explained = await trx.executeQuery<{ 'QUERY PLAN': string }>(
            CompiledQuery.raw(`EXPLAIN ${query.sql}`, [...query.parameters]),
          );
          return explained.rows.map((r) => r['QUERY PLAN']).join('\n');
        });
        expect(plan, `${sort} ${order}`).toMatch(
          sort === 'lastChecked' ? /permits_last_checked_idx/ : /permits_valid_to_idx/,
        );
        expect(plan, `${sort} ${order}`).not.toMatch(/Sort/);
      }
    }
  });
});
