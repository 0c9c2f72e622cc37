// The body's follow-up through the API: a year's plan with a target and optimistic locking, the
// progress "2 of 3"; the risk order with a revoked permit first and its reasons; the permit check
// refused without what was seen; a visit record with findings, the planned visit done, a logbook
// note and what calls for correction; and nobody else's plan, checklist or visits.
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { call, createTestApp, type Caller } from './support/app.ts';
import { createOrganisation, createSession, createUser } from './support/factories.ts';
import {
  byName,
  byText,
  expectBadPagesRefused,
  expectPages,
  expectSorted,
} from './support/paging.ts';
import { createDraftCalloff, createMarket } from './support/tendering.ts';

const t = await createTestApp();
const db = t.database.db;
t.clock.set(new Date('2026-06-15T08:00:00Z'));
const market = await createMarket(t, { staffingFirms: 0, hvbHomes: 3 });
const [home1, home2, home3] = market.hvbHomes as [
  (typeof market.hvbHomes)[number],
  (typeof market.hvbHomes)[number],
  (typeof market.hvbHomes)[number],
];
const officerUser = await createUser(db, {
  memberships: [{ organisationId: market.body.id, roles: ['quality_officer'] }],
});
const officer = await createSession(db, t.clock, officerUser.id, market.body.id);

const otherBody = await createOrganisation(db, { kind: 'procurement_body', name: 'Annat förbund' });
const strangerUser = await createUser(db, {
  memberships: [{ organisationId: otherBody.id, roles: ['quality_officer'] }],
});
const stranger = await createSession(db, t.clock, strangerUser.id, otherBody.id);

const requirement = (kind: 'awake_night_staff' | 'manager_qualification', description: string) =>
  db
    .insertInto('agreement_requirements')
    .values({
      agreement_id: market.agreement.id,
      organisation_id: market.body.id,
      kind,
      parameters: JSON.stringify({}),
      description,
      created_at: t.clock.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
const nightStaff = await requirement('awake_night_staff', 'Vaken nattpersonal varje natt.');
const manager = await requirement('manager_qualification', 'Föreståndaren har socionomexamen.');

const url = (path: string, org = market.body.id) => `/api/organisations/${org}/followup${path}`;
const send = (
  caller: Caller,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  path: string,
  payload?: object,
) =>
  call(t.app, caller, {
    method,
    url: url(path, caller === stranger ? otherBody.id : market.body.id),
    payload,
  });

interface Plan {
  plan: { id: string; targetVisits: number; version: number } | null;
  visits: { id: string; establishment: { id: string }; status: string; version: number }[];
  progress: { done: number; target: number; overdue: string[]; pace: string } | null;
}
const plannedIds = new Map<string, string>();

const fields = (body: string) =>
  (JSON.parse(body) as { errors: { field: string; message: string }[] }).errors.map((e) => e.field);

describe('the year’s plan', () => {
  it('is created with a target, changed with the version read, and refuses a stale version', async () => {
    const empty = await send(officer, 'GET', '/plans/2026');
    expect(empty.statusCode, empty.body).toBe(200);
    expect(empty.json<Plan>().plan).toBeNull();

    const created = await send(officer, 'PUT', '/plans/2026', { targetVisits: 4 });
    expect(created.statusCode, created.body).toBe(200);
    expect(created.json<Plan>().plan).toMatchObject({ targetVisits: 4, version: 1 });

    const noVersion = await send(officer, 'PUT', '/plans/2026', { targetVisits: 5 });
    expect(noVersion.statusCode).toBe(400);
    expect(fields(noVersion.body)).toEqual(['version']);

    const updated = await send(officer, 'PUT', '/plans/2026', { version: 1, targetVisits: 3 });
    expect(updated.json<Plan>().plan).toMatchObject({ targetVisits: 3, version: 2 });

    const stale = await send(officer, 'PUT', '/plans/2026', { version: 1, targetVisits: 6 });
    expect(stale.statusCode).toBe(409);
    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', created.json<Plan>().plan!.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['followup.plan_created', 'followup.plan_updated']);
  });

  it('plans visits to establishments on the agreement, once each, within the year', async () => {
    const dates = ['2026-03-02', '2026-05-04', '2026-09-07'];
    for (const [i, home] of [home1, home2, home3].entries()) {
      const planned = await send(officer, 'POST', '/plans/2026/visits', {
        agreementId: market.agreement.id,
        establishmentId: home.establishmentId,
        plannedOn: dates[i],
      });
      expect(planned.statusCode, planned.body).toBe(201);
      plannedIds.set(home.id, planned.json<{ id: string }>().id);
    }
    const twice = await send(officer, 'POST', '/plans/2026/visits', {
      agreementId: market.agreement.id,
      establishmentId: home1.establishmentId,
    });
    expect(twice.statusCode).toBe(409);
    const nextYear = await send(officer, 'POST', '/plans/2026/visits', {
      agreementId: market.agreement.id,
      establishmentId: home1.establishmentId,
      plannedOn: '2027-01-10',
    });
    expect(fields(nextYear.body)).toEqual(['plannedOn']);
    const notOurs = await send(stranger, 'POST', '/plans/2026/visits', {
      agreementId: market.agreement.id,
      establishmentId: home1.establishmentId,
    });
    expect(notOurs.statusCode).toBe(400);
    expect(fields(notOurs.body)).toEqual(['establishmentId']);

    const plan = (await send(officer, 'GET', '/plans/2026')).json<Plan>();
    expect(plan.visits).toHaveLength(3);
    // 2 March and 4 May have passed on 15 June without a visit.
    expect(plan.progress).toMatchObject({ done: 0, target: 3, pace: 'behind' });
    expect(plan.progress!.overdue).toEqual([plannedIds.get(home1.id), plannedIds.get(home2.id)]);
  });
});

describe('the risk order', () => {
  it('puts the home with a revoked permit first and says why', async () => {
    await db
      .updateTable('permits')
      .set({ status: 'revoked', open_cases: 1 })
      .where('establishment_id', '=', home3.establishmentId!)
      .execute();
    const response = await send(officer, 'GET', '/candidates?year=2026');
    expect(response.statusCode, response.body).toBe(200);
    const { items } = response.json<{
      items: {
        rank: number;
        establishment: { id: string };
        reasons: { code: string; points: number }[];
        score: number;
        plannedVisitId: string | null;
      }[];
    }>();
    expect(items).toHaveLength(3);
    expect(items[0]!.establishment.id).toBe(home3.establishmentId);
    expect(items[0]!.reasons.map((r) => r.code)).toEqual([
      'permit_revoked',
      'never_visited',
      'open_supervision_cases',
      'permit_check_stale',
    ]);
    expect(items[0]!.score).toBe(items[0]!.reasons.reduce((s, r) => s + r.points, 0));
    expect(items[0]!.plannedVisitId).toBe(plannedIds.get(home3.id));
    expect(items.map((i) => i.rank)).toEqual([1, 2, 3]);
  });
});

describe('the permit check before a visit', () => {
  const checks = (home: { establishmentId: string | null }) =>
    `/establishments/${home.establishmentId}/permit-checks`;

  it('shows the record and refuses to mark the check done without what was seen', async () => {
    const list = await send(officer, 'GET', `/establishments/${home1.establishmentId}/checklist`);
    expect(list.statusCode, list.body).toBe(200);
    const checklist = list.json<{
      permits: { lastCheckedOn: string | null }[];
      freshness: { stale: boolean };
      agreements: { requirements: { id: string }[] }[];
    }>();
    expect(checklist.permits).toHaveLength(1);
    expect(checklist.freshness.stale).toBe(true);
    expect(checklist.agreements[0]!.requirements.map((r) => r.id).sort()).toEqual(
      [nightStaff.id, manager.id].sort(),
    );

    const nothing = await send(officer, 'POST', checks(home1), {
      note: 'Tittade i IVO:s register.',
    });
    expect(nothing.statusCode).toBe(400);
    expect(fields(nothing.body)).toEqual(['seen']);
    expect(nothing.body).toContain('what you saw');

    const revoked = await send(officer, 'POST', checks(home1), { seen: 'revoked' });
    expect(fields(revoked.body).sort()).toEqual(['decisionReference', 'note']);
  });

  it('accepts the check with what was seen, dates the permit record and is audited', async () => {
    const response = await send(officer, 'POST', checks(home1), { seen: 'valid', note: '' });
    expect(response.statusCode, response.body).toBe(201);
    const checklist = response.json<{
      permits: { lastCheckedOn: string; lastCheckedByName: string }[];
      freshness: { stale: boolean; monthsSince: number };
      permitChecks: { seen: string; id: string }[];
    }>();
    expect(checklist.permits[0]!.lastCheckedOn).toBe('2026-06-15');
    expect(checklist.freshness).toEqual({ stale: false, monthsSince: 0 });
    expect(checklist.permitChecks.map((c) => c.seen)).toEqual(['valid']);
    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', checklist.permitChecks[0]!.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['followup.permit_checked']);
  });
});

describe('the visit record', () => {
  const visit = (home: (typeof market.hvbHomes)[number], extra: Record<string, unknown> = {}) => ({
    agreementId: market.agreement.id,
    establishmentId: home.establishmentId,
    plannedVisitId: plannedIds.get(home.id),
    visitedOn: '2026-06-12',
    participants: ['Karin Kvalitet', 'Föreståndaren'],
    summary: 'Genomgång av bemanning och dokumentation.',
    findings: [
      { requirementId: nightStaff.id, outcome: 'not_met', text: 'Ingen vaken natt 3–4 juni.' },
      { requirementId: manager.id, outcome: 'met' },
    ],
    ...extra,
  });
  let visitId = '';

  it('refuses a finding not met without a text', async () => {
    const response = await send(
      officer,
      'POST',
      '/visits',
      visit(home1, { findings: [{ requirementId: nightStaff.id, outcome: 'not_met', text: ' ' }] }),
    );
    expect(response.statusCode).toBe(400);
    expect(fields(response.body)).toEqual(['findings.0.text']);
  });

  it('records the visit, marks the planned visit done, writes the logbook note', async () => {
    const response = await send(
      officer,
      'POST',
      '/visits',
      visit(home1, {
        logbookNote: { text: 'Brister i nattbemanningen.', sensitive: false, concern: true },
        documents: [
          {
            fileName: 'protokoll.pdf',
            contentBase64: Buffer.from('%PDF-1.4\nprotokoll\n').toString('base64'),
          },
        ],
      }),
    );
    expect(response.statusCode, response.body).toBe(201);
    const detail = response.json<{
      id: string;
      findings: { requirementId: string; description: string; outcome: string }[];
      callingForCorrection: { requirementId: string }[];
      documents: { id: string; fileName: string }[];
      logbookNotes: { text: string; concern: boolean }[];
    }>();
    visitId = detail.id;
    expect(detail.findings.map((f) => f.outcome)).toEqual(['not_met', 'met']);
    expect(detail.findings[0]!.description).toBe('Vaken nattpersonal varje natt.');
    expect(detail.callingForCorrection.map((f) => f.requirementId)).toEqual([nightStaff.id]);
    expect(detail.documents.map((d) => d.fileName)).toEqual(['protokoll.pdf']);
    expect(detail.logbookNotes).toEqual([
      expect.objectContaining({ text: 'Brister i nattbemanningen.', concern: true }),
    ]);
    const note = await db
      .selectFrom('logbook_notes')
      .select(['visit_id', 'establishment_id'])
      .where('visit_id', '=', visitId)
      .executeTakeFirstOrThrow();
    expect(note.establishment_id).toBe(home1.establishmentId);

    const planned = await db
      .selectFrom('planned_visits')
      .select('status')
      .where('id', '=', plannedIds.get(home1.id)!)
      .executeTakeFirstOrThrow();
    expect(planned.status).toBe('done');
    const doc = await send(
      officer,
      'GET',
      `/visits/${visitId}/documents/${detail.documents[0]!.id}`,
    );
    expect(doc.statusCode).toBe(200);
    expect(doc.body).toContain('protokoll');

    // The same planned visit cannot be recorded twice.
    const again = await send(officer, 'POST', '/visits', visit(home1));
    expect(fields(again.body)).toEqual(['plannedVisitId']);
  });

  it('counts the progress "2 of 3" and lets the last planned visit be cancelled', async () => {
    const second = await send(officer, 'POST', '/visits', visit(home2));
    expect(second.statusCode, second.body).toBe(201);
    const plan = (await send(officer, 'GET', '/plans/2026')).json<Plan>();
    expect(plan.progress).toMatchObject({ done: 2, target: 3, overdue: [] });
    // In work order: the visit still to make first, then the ones made, the latest first.
    expect(plan.visits.map((v) => v.establishment.id)).toEqual([
      home3.establishmentId,
      home2.establishmentId,
      home1.establishmentId,
    ]);

    const third = plan.visits.find((v) => v.establishment.id === home3.establishmentId)!;
    const cancelled = await send(officer, 'PATCH', `/plans/2026/visits/${third.id}`, {
      version: third.version,
      status: 'cancelled',
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json<{ status: string }>().status).toBe('cancelled');
    const stale = await send(officer, 'PATCH', `/plans/2026/visits/${third.id}`, {
      version: third.version,
      plannedOn: '2026-10-01',
    });
    expect(stale.statusCode).toBe(409);
    const done = plan.visits.find((v) => v.establishment.id === home1.establishmentId)!;
    const changeDone = await send(officer, 'PATCH', `/plans/2026/visits/${done.id}`, {
      version: done.version,
      status: 'cancelled',
    });
    expect(changeDone.statusCode).toBe(409);
  });

  it('lists the establishment’s visits, and the not-met finding now counts as a deviation', async () => {
    const list = await send(officer, 'GET', `/visits?establishmentId=${home1.establishmentId}`);
    expect(list.json<{ items: { id: string; outcomes: object }[] }>().items).toEqual([
      expect.objectContaining({ id: visitId, outcomes: { met: 1, partlyMet: 0, notMet: 1 } }),
    ]);
    const { items } = (await send(officer, 'GET', '/candidates?year=2026')).json<{
      items: { establishment: { id: string }; openDeviations: number; concernNotes: number }[];
    }>();
    const one = items.find((i) => i.establishment.id === home1.establishmentId)!;
    expect(one).toMatchObject({ openDeviations: 1, concernNotes: 1 });
  });

  it('downloads the visits as on the list: CSV with the findings counted, XLSX read back', async () => {
    const filter = `establishmentId=${home1.establishmentId}&sort=visited&order=desc`;
    const list = (await send(officer, 'GET', `/visits?${filter}`)).json<{
      items: { visitedOn: string; agreement: { reference: string }; outcomes: object }[];
    }>().items;
    const csv = await send(officer, 'GET', `/visits/export?${filter}&format=csv`);
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.body.charCodeAt(0)).toBe(0xfeff);
    const [header, ...lines] = csv.body.slice(1).trimEnd().split('\r\n');
    expect(header).toBe(
      'Date of visit,Agreement,Supplier,Establishment,Met,Partly met,Not met,Participants,Summary,Recorded by',
    );
    expect(lines.map((l) => l.split(',').slice(0, 2))).toEqual(
      list.map((v) => [v.visitedOn, v.agreement.reference]),
    );
    expect(lines[0]!.split(',').slice(4, 7)).toEqual(['1', '0', '1']);

    const xlsx = await send(officer, 'GET', `/visits/export?${filter}&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(list.length + 1);
    expect(sheet.getRow(2).getCell(1).value).toEqual(new Date(`${list[0]!.visitedOn}T00:00:00Z`));
    expect(sheet.getRow(2).getCell(7).value).toBe(1);
    expect((await send(stranger, 'GET', `/visits/export?${filter}&format=csv`)).body).not.toContain(
      list[0]!.agreement.reference,
    );
  });

  it('shows nothing of the body to another body, a municipality or a supplier', async () => {
    expect((await send(stranger, 'GET', `/visits/${visitId}`)).statusCode).toBe(404);
    expect(
      (await send(stranger, 'GET', `/establishments/${home1.establishmentId}/checklist`))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await send(stranger, 'POST', `/establishments/${home1.establishmentId}/permit-checks`, {
          seen: 'valid',
        })
      ).statusCode,
    ).toBe(404);
    expect((await send(stranger, 'GET', '/visits')).json<{ items: unknown[] }>().items).toEqual([]);
    expect(
      (await send(stranger, 'GET', '/candidates?year=2026')).json<{ items: unknown[] }>().items,
    ).toEqual([]);
    const asMunicipality = await call(t.app, market.buyer, {
      method: 'GET',
      url: url(`/visits/${visitId}`, market.kristianstad.id),
    });
    expect(asMunicipality.statusCode).toBe(403);
    const asSupplier = await call(t.app, home1.caller, {
      method: 'GET',
      url: url(`/visits/${visitId}`, home1.id),
    });
    expect(asSupplier.statusCode).toBe(403);
  });
  it('pages the visit records and the risk order, each sorted both ways', async () => {
    const unplanned = await send(
      officer,
      'POST',
      '/visits',
      visit(home3, { plannedVisitId: undefined, visitedOn: '2026-06-10' }),
    );
    expect(unplanned.statusCode, unplanned.body).toBe(201);
    const visits = {
      app: t.app,
      caller: officer,
      url: url('/visits'),
      id: (v: { id: string; visitedOn: string; establishment: { name: string } }) => v.id,
    };
    await expectPages(visits);
    await expectSorted(visits, 'visited', (v) => v.visitedOn, byText);
    await expectSorted(visits, 'establishment', (v) => v.establishment.name, byName);
    await expectBadPagesRefused(visits);

    const risk = {
      app: t.app,
      caller: officer,
      url: url('/candidates?year=2026'),
      id: (c: { establishment: { id: string; name: string }; rank: number }) => c.establishment.id,
    };
    await expectPages(risk);
    await expectSorted(
      risk,
      'risk',
      (c) => c.rank,
      (a, b) => a - b,
    );
    await expectSorted(risk, 'establishment', (c) => c.establishment.name, byName);
    await expectBadPagesRefused(risk);
  });
});

describe('what was bought from a home', () => {
  async function order(unitPriceMinor: number, expectedVolume: number) {
    const calloff = await createDraftCalloff(t, market, { kind: 'placement' });
    await db
      .insertInto('orders')
      .values({
        organisation_id: market.kristianstad.id,
        calloff_id: calloff.id,
        supplier_id: home2.id,
        establishment_id: home2.establishmentId,
        reference: `A-2026-B${unitPriceMinor}`,
        unit_price_minor: unitPriceMinor,
        currency: 'SEK',
        unit: 'day',
        start_date: '2026-07-01',
        expected_volume: expectedVolume,
        created_by: market.buyerUserId,
        created_at: t.clock.now(),
        updated_at: t.clock.now(),
      })
      .execute();
  }

  it("is each order's price × volume by the domain's rounding, summed in integer minor units", async () => {
    await order(300_050, 10.5); // 3 150 525 öre exactly
    await order(15, 0.5); // 7.5 öre: half to even gives 8, a floor of the sum would give 7
    const { items } = (await send(officer, 'GET', '/candidates?year=2026')).json<{
      items: { establishment: { id: string }; bought: unknown }[];
    }>();
    const bought = items.find((i) => i.establishment.id === home2.establishmentId)?.bought;
    expect(bought).toEqual({ amountMinor: 3_150_533, currency: 'SEK' });
  });
});

describe('the risk order of a large market', () => {
  it('ranks every establishment, not the first 2,000 by name, and downloads them all', async () => {
    // 2,100 homes of one supplier on the agreement that sort before the riskiest one by name.
    await sql`
      INSERT INTO establishments
        (supplier_id, name, service_kind, country, municipality_code, lat, lon, created_at)
      SELECT ${home1.id}, 'Aa hem ' || lpad(n::text, 4, '0'), 'hvb', 'SE', '1290', 56.0, 14.1,
             ${t.clock.now()}
      FROM generate_series(1, 2100) AS n`.execute(db);
    const last = await db
      .insertInto('establishments')
      .values({
        supplier_id: home1.id,
        name: 'Zz sista hemmet',
        service_kind: 'hvb',
        country: 'SE',
        municipality_code: '1290',
        lat: 56,
        lon: 14.1,
        created_at: t.clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('permits')
      .values({
        establishment_id: last.id,
        supplier_id: home1.id,
        authority: 'IVO',
        reference: 'IVO-9999-1',
        status: 'revoked',
        open_cases: 5,
        created_at: t.clock.now(),
        updated_at: t.clock.now(),
      })
      .execute();

    const page = (await send(officer, 'GET', '/candidates?year=2026&limit=5')).json<{
      total: number;
      items: { rank: number; establishment: { id: string } }[];
    }>();
    expect(page.total).toBe(3 + 2101);
    expect(page.items.slice(0, 2).map((i) => i.establishment.id)).toContain(last.id);

    const byNameLast = (
      await send(officer, 'GET', '/candidates?year=2026&sort=establishment&order=desc&limit=1')
    ).json<{ items: { establishment: { id: string } }[] }>();
    expect(byNameLast.items[0]!.establishment.id).toBe(last.id);

    const csv = await call(t.app, officer, {
      method: 'GET',
      url: url('/candidates/export?year=2026&format=csv'),
    });
    expect(csv.statusCode, csv.body).toBe(200);
    const [header, ...lines] = csv.body.slice(1).trimEnd().split('\r\n');
    expect(header).toBe(
      'Rank,Score,Establishment,City,Supplier,Agreement,Open deviations,Permit,' +
        'Open supervision cases,Permit checked,Last visit,Bought last 12 months,Currency,Concern notes',
    );
    expect(lines).toHaveLength(page.total);
    expect(lines.map((l) => Number(l.split(',')[0]))).toEqual(
      Array.from({ length: page.total }, (_, i) => i + 1),
    );
    expect(lines.find((l) => l.includes('Zz sista hemmet'))).toContain('Revoked');

    const xlsx = await call(t.app, officer, {
      method: 'GET',
      url: url('/candidates/export?year=2026&format=xlsx&sort=establishment&order=desc'),
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(page.total + 1);
    expect(sheet.getRow(2).getCell(3).value).toBe('Zz sista hemmet');

    const stranger403 = await call(t.app, stranger, {
      method: 'GET',
      url: url('/candidates/export?year=2026&format=csv'),
    });
    expect(stranger403.statusCode).toBe(403);
  });
});

describe('the checklist of an establishment with a long history', () => {
  it('shows every planned visit and every permit check, not only the latest', async () => {
    const plan = await db
      .selectFrom('followup_plans')
      .select('id')
      .where('organisation_id', '=', market.body.id)
      .executeTakeFirstOrThrow();
    await sql`
      INSERT INTO planned_visits (plan_id, organisation_id, agreement_id, supplier_id,
        establishment_id, planned_on, status, created_at)
      SELECT ${plan.id}, ${market.body.id}, ${market.agreement.id}, ${home3.id},
        ${home3.establishmentId}, date '2000-03-01' + n * 30, 'done', ${t.clock.now()}
      FROM generate_series(1, 25) n`.execute(db);
    await sql`
      INSERT INTO permit_checks (organisation_id, establishment_id, supplier_id, seen,
        checked_on, checked_by, checked_at)
      SELECT ${market.body.id}, ${home3.establishmentId}, ${home3.id}, 'valid',
        date '2010-01-01' + n, ${officerUser.id}, ${t.clock.now()}::timestamptz - n * interval '1 day'
      FROM generate_series(1, 12) n`.execute(db);
    const kept = await sql<{ visits: string; checks: string }>`
      SELECT
        (SELECT count(*) FROM planned_visits WHERE organisation_id = ${market.body.id}
          AND establishment_id = ${home3.establishmentId} AND status <> 'cancelled') AS visits,
        (SELECT count(*) FROM permit_checks WHERE organisation_id = ${market.body.id}
          AND establishment_id = ${home3.establishmentId}) AS checks`.execute(db);
    const { visits, checks } = kept.rows[0]!;
    expect(Number(visits)).toBeGreaterThanOrEqual(25);
    expect(Number(checks)).toBeGreaterThanOrEqual(12);

    const response = await send(
      officer,
      'GET',
      `/establishments/${home3.establishmentId}/checklist`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const checklist = response.json<{
      plannedVisits: { plannedOn: string | null }[];
      permitChecks: { checkedAt: string }[];
    }>();
    expect(checklist.plannedVisits).toHaveLength(Number(visits));
    expect(checklist.permitChecks).toHaveLength(Number(checks));
    const checked = checklist.permitChecks.map((c) => c.checkedAt);
    expect(checked).toEqual([...checked].sort().reverse());
  });
});
