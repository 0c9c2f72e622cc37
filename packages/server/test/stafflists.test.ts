// Staff lists: the body's quality officer requests one, the supplier uploads it (CSV, XLSX) or
// fills it in, and the report checks it against the agreement's requirements. A malformed list is
// refused whole; names are read by the requesting body and the supplier only.
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { call, createTestApp } from './support/app.ts';
import { createOrganisation, createSession, createUser, randomUUID } from './support/factories.ts';
import {
  byName,
  byText,
  expectBadPagesRefused,
  expectPages,
  expectSorted,
} from './support/paging.ts';
import { createMarket } from './support/tendering.ts';
import { nightLines } from '../src/modules/followup/stafflists/report.ts';

const t = await createTestApp();
const { app, database, clock } = t;
const db = database.db;
const market = await createMarket(t, { staffingFirms: 1, hvbHomes: 2 });
const [home, otherHome] = market.hvbHomes as [
  (typeof market.hvbHomes)[0],
  (typeof market.hvbHomes)[0],
];
const now = clock.now();

// The agreement's requirements: four of the whole agreement, one of the supplier's lot, and one
// of a lot the supplier is not on (which must not apply).
const otherLot = await db
  .insertInto('agreement_lots')
  .values({
    agreement_id: market.agreement.id,
    organisation_id: market.body.id,
    number: 2,
    name: 'Halland',
    category_id: market.agreement.categoryId,
    calloff_method: 'ranking',
  })
  .returning('id')
  .executeTakeFirstOrThrow();
const REQUIREMENTS = [
  { lot: null, kind: 'staffing_density', parameters: { minStaffPerResident: '1.2' } },
  { lot: null, kind: 'awake_night_staff', parameters: { required: true, minAwake: 1 } },
  {
    lot: null,
    kind: 'competence_share',
    parameters: { minSharePercent: 60, educationCodes: ['socionom', 'behandlingspedagog'] },
  },
  {
    lot: null,
    kind: 'manager_qualification',
    parameters: { minYears: 3, educationCodes: ['socionom', 'behandlingspedagog'] },
  },
  { lot: market.agreement.lotId, kind: 'permit_required', parameters: { authority: 'IVO' } },
  {
    lot: otherLot.id,
    kind: 'competence_share',
    parameters: { minSharePercent: 95, educationCodes: ['socionom'] },
  },
] as const;
for (const [i, r] of REQUIREMENTS.entries()) {
  await db
    .insertInto('agreement_requirements')
    .values({
      agreement_id: market.agreement.id,
      organisation_id: market.body.id,
      lot_id: r.lot,
      kind: r.kind,
      parameters: JSON.stringify(r.parameters),
      created_at: new Date(now.getTime() + i),
    })
    .execute();
}

const officerUser = await createUser(db, {
  email: 'kvalitet@syd.test',
  memberships: [{ organisationId: market.body.id, roles: ['quality_officer'] }],
});
const officer = await createSession(db, clock, officerUser.id, market.body.id);
// A procurement officer of a member municipality holds followup.read there, but not the body's lists.
const municipalOfficerUser = await createUser(db, {
  memberships: [{ organisationId: market.kristianstad.id, roles: ['procurement_officer'] }],
});
const municipalOfficer = await createSession(
  db,
  clock,
  municipalOfficerUser.id,
  market.kristianstad.id,
);
const otherBody = await createOrganisation(db, { kind: 'procurement_body' });
const otherOfficerUser = await createUser(db, {
  memberships: [{ organisationId: otherBody.id, roles: ['quality_officer'] }],
});
const otherOfficer = await createSession(db, clock, otherOfficerUser.id, otherBody.id);

const bodyUrl = `/api/organisations/${market.body.id}/staff-lists`;
const supplierUrl = (orgId: string) => `/api/organisations/${orgId}/supplier-staff-lists`;

// November 2026: 30 days; 5 residents, so 1.2 per resident is 6.00 full-time equivalents and an
// awake night is 9 h × 30 = 270 h.
const REQUEST = {
  agreementId: market.agreement.id,
  establishmentId: home.establishmentId!,
  periodFrom: '2026-11-01',
  periodTo: '2026-11-30',
  placedResidents: 5,
  deadline: '2026-12-10T16:00:00Z',
  message: 'Inför uppföljningsbesöket i december.',
};

const HEADER =
  'Namn;Roll;Utbildning;År i rollen;Tjänstgöringsgrad %;Timmar dag;Timmar kväll;Timmar natt;Vaken natt';
/** Six full-time staff: exactly 1.20 per resident, 4 of 6 educated, one awake night. */
const PASSING = [
  'Anna Andersson;föreståndare;socionom;5;100;160;0;0;nej',
  'Bo Berg;behandlingsassistent;behandlingspedagog;;100;80;70;0;',
  'Cia Carlsson;behandlingsassistent;socionom;;100;80;70;0;',
  'Dan Dahl;behandlingsassistent;undersköterska;;100;0;140;0;',
  'Eva Ek;nattpersonal;behandlingspedagog;;100;0;0;270;ja',
  'Fia Falk;behandlingsassistent;övrig;;100;160;0;0;',
];
/** The same but Fia at 95 % (5.95 FTE: 1.19 per resident) and Eva's nights as sleeping standby. */
const FAILING = PASSING.map((line) =>
  line.startsWith('Fia')
    ? line.replace(';100;', ';95;')
    : line.startsWith('Eva')
      ? line.replace(/ja$/, 'nej')
      : line,
);

const csv = (lines: string[]) =>
  Buffer.from(`\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`).toString('base64');

async function createRequest(body: object = REQUEST) {
  return call(app, officer, { method: 'POST', url: bodyUrl, payload: body, locale: 'sv' });
}

const countSubmissions = async (requestId: string) =>
  Number(
    (
      await db
        .selectFrom('staff_list_submissions')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('request_id', '=', requestId)
        .executeTakeFirstOrThrow()
    ).n,
  );

interface Check {
  kind: string;
  outcome: string;
  measure: { measured: number; required: number; shortfall: number } | null;
  countedRows: number[];
  failedRows: { row: number; reasons: string[] }[];
}

describe('requesting a staff list', () => {
  it('stores the request, emails the supplier and records the audit', async () => {
    const response = await createRequest();
    expect(response.statusCode, response.body).toBe(201);
    const detail = response.json();
    expect(detail.request).toMatchObject({
      status: 'requested',
      overdue: false,
      placedResidents: 5,
      supplier: { id: home.id },
      establishment: { id: home.establishmentId },
    });
    expect(detail.latest).toBeNull();
    // The lot's permit requirement applies; the other lot's does not.
    expect(
      detail.requirements.map((r: { requirement: { kind: string } }) => r.requirement.kind),
    ).toEqual([
      'staffing_density',
      'awake_night_staff',
      'competence_share',
      'manager_qualification',
      'permit_required',
    ]);
    const mail = await db
      .selectFrom('outbox')
      .selectAll()
      .where('body', 'like', `%/company/staff-lists/${detail.request.id}%`)
      .execute();
    expect(mail.length).toBeGreaterThan(0);
    expect(mail[0]!.subject).toBe('Staff list requested: HVB-hemmet 1 AB – boendet');
    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', detail.request.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['staff_list.requested']);
  });

  it("refuses an establishment whose supplier is not on the agreement, and another body's agreement", async () => {
    const stranger = await createOrganisation(db, { kind: 'supplier' });
    const establishment = await db
      .insertInto('establishments')
      .values({
        supplier_id: stranger.id,
        name: 'Utanför avtalet',
        service_kind: 'hvb',
        country: 'SE',
        municipality_code: '1290',
        lat: 56,
        lon: 14,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const outside = await createRequest({ ...REQUEST, establishmentId: establishment.id });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors[0].field).toBe('establishmentId');
    const foreign = await call(app, otherOfficer, {
      method: 'POST',
      url: `/api/organisations/${otherBody.id}/staff-lists`,
      payload: REQUEST,
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors[0].field).toBe('agreementId');
    const backwards = await createRequest({ ...REQUEST, periodTo: '2026-10-01' });
    expect(backwards.json().errors[0].field).toBe('periodTo');
    const past = await createRequest({ ...REQUEST, deadline: '2026-11-01T00:00:00Z' });
    expect(past.json().errors[0].field).toBe('deadline');
  });

  it('offers the agreement and its establishments in the dialog', async () => {
    const response = await call(app, officer, { method: 'GET', url: `${bodyUrl}/choices` });
    expect(response.statusCode).toBe(200);
    const [agreement] = response.json().agreements;
    expect(agreement.id).toBe(market.agreement.id);
    expect(agreement).not.toHaveProperty('establishments');
    const establishments = (query: string) =>
      call(app, officer, {
        method: 'GET',
        url: `${bodyUrl}/choices/establishments?agreementId=${market.agreement.id}${query}`,
      });
    const all = await establishments('');
    expect(all.statusCode, all.body).toBe(200);
    expect(
      all
        .json()
        .items.map((e: { id: string }) => e.id)
        .sort(),
    ).toEqual([home.establishmentId, otherHome.establishmentId].sort());
    expect(all.json().total).toBe(2);
  });
});

describe('submitting a staff list', () => {
  it('checks a passing CSV: every requirement met, the officers emailed', async () => {
    const { request } = (await createRequest()).json();
    const response = await call(app, home.caller, {
      method: 'POST',
      url: `${supplierUrl(home.id)}/${request.id}/file`,
      payload: { fileName: 'personal-november.csv', contentBase64: csv(PASSING) },
    });
    expect(response.statusCode, response.body).toBe(201);
    const detail = response.json();
    expect(detail.request.status).toBe('submitted');
    expect(detail.latest).toMatchObject({ source: 'csv', fileName: 'personal-november.csv' });
    expect(detail.latest.rows[0]).toMatchObject({ row: 2, name: 'Anna Andersson' });
    const outcomes = detail.report.map((c: Check) => [c.kind, c.outcome]);
    expect(outcomes).toEqual([
      ['staffing_density', 'met'],
      ['awake_night_staff', 'met'],
      ['competence_share', 'met'],
      ['manager_qualification', 'met'],
      ['permit_required', 'not_applicable'],
    ]);
    // Exactly at the limit: 6.00 FTE for 5 residents is 1.20.
    expect(detail.report[0].measure).toEqual({
      unit: 'staff_per_resident',
      measured: 120,
      required: 120,
      shortfall: 0,
    });
    const mail = await db
      .selectFrom('outbox')
      .select(['recipient', 'subject'])
      .where('body', 'like', `%/followup/staff-lists/${request.id}%`)
      .execute();
    expect(mail.map((m) => m.recipient)).toEqual(['kvalitet@syd.test']);

    const list = await call(app, officer, { method: 'GET', url: bodyUrl });
    const item = list.json().items.find((i: { id: string }) => i.id === request.id);
    expect(item.latest).toMatchObject({ met: 4, notMet: 0, notApplicable: 1 });
  });

  it('names the rows of a failing list: density short by 0.01, no awake night', async () => {
    const { request } = (await createRequest()).json();
    const response = await call(app, home.caller, {
      method: 'POST',
      url: `${supplierUrl(home.id)}/${request.id}/file`,
      payload: { fileName: 'lista.csv', contentBase64: csv(FAILING) },
    });
    expect(response.statusCode, response.body).toBe(201);
    const [density, night, competence] = response.json().report as Check[];
    expect(density).toMatchObject({
      outcome: 'not_met',
      measure: { measured: 119, required: 120, shortfall: 1 },
      countedRows: [2, 3, 4, 5, 6, 7],
    });
    expect(night).toMatchObject({
      outcome: 'not_met',
      measure: { measured: 0, required: 100, shortfall: 100 },
      countedRows: [],
      failedRows: [{ row: 6, reasons: ['sleeping_standby'] }],
    });
    expect(competence!.outcome).toBe('met');
    expect(competence!.failedRows.map((f) => f.row)).toEqual([5, 7]);

    // The officer reads the same report, names included.
    const officerView = await call(app, officer, {
      method: 'GET',
      url: `${bodyUrl}/${request.id}`,
    });
    expect(officerView.statusCode).toBe(200);
    expect(officerView.json().report[0].outcome).toBe('not_met');
    expect(officerView.json().latest.rows.map((r: { name: string }) => r.name)).toContain('Eva Ek');
  });

  it('reads an XLSX written in Excel, percentages formatted as such', async () => {
    const { request } = (await createRequest()).json();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Personal');
    sheet.addRow(HEADER.split(';'));
    for (const line of PASSING) {
      const cells: (string | number)[] = line.split(';');
      const row = sheet.addRow(cells.map((c, i) => (i >= 3 && c !== '' && i < 8 ? Number(c) : c)));
      // Employment as 100 % in a percent-formatted cell: 1 shown as "100%".
      row.getCell(5).value = 1;
      row.getCell(5).numFmt = '0%';
    }
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await call(app, home.caller, {
      method: 'POST',
      url: `${supplierUrl(home.id)}/${request.id}/file`,
      payload: { fileName: 'lista.xlsx', contentBase64: bytes.toString('base64') },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().latest.source).toBe('xlsx');
    expect(response.json().report.map((c: Check) => c.outcome)).toEqual([
      'met',
      'met',
      'met',
      'met',
      'not_applicable',
    ]);
  });

  it('refuses a malformed file whole, naming row, column and reason, and stores nothing', async () => {
    const { request } = (await createRequest()).json();
    const broken = [
      PASSING[0]!,
      'Bo Berg;behandlingsassistent;astronaut;;100;80;70;0;',
      'Cia Carlsson;behandlingsassistent;socionom;;hundra;80;70;0;',
      'Eva Ek;nattpersonal;behandlingspedagog;;100;0;0;270;',
    ];
    // Problems in the reader's language, the columns under that language's headings.
    await db.updateTable('users').set({ locale: 'sv' }).where('id', '=', home.userId).execute();
    const response = await call(app, home.caller, {
      method: 'POST',
      url: `${supplierUrl(home.id)}/${request.id}/file`,
      payload: { fileName: 'trasig.csv', contentBase64: csv(broken) },
    });
    await db.updateTable('users').set({ locale: 'en' }).where('id', '=', home.userId).execute();
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json();
    expect(
      problem.problems.map((p: { row: number; column: string; reason: string }) => [
        p.row,
        p.column,
        p.reason,
      ]),
    ).toEqual([
      [3, 'education', 'unknown_education'],
      [4, 'employmentPercent', 'not_a_number'],
      [5, 'nightAwake', 'required'],
    ]);
    expect(problem.problems[0].message).toBe('Rad 3, kolumn "Utbildning": okänd utbildning');
    expect(problem.errors).toHaveLength(3);
    expect(await countSubmissions(request.id)).toBe(0);
    const after = await call(app, home.caller, {
      method: 'GET',
      url: `${supplierUrl(home.id)}/${request.id}`,
    });
    expect(after.json().request.status).toBe('requested');

    const garbage = await call(app, home.caller, {
      method: 'POST',
      url: `${supplierUrl(home.id)}/${request.id}/file`,
      payload: {
        fileName: 'bild.xlsx',
        contentBase64: Buffer.from('PK\u0003\u0004trasig').toString('base64'),
      },
    });
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().errors[0]).toMatchObject({
      field: 'contentBase64',
      message: 'The XLSX file could not be read.',
    });
  });

  it('takes the same list filled in a form, by the same rules', async () => {
    const { request } = (await createRequest()).json();
    const manager = {
      name: 'Anna Andersson',
      role: 'manager',
      education: 'socionomexamen',
      yearsInRole: '2',
      employmentPercent: '100',
      dayHours: '160',
    };
    const bad = await call(app, home.caller, {
      method: 'POST',
      url: `${supplierUrl(home.id)}/${request.id}/rows`,
      payload: { rows: [manager, { name: 'Bo', role: 'pilot', employmentPercent: '120' }] },
    });
    expect(bad.statusCode).toBe(422);
    // Form rows count from 1: the second row is row 2.
    expect(
      bad.json().problems.map((p: { row: number; column: string }) => [p.row, p.column]),
    ).toEqual([
      [2, 'role'],
      [2, 'education'],
      [2, 'employmentPercent'],
    ]);
    expect(await countSubmissions(request.id)).toBe(0);

    const good = await call(app, home.caller, {
      method: 'POST',
      url: `${supplierUrl(home.id)}/${request.id}/rows`,
      payload: { rows: [manager] },
    });
    expect(good.statusCode, good.body).toBe(201);
    const detail = good.json();
    expect(detail.latest.source).toBe('form');
    const qualification = detail.report.find((c: Check) => c.kind === 'manager_qualification');
    expect(qualification).toMatchObject({
      outcome: 'not_met',
      measure: { measured: 200, required: 300, shortfall: 100 },
      failedRows: [{ row: 1, reasons: ['years'] }],
    });
    expect(detail.history).toHaveLength(1);
  });

  it('gives a template with the headings in the reader’s language', async () => {
    // A signed-in reader gets their own language, whatever the browser asks for.
    await db.updateTable('users').set({ locale: 'da' }).where('id', '=', home.userId).execute();
    const response = await call(app, home.caller, {
      method: 'GET',
      url: `${supplierUrl(home.id)}/template.csv`,
    });
    await db.updateTable('users').set({ locale: 'en' }).where('id', '=', home.userId).execute();
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.body).toContain('Navn;Rolle;Uddannelse');
    // Then, after an empty line, the per-shift section to fill in or leave as it is.
    expect(response.body).toContain('\r\n\r\nDato;Vagt;Timer vågen personale\r\n');
  });
});

describe('per-night rows: date, shift and awake staff hours', () => {
  /** Every night of November with nine awake hours, but for those given otherwise (null: left out). */
  const nights = (except: Record<string, string | null> = {}) =>
    Array.from({ length: 30 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`).flatMap(
      (date) => (except[date] === null ? [] : [`${date};natt;${except[date] ?? '9'}`]),
    );
  const csvWithNights = (lines: string[]) =>
    Buffer.from(
      `\uFEFF${[HEADER, ...PASSING, '', 'Datum;Pass;Timmar vaken personal', ...lines].join('\r\n')}\r\n`,
    ).toString('base64');
  const upload = (requestId: string, contentBase64: string, fileName = 'lista.csv') =>
    call(app, home.caller, {
      method: 'POST',
      url: `${supplierUrl(home.id)}/${requestId}/file`,
      payload: { fileName, contentBase64 },
    });
  const awakeCheck = (detail: { report: (Check & { nights?: unknown })[] }) =>
    detail.report.find((c) => c.kind === 'awake_night_staff')!;

  it('names each night without awake staff, a night left out too, though the average is met', async () => {
    await db.updateTable('users').set({ locale: 'sv' }).where('id', '=', officerUser.id).execute();
    const { request } = (await createRequest()).json();
    const response = await upload(
      request.id,
      csvWithNights(nights({ '2026-11-14': '0', '2026-11-20': null })),
    );
    await db.updateTable('users').set({ locale: 'en' }).where('id', '=', officerUser.id).execute();
    expect(response.statusCode, response.body).toBe(201);
    const detail = response.json();
    expect(detail.latest.shifts).toHaveLength(29);
    // The first night row is line 10 of the file: 7 staff lines, an empty line, the headings.
    expect(detail.latest.shifts[0]).toEqual({
      row: 10,
      date: '2026-11-01',
      shift: 'night',
      awakeHundredths: 900,
    });
    expect(awakeCheck(detail)).toMatchObject({
      outcome: 'not_met',
      measure: { measured: 0, required: 100, shortfall: 100 },
      nights: [
        { date: '2026-11-14', awakeHundredths: 0, requiredHundredths: 900, reason: 'none' },
        { date: '2026-11-20', awakeHundredths: 0, requiredHundredths: 900, reason: 'none' },
      ],
    });
    const [audit] = await db
      .selectFrom('audit_log')
      .select('after')
      .where('object_id', '=', request.id)
      .where('action', '=', 'staff_list.submitted')
      .execute();
    expect(audit!.after).toMatchObject({
      rowCount: 6,
      shiftRowCount: 29,
      nightsWithoutAwakeStaff: ['2026-11-14', '2026-11-20'],
    });
    const [mail] = await db
      .selectFrom('outbox')
      .select('body')
      .where('body', 'like', `%/followup/staff-lists/${request.id}%`)
      .execute();
    expect(mail!.body).toContain(
      'Nätter utan tillräckligt med vaken personal:\n2026-11-14: ingen vaken personal\n2026-11-20: ingen vaken personal\n',
    );
  });

  it('passes every night exactly at the limit and fails the one night a hundredth short', async () => {
    const { request } = (await createRequest()).json();
    const atLimit = await upload(request.id, csvWithNights(nights()));
    expect(atLimit.statusCode, atLimit.body).toBe(201);
    expect(awakeCheck(atLimit.json())).toMatchObject({
      outcome: 'met',
      measure: { measured: 100, shortfall: 0 },
      nights: [],
    });
    clock.advance(1000); // the later list is the latest
    const oneShort = await upload(request.id, csvWithNights(nights({ '2026-11-14': '8,99' })));
    expect(awakeCheck(oneShort.json())).toMatchObject({
      outcome: 'not_met',
      measure: { measured: 99, shortfall: 1 },
      nights: [{ date: '2026-11-14', awakeHundredths: 899, reason: 'too_few' }],
    });
  });

  it('keeps a list of totals alone as before: no night rows, the average decides', async () => {
    const { request } = (await createRequest()).json();
    const response = await upload(request.id, csv(PASSING));
    expect(response.json().latest.shifts).toEqual([]);
    const check = awakeCheck(response.json());
    expect(check.outcome).toBe('met');
    expect(check).not.toHaveProperty('nights');
  });

  it('refuses a date outside the period, negative hours and a date and shift twice, saving nothing', async () => {
    const { request } = (await createRequest()).json();
    const bad = [
      '2026-10-31;natt;9',
      '2026-11-01;natt;-9',
      '2026-11-02;natt;9',
      '2026-11-02;natt;9',
      '2026-11-03;förmiddag;9',
    ];
    const response = await upload(request.id, csvWithNights(bad));
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json();
    expect(
      problem.problems.map(
        (p: { section: string; row: number; column: string; reason: string }) => [
          p.section,
          p.row,
          p.column,
          p.reason,
        ],
      ),
    ).toEqual([
      ['shifts', 10, 'date', 'outside_period'],
      ['shifts', 11, 'awakeHours', 'out_of_range'],
      ['shifts', 13, 'shift', 'duplicate_shift'],
      ['shifts', 14, 'shift', 'unknown_shift'],
    ]);
    expect(problem.problems[0].message).toBe(
      'Awake staff per shift – Row 10, column "Date": the date is outside the period requested',
    );
    expect(problem.errors[0].field).toBe('shifts.10.date');
    expect(await countSubmissions(request.id)).toBe(0);
  });

  it('takes per-shift rows from the form too, its rows counted from 1', async () => {
    const { request } = (await createRequest()).json();
    const rows = PASSING.map((line) => {
      const [
        name,
        role,
        education,
        yearsInRole,
        employmentPercent,
        dayHours,
        eveningHours,
        nightHours,
        nightAwake,
      ] = line.split(';');
      return {
        name,
        role,
        education,
        yearsInRole,
        employmentPercent,
        dayHours,
        eveningHours,
        nightHours,
        nightAwake,
      };
    });
    const url = `${supplierUrl(home.id)}/${request.id}/rows`;
    const bad = await call(app, home.caller, {
      method: 'POST',
      url,
      payload: {
        rows,
        shifts: [
          { date: '2026-11-01', shift: 'night', awakeHours: '9' },
          { date: '2026-12-01', shift: 'night', awakeHours: '9' },
        ],
      },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().problems).toMatchObject([{ section: 'shifts', row: 2, column: 'date' }]);
    const unknown = await call(app, home.caller, {
      method: 'POST',
      url,
      payload: { rows, shifts: [{ date: '2026-11-01', shift: 'night', hours: '9' }] },
    });
    expect(unknown.statusCode).toBe(400);

    const good = await call(app, home.caller, {
      method: 'POST',
      url,
      payload: {
        rows,
        shifts: [
          { date: '2026-11-01', shift: 'night', awakeHours: '9' },
          { date: '2026-11-01', shift: 'day', awakeHours: '24' },
        ],
      },
    });
    expect(good.statusCode, good.body).toBe(201);
    expect(good.json().latest.shifts.map((s: { row: number }) => s.row)).toEqual([1, 2]);
    // Only the first night is given: the other 29 are nights without awake staff.
    expect(awakeCheck(good.json()).nights).toHaveLength(29);
  });

  it('reads the XLSX template filled in, the shifts on their own worksheet', async () => {
    const template = await call(app, home.caller, {
      method: 'GET',
      url: `${supplierUrl(home.id)}/template.xlsx`,
    });
    expect(template.statusCode).toBe(200);
    expect(template.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(template.rawPayload).buffer);
    const [staffSheet, shiftSheet] = workbook.worksheets;
    expect(shiftSheet!.name).toBe('Awake staff per shift');
    expect(shiftSheet!.getRow(1).values).toEqual([, 'Date', 'Shift', 'Awake staff hours']);
    for (const line of PASSING) staffSheet!.addRow(line.split(';'));
    for (const line of nights({ '2026-11-14': '0' })) {
      const [date, , hours] = line.split(';');
      shiftSheet!.addRow([date, 'night', Number(hours)]);
    }
    const { request } = (await createRequest()).json();
    const response = await upload(
      request.id,
      Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'),
      'lista.xlsx',
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(awakeCheck(response.json()).nights).toMatchObject([{ date: '2026-11-14' }]);
  });

  it('words a night in the reader’s language with the dates written as there', () => {
    const none = { date: '2026-11-14', awakeHundredths: 0, requiredHundredths: 900 };
    const few = { date: '2026-11-15', awakeHundredths: 450, requiredHundredths: 900 };
    const nightsShort = [
      { ...none, reason: 'none' as const },
      { ...few, reason: 'too_few' as const },
    ];
    expect(nightLines('sv', nightsShort)).toEqual([
      '2026-11-14: ingen vaken personal',
      '2026-11-15: för lite vaken personal (4,5 av 9 timmar)',
    ]);
    expect(nightLines('da', nightsShort)).toEqual([
      '14.11.2026: ingen vågen personale',
      '15.11.2026: for lidt vågen personale (4,5 af 9 timer)',
    ]);
    expect(nightLines('en', nightsShort)[0]).toBe('14/11/2026: no awake staff');
  });
});

describe('who reads a staff list', () => {
  it('answers 404 to another supplier, another body and a municipality', async () => {
    const { request } = (await createRequest()).json();
    await call(app, home.caller, {
      method: 'POST',
      url: `${supplierUrl(home.id)}/${request.id}/file`,
      payload: { fileName: 'lista.csv', contentBase64: csv(PASSING) },
    });
    const asOther = await call(app, otherHome.caller, {
      method: 'GET',
      url: `${supplierUrl(otherHome.id)}/${request.id}`,
    });
    expect(asOther.statusCode).toBe(404);
    expect(asOther.body).not.toContain('Anna');
    const otherUpload = await call(app, otherHome.caller, {
      method: 'POST',
      url: `${supplierUrl(otherHome.id)}/${request.id}/file`,
      payload: { fileName: 'lista.csv', contentBase64: csv(['x;y']) },
    });
    expect(otherUpload.statusCode).toBe(404);
    const otherList = await call(app, otherHome.caller, {
      method: 'GET',
      url: supplierUrl(otherHome.id),
    });
    expect(otherList.json().items).toEqual([]);

    const asOtherBody = await call(app, otherOfficer, {
      method: 'GET',
      url: `/api/organisations/${otherBody.id}/staff-lists/${request.id}`,
    });
    expect(asOtherBody.statusCode).toBe(404);

    // A municipality's procurement officer has followup.read, but the list is the body's.
    const asMunicipality = await call(app, municipalOfficer, {
      method: 'GET',
      url: `/api/organisations/${market.kristianstad.id}/staff-lists/${request.id}`,
    });
    expect(asMunicipality.statusCode).toBe(404);
    expect(asMunicipality.body).not.toContain('Anna');
    const municipalList = await call(app, municipalOfficer, {
      method: 'GET',
      url: `/api/organisations/${market.kristianstad.id}/staff-lists`,
    });
    expect(municipalList.json().items).toEqual([]);
    // A municipal buyer has no follow-up permission at all.
    const asBuyer = await call(app, market.buyer, {
      method: 'GET',
      url: `/api/organisations/${market.kristianstad.id}/staff-lists/${request.id}`,
    });
    expect(asBuyer.statusCode).toBe(403);

    const asSupplier = await call(app, home.caller, {
      method: 'GET',
      url: `${supplierUrl(home.id)}/${request.id}`,
    });
    expect(asSupplier.statusCode).toBe(200);
    expect(asSupplier.json().latest.rows[0].name).toBe('Anna Andersson');
  });

  it('flags a request whose deadline has passed without a list', async () => {
    const { request } = (
      await createRequest({ ...REQUEST, deadline: '2026-11-23T09:00:30Z' })
    ).json();
    clock.advance(60_000);
    const list = await call(app, officer, { method: 'GET', url: `${bodyUrl}?status=requested` });
    const item = list.json().items.find((i: { id: string }) => i.id === request.id);
    expect(item).toMatchObject({ overdue: true, latest: null });
  });
});

describe('the requests in pages', () => {
  it('gives each request once across the pages, sorted by establishment and deadline both ways', async () => {
    for (const [establishment, deadline] of [
      [otherHome.establishmentId!, '2026-12-11T16:00:00Z'],
      [home.establishmentId!, '2026-12-12T16:00:00Z'],
      [otherHome.establishmentId!, '2026-12-13T16:00:00Z'],
    ] as const) {
      const created = await createRequest({ ...REQUEST, establishmentId: establishment, deadline });
      expect(created.statusCode, created.body).toBe(201);
    }
    const list = {
      app,
      caller: officer,
      url: bodyUrl,
      id: (r: { id: string; deadline: string; establishment: { name: string } }) => r.id,
    };
    await expectPages(list);
    await expectSorted(list, 'establishment', (r) => r.establishment.name, byName);
    await expectSorted(list, 'deadline', (r) => r.deadline, byText);
    await expectBadPagesRefused(list);
    await expectBadPagesRefused({ app, caller: home.caller, url: supplierUrl(home.id) });
  });
});

describe('the requests as a download', () => {
  interface Listed {
    establishment: { name: string };
    supplier: { name: string };
    body: { name: string };
    periodFrom: string;
    status: string;
    overdue: boolean;
    latest: { met: number; notMet: number; notApplicable: number } | null;
  }
  const words = (r: Listed) =>
    r.overdue ? 'Overdue' : r.status === 'submitted' ? 'Submitted' : 'Awaiting list';

  it('holds the body’s list with its filter and sort: CSV with statuses as words, outcome counts', async () => {
    const filter = 'sort=establishment&order=desc';
    const listed = await call(app, officer, {
      method: 'GET',
      url: `${bodyUrl}?${filter}&limit=100`,
    });
    const items = listed.json<{ items: Listed[] }>().items;
    expect(items.some((i) => i.latest !== null)).toBe(true);
    expect(items.some((i) => i.overdue)).toBe(true);

    const file = await call(app, officer, {
      method: 'GET',
      url: `${bodyUrl}/export?${filter}&format=csv`,
    });
    expect(file.statusCode, file.body).toBe(200);
    expect(file.body.charCodeAt(0)).toBe(0xfeff);
    const [header, ...lines] = file.body.slice(1).trimEnd().split('\r\n');
    expect(header).toBe(
      'Establishment,Framework agreement,Supplier,Period from,Period to,Deadline,Status,Latest list submitted,Met,Not met,Not applicable',
    );
    const cells = lines.map((l) => l.split(','));
    expect(cells.map((c) => [c[0], c[2], c[3], c[6], c[8], c[9], c[10]])).toEqual(
      items.map((i) => [
        i.establishment.name,
        i.supplier.name,
        i.periodFrom,
        words(i),
        String(i.latest?.met ?? ''),
        String(i.latest?.notMet ?? ''),
        String(i.latest?.notApplicable ?? ''),
      ]),
    );
    // The staff's names stay in the list itself.
    expect(file.body).not.toContain('Anna Andersson');

    const asSupplier = await call(app, home.caller, {
      method: 'GET',
      url: `${bodyUrl}/export?format=csv`,
    });
    expect(asSupplier.statusCode).toBe(403);
  });

  it('holds the supplier’s list as XLSX: the body as counterpart, dates as date cells', async () => {
    const listed = await call(app, home.caller, {
      method: 'GET',
      url: `${supplierUrl(home.id)}?status=submitted&limit=100`,
    });
    const items = listed.json<{ items: Listed[] }>().items;
    expect(items.length).toBeGreaterThan(0);
    const file = await call(app, home.caller, {
      method: 'GET',
      url: `${supplierUrl(home.id)}/export?status=submitted&format=xlsx`,
    });
    expect(file.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(items.length + 1);
    expect(sheet.getRow(1).getCell(3).value).toBe('Requested by');
    const rows = items.map((_, i) => sheet.getRow(i + 2));
    expect(rows.map((r) => [r.getCell(3).value, r.getCell(7).value, r.getCell(9).value])).toEqual(
      items.map((i) => [i.body.name, 'Submitted', i.latest!.met]),
    );
    expect(rows[0]!.getCell(4).value).toEqual(new Date(`${items[0]!.periodFrom}T00:00:00Z`));
    expect(rows[0]!.getCell(8).value).toBeInstanceOf(Date);

    const asOfficer = await call(app, officer, {
      method: 'GET',
      url: `${supplierUrl(market.body.id)}/export?format=csv`,
    });
    expect(asOfficer.statusCode).toBe(403);
  });
});

describe('choosing an establishment for a request', () => {
  it('finds an establishment on the agreement by name past 2,000, with how many match', async () => {
    await sql`
      INSERT INTO establishments
        (supplier_id, name, service_kind, country, municipality_code, lat, lon, created_at)
      SELECT ${home.id}, 'Aa hem ' || lpad(n::text, 4, '0'), 'hvb', 'SE', '1290', 56.0, 14.1,
             ${clock.now()}
      FROM generate_series(1, 2100) AS n`.execute(db);
    const establishments = (query: string) =>
      call(app, officer, {
        method: 'GET',
        url: `${bodyUrl}/choices/establishments?agreementId=${market.agreement.id}${query}`,
      }).then((r) => r.json<{ total: number; items: { id: string; name: string }[] }>());
    const first = await establishments('');
    expect(first.total).toBe(2102);
    expect(first.items).toHaveLength(20);
    const last = await establishments(`&q=${encodeURIComponent(otherHome.name.toUpperCase())}`);
    expect(last.items.map((e) => e.id)).toContain(otherHome.establishmentId);
    expect((await establishments('&q=hem%2002&limit=50')).total).toBe(100);
    // The label the dialog shows, typed whole, finds it too.
    const label = `${otherHome.name} – boendet (${otherHome.name})`;
    const typed = await establishments(`&q=${encodeURIComponent(label)}`);
    expect(typed.items.map((e) => e.id)).toEqual([otherHome.establishmentId]);
    const foreign = await call(app, officer, {
      method: 'GET',
      url: `${bodyUrl}/choices/establishments?agreementId=${randomUUID()}`,
    });
    expect(foreign.json()).toEqual({ items: [], total: 0 });
  });
});
