// Requests for correction end to end through the API: sent with the default deadline and a letter
// in the supplier's language, answered with evidence, rejected with a reason and answered again,
// accepted; reminders once each and the overdue flag once by the job; no one else's requests.
import { defaultCorrectionDeadline } from '@tildel/domain/followup/correction';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { remindAndFlag } from '../src/modules/followup/corrections/jobs.ts';
import { call, createTestApp, type Caller } from './support/app.ts';
import { createSession, createUser } from './support/factories.ts';
import { readPdf } from './support/pdf.ts';
import { createMarket } from './support/tendering.ts';

const t = await createTestApp();
const db = t.database.db;
const jobDeps = { db, clock: t.clock, config: t.config };
const START = new Date('2026-11-23T09:00:00Z'); // Monday 10:00 in Stockholm
const market = await createMarket(t, { staffingFirms: 0, hvbHomes: 2 });
const [home, other] = market.hvbHomes as [
  (typeof market.hvbHomes)[number],
  (typeof market.hvbHomes)[number],
];
const officerUser = await createUser(db, {
  email: `kvalitet-${Date.now()}@body.test`,
  memberships: [{ organisationId: market.body.id, roles: ['quality_officer'] }],
});
let officer: Caller;
const callers = new Map<string, Caller>();

/** Moves the clock and signs everyone in again (sessions time out when the clock moves). */
async function at(instant: Date) {
  t.clock.set(instant);
  officer = await createSession(db, t.clock, officerUser.id, market.body.id);
  for (const s of market.hvbHomes)
    callers.set(s.id, await createSession(db, t.clock, s.userId, s.id));
}
const as = (s: { id: string }) => callers.get(s.id)!;
await at(START);

const requirement = await db
  .insertInto('agreement_requirements')
  .values({
    agreement_id: market.agreement.id,
    organisation_id: market.body.id,
    kind: 'awake_night_staff',
    parameters: JSON.stringify({ required: true }),
    description: 'Vaken nattpersonal ska finnas varje natt.',
    created_at: START,
  })
  .returning('id')
  .executeTakeFirstOrThrow();

const officerUrl = (path = '') => `/api/organisations/${market.body.id}/corrections${path}`;
const supplierUrl = (s: { id: string }, path = '') =>
  `/api/organisations/${s.id}/supplier-corrections${path}`;

interface Detail {
  id: string;
  state: string;
  deadline: string;
  sentOn: string;
  version: number;
  requirements: { id: string; text: string }[];
  answers: {
    actionPlan: string;
    evidence: { id: string; fileName: string }[];
    decision: string | null;
    decisionReason: string | null;
  }[];
}

async function send(payload: Record<string, unknown> = {}) {
  const response = await call(t.app, officer, {
    method: 'POST',
    url: officerUrl(),
    payload: {
      agreementId: market.agreement.id,
      supplierId: home.id,
      establishmentId: home.establishmentId,
      requirementIds: [requirement.id],
      description: 'Vid besöket den 18 november fanns ingen vaken nattpersonal.',
      ...payload,
    },
  });
  return response;
}

async function created(payload: Record<string, unknown> = {}) {
  const response = await send(payload);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Detail>();
}

const PDF = Buffer.from('%PDF-1.4\n% åtgärdsplan\n').toString('base64');

function answer(caller: Caller, s: { id: string }, id: string, body: Record<string, unknown>) {
  return call(t.app, caller, {
    method: 'POST',
    url: supplierUrl(s, `/${id}/answer`),
    payload: body,
  });
}

function decide(id: string, body: Record<string, unknown>) {
  return call(t.app, officer, {
    method: 'POST',
    url: officerUrl(`/${id}/decision`),
    payload: body,
  });
}

const outbox = (recipientLike: string) =>
  db
    .selectFrom('outbox')
    .select(['recipient', 'subject', 'body'])
    .where('recipient', 'like', recipientLike)
    .orderBy('created_at')
    .execute();

describe('sending a request for correction', () => {
  it('takes the default deadline (20 working days), mails the supplier and is audited', async () => {
    await at(START);
    const request = await created();
    expect(request.sentOn).toBe('2026-11-23');
    expect(request.deadline).toBe(defaultCorrectionDeadline('2026-11-23', 'SE'));
    expect(request.deadline).toBe('2026-12-21');
    expect(request.state).toBe('open');
    expect(request.requirements.map((r) => r.text)).toEqual([
      'Vaken nattpersonal ska finnas varje natt.',
    ]);
    const mails = await db
      .selectFrom('outbox')
      .select(['subject', 'body'])
      .where('body', 'like', `%/company/corrections/${request.id}%`)
      .execute();
    expect(mails.length).toBe(1);
    expect(mails[0]!.subject).toContain('Request for correction'); // the user's own language (en)
    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', request.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['correction.requested']);
  });

  it('refuses a deadline too soon or on a holiday, and requirements of another agreement', async () => {
    await at(START);
    const soon = await send({ deadline: '2026-11-26' });
    expect(soon.statusCode).toBe(400);
    expect(soon.json().errors).toEqual([
      { field: 'deadline', message: 'The deadline must be at least five working days away.' },
    ]);
    const saturday = await send({ deadline: '2026-12-19' });
    expect(saturday.json().errors[0].field).toBe('deadline');
    const foreign = await send({ requirementIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(foreign.json().errors[0].field).toBe('requirementIds');
    const notOnAgreement = await send({ supplierId: market.kristianstad.id });
    expect(notOnAgreement.json().errors[0].field).toBe('supplierId');
  });
});

describe('what a request can be about', () => {
  it('offers the body’s agreements with their suppliers, establishments and requirements', async () => {
    const response = await call(t.app, officer, { method: 'GET', url: officerUrl('/choices') });
    expect(response.statusCode).toBe(200);
    const [agreement] = response.json().agreements;
    expect(agreement.reference).toBe('SYD-2025-014');
    expect(agreement).not.toHaveProperty('suppliers');
    const suppliers = (query: string) =>
      call(t.app, officer, {
        method: 'GET',
        url: officerUrl(`/choices/suppliers?agreementId=${agreement.id}${query}`),
      });
    const all = await suppliers('');
    expect(all.statusCode, all.body).toBe(200);
    expect(all.json().total).toBe(2);
    expect(
      all
        .json()
        .items.map((s: { id: string }) => s.id)
        .sort(),
    ).toEqual([home.id, other.id].sort());
    const one = (await suppliers(`&supplierId=${home.id}`)).json();
    expect(one).toEqual({
      total: 1,
      items: [
        {
          id: home.id,
          name: home.name,
          establishments: [{ id: home.establishmentId, name: `${home.name} – boendet` }],
        },
      ],
    });
    const byName = (await suppliers(`&q=${encodeURIComponent(other.name.toUpperCase())}`)).json();
    expect(byName.items.map((s: { id: string }) => s.id)).toEqual([other.id]);
    const ofHome = await call(t.app, officer, {
      method: 'GET',
      url: officerUrl(`/choices?supplierId=${home.id}`),
    });
    expect(ofHome.json().agreements.map((a: { id: string }) => a.id)).toEqual([agreement.id]);
    const ofNobody = await call(t.app, officer, {
      method: 'GET',
      url: officerUrl(`/choices?supplierId=${market.kristianstad.id}`),
    });
    expect(ofNobody.json().agreements).toEqual([]);
    expect(agreement.requirements).toEqual([
      {
        id: requirement.id,
        kind: 'awake_night_staff',
        text: 'Vaken nattpersonal ska finnas varje natt.',
      },
    ]);
  });
});

describe('the letter', () => {
  it('is in Swedish for a Swedish supplier and in Danish when asked', async () => {
    await at(START);
    const request = await created();
    const swedish = await call(t.app, as(home), {
      method: 'GET',
      url: supplierUrl(home, `/${request.id}/letter.pdf`),
    });
    expect(swedish.statusCode).toBe(200);
    expect(swedish.headers['content-type']).toBe('application/pdf');
    const sv = await readPdf(swedish.rawPayload);
    expect(sv.language).toBe('sv-SE');
    expect(sv.title).toBe(`Anmodan om rättelse – ${home.name}`);
    expect(sv.roles).toEqual(expect.arrayContaining(['H1', 'Table', 'L', 'LI']));
    // The body's letterhead, the letter's date and the agreement as its reference.
    expect(sv.text).toMatch(
      /^Sydupphandling Datum: \d{1,2} [a-zåäö]+ \d{4} Referens: SYD-2025-014 /,
    );
    expect(sv.text).toContain(`Till ${home.name}`);
    expect(sv.text).toContain('Ramavtal SYD-2025-014 HVB för barn och unga');
    expect(sv.text).toContain('– Vaken nattpersonal ska finnas varje natt.');
    expect(sv.text).toContain('Vid besöket den 18 november fanns ingen vaken nattpersonal.');
    expect(sv.text).toContain('Svara senast 21 december 2026.');
    expect(sv.text).toContain('1 (1)');

    const danish = await call(t.app, officer, {
      method: 'GET',
      url: officerUrl(`/${request.id}/letter.pdf?locale=da`),
    });
    expect(danish.statusCode).toBe(200);
    const da = await readPdf(danish.rawPayload);
    expect(da.language).toBe('da-DK');
    expect(da.text).toContain('Påbud om berigtigelse');
    expect(da.text).toMatch(/Dato: \d{1,2}\. [a-zæøå]+ \d{4}/);
    expect(da.text).toContain('Svar senest 21. december 2026.');
    expect(da.text).toContain(`Til ${home.name}`);
  });
});

describe('answering and deciding', () => {
  it('answer with evidence, reject with a reason, answer again, accept', async () => {
    await at(START);
    const request = await created();
    const listed = await call(t.app, as(home), { method: 'GET', url: supplierUrl(home) });
    expect(listed.json().items.map((i: { id: string }) => i.id)).toContain(request.id);

    const badType = await answer(as(home), home, request.id, {
      version: request.version,
      actionPlan: 'Plan',
      evidence: [{ fileName: 'plan.exe', contentBase64: PDF }],
    });
    expect(badType.statusCode).toBe(400);
    expect(badType.json().errors[0].field).toBe('evidence.0.fileName');
    const mismatch = await answer(as(home), home, request.id, {
      version: request.version,
      actionPlan: 'Plan',
      evidence: [{ fileName: 'plan.pdf', contentBase64: Buffer.from('MZ...').toString('base64') }],
    });
    expect(mismatch.json().errors[0].field).toBe('evidence.0.contentBase64');

    await at(new Date('2026-11-30T09:00:00Z'));
    const first = await answer(as(home), home, request.id, {
      version: request.version,
      actionPlan: 'Vi har anställt två vakna nattpersonal från 1 december.',
      evidence: [{ fileName: 'schema.pdf', contentBase64: PDF }],
    });
    expect(first.statusCode, first.body).toBe(200);
    const answered = first.json<Detail>();
    expect(answered.state).toBe('answered');
    expect(answered.answers[0]!.evidence.map((e) => e.fileName)).toEqual(['schema.pdf']);
    expect((await outbox(officerUser.email)).at(-1)!.subject).toContain('has answered');

    // The officer reads the evidence.
    const evidence = await call(t.app, officer, {
      method: 'GET',
      url: officerUrl(`/${request.id}/evidence/${answered.answers[0]!.evidence[0]!.id}`),
    });
    expect(evidence.statusCode).toBe(200);
    expect(evidence.rawPayload.toString('base64')).toBe(PDF);

    // Answering twice waits for the decision; a stale version is refused.
    const again = await answer(as(home), home, request.id, {
      version: answered.version,
      actionPlan: 'Till',
      evidence: [],
    });
    expect(again.statusCode).toBe(409);
    expect(
      (await decide(request.id, { version: request.version, decision: 'accepted' })).statusCode,
    ).toBe(409);

    const noReason = await decide(request.id, { version: answered.version, decision: 'rejected' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].field).toBe('reason');

    await at(new Date('2026-12-01T09:00:00Z'));
    const rejected = await decide(request.id, {
      version: answered.version,
      decision: 'rejected',
      reason: 'Schemat visar inte nätterna i helgerna.',
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json<Detail>().state).toBe('rejected');
    expect(rejected.json<Detail>().answers[0]!.decisionReason).toBe(
      'Schemat visar inte nätterna i helgerna.',
    );

    await at(new Date('2026-12-03T09:00:00Z'));
    const second = await answer(as(home), home, request.id, {
      version: rejected.json<Detail>().version,
      actionPlan: 'Nytt schema med helgnätter.',
      evidence: [{ fileName: 'helger.pdf', contentBase64: PDF }],
    });
    expect(second.statusCode, second.body).toBe(200);
    const accepted = await decide(request.id, {
      version: second.json<Detail>().version,
      decision: 'accepted',
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const final = accepted.json<Detail>();
    expect(final.state).toBe('accepted');
    expect(final.answers.map((a) => a.decision)).toEqual(['rejected', 'accepted']);
    const actions = await db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', request.id)
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'correction.requested',
      'correction.answered',
      'correction.answer_rejected',
      'correction.answered',
      'correction.answer_accepted',
    ]);
  });

  it('another supplier gets 404 for every route of someone else’s request', async () => {
    await at(START);
    const request = await created();
    for (const [method, path] of [
      ['GET', `/${request.id}`],
      ['GET', `/${request.id}/letter.pdf`],
      ['POST', `/${request.id}/answer`],
    ] as const) {
      const response = await call(t.app, as(other), {
        method,
        url: supplierUrl(other, path),
        ...(method === 'POST' ? { payload: { version: 1, actionPlan: 'x', evidence: [] } } : {}),
      });
      expect(response.statusCode, path).toBe(404);
    }
    const list = await call(t.app, as(other), { method: 'GET', url: supplierUrl(other) });
    expect(list.json().items).toEqual([]);
  });
});

describe('the reminder job', () => {
  it('reminds a working week before and on the deadline, once each, and flags overdue once', async () => {
    await at(START);
    const request = await created({ supplierId: other.id, establishmentId: other.establishmentId });
    const supplierMails = async () =>
      (
        await db
          .selectFrom('outbox')
          .select('subject')
          .where('body', 'like', `%/company/corrections/${request.id}%`)
          .execute()
      ).filter((m) => m.subject.includes('Reminder'));
    const officerMails = async () =>
      (
        await db
          .selectFrom('outbox')
          .select('subject')
          .where('recipient', '=', officerUser.email)
          .where('body', 'like', `%/followup/corrections/${request.id}%`)
          .execute()
      ).filter((m) => m.subject.includes('Deadline passed'));
    const row = () =>
      db
        .selectFrom('correction_requests')
        .select(['reminders_sent', 'overdue_flagged_at'])
        .where('id', '=', request.id)
        .executeTakeFirstOrThrow();

    await at(new Date('2026-12-11T12:00:00Z')); // Friday before: nothing due
    await remindAndFlag(jobDeps);
    expect(await supplierMails()).toEqual([]);

    await at(new Date('2026-12-14T07:00:00Z')); // Monday 08:00, 5 working days before
    await remindAndFlag(jobDeps);
    await remindAndFlag(jobDeps);
    expect((await supplierMails()).length).toBe(1);
    expect((await row()).reminders_sent).toEqual(['before_deadline']);

    await at(new Date('2026-12-21T07:00:00Z')); // the deadline day
    await remindAndFlag(jobDeps);
    await remindAndFlag(jobDeps);
    expect((await supplierMails()).length).toBe(2);
    expect((await row()).reminders_sent).toEqual(['before_deadline', 'on_deadline']);
    expect((await row()).overdue_flagged_at).toBeNull();

    await at(new Date('2026-12-21T22:30:00Z')); // 23:30 in Stockholm: still in time
    await remindAndFlag(jobDeps);
    expect(await officerMails()).toEqual([]);

    await at(new Date('2026-12-22T07:00:00Z')); // the day after
    await remindAndFlag(jobDeps);
    await remindAndFlag(jobDeps);
    expect((await officerMails()).length).toBe(1);
    expect((await row()).overdue_flagged_at).toEqual(new Date('2026-12-22T07:00:00Z'));
    expect((await supplierMails()).length).toBe(2);

    const list = await call(t.app, officer, {
      method: 'GET',
      url: officerUrl(`?supplierId=${other.id}`),
    });
    expect(list.json().items.find((i: { id: string }) => i.id === request.id).state).toBe(
      'overdue',
    );
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id'])
      .where('object_id', '=', request.id)
      .where('action', 'in', ['correction.reminded', 'correction.overdue_flagged'])
      .execute();
    expect(audit.map((a) => [a.action, a.actor_user_id])).toEqual([
      ['correction.reminded', null],
      ['correction.reminded', null],
      ['correction.overdue_flagged', null],
    ]);
    // Too late to answer now.
    const late = await answer(as(other), other, request.id, {
      version: 1,
      actionPlan: 'Sent',
      evidence: [],
    });
    expect(late.statusCode).toBe(409);
  });
});

describe('the list in pages', () => {
  interface Listed {
    items: { id: string; supplier: { name: string }; deadline: string }[];
    total: number;
    limit: number;
    offset: number;
  }
  const list = async (query: string) => {
    const response = await call(t.app, officer, { method: 'GET', url: officerUrl(query) });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Listed>();
  };

  it('gives each request once across the pages, with the total, sorted as asked', async () => {
    await at(START);
    await created();
    await created({ supplierId: other.id, establishmentId: other.establishmentId });
    await created();
    const all = await list('?limit=200');
    expect(all.total).toBeGreaterThanOrEqual(3);
    expect(all.items).toHaveLength(all.total);

    const first = await list('?limit=2&offset=0');
    const rest = await list(`?limit=200&offset=2`);
    expect(first).toMatchObject({ total: all.total, limit: 2, offset: 0 });
    expect(first.items).toHaveLength(2);
    expect(rest.items).toHaveLength(all.total - 2);
    const ids = [...first.items, ...rest.items].map((i) => i.id);
    expect(new Set(ids).size).toBe(all.total);

    const names = (l: Listed) => l.items.map((i) => i.supplier.name);
    const ascending = names(await list('?limit=200&sort=supplier&order=asc'));
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b, 'sv')));
    expect(names(await list('?limit=200&sort=supplier&order=desc'))).toEqual(
      [...ascending].reverse(),
    );
    expect(new Set(ascending).size).toBe(2);

    const deadlines = (await list('?limit=200')).items.map((i) => i.deadline);
    expect(deadlines).toEqual([...deadlines].sort());
  });

  it('downloads the list with its filter and sort: CSV and XLSX with states as words', async () => {
    await at(START);
    const filter = `supplierId=${home.id}&sort=sentOn&order=desc`;
    const listed = await call(t.app, officer, {
      method: 'GET',
      url: officerUrl(`?${filter}&limit=200`),
    });
    const items = listed.json<{
      items: { supplier: { name: string }; agreement: { reference: string }; state: string }[];
    }>().items;
    expect(items.length).toBeGreaterThanOrEqual(2);
    const csv = await call(t.app, officer, {
      method: 'GET',
      url: officerUrl(`/export?${filter}&format=csv`),
    });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.body.charCodeAt(0)).toBe(0xfeff);
    const [header, ...lines] = csv.body.slice(1).trimEnd().split('\r\n');
    expect(header).toBe(
      'Supplier,Establishment,Framework agreement,Sent,Answer by,State,Description',
    );
    expect(lines.map((l) => l.split(',')[2])).toEqual(items.map((i) => i.agreement.reference));

    const xlsx = await call(t.app, officer, {
      method: 'GET',
      url: officerUrl(`/export?${filter}&format=xlsx`),
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const rows = items.map((_, i) => sheet.getRow(i + 2));
    expect(sheet.rowCount).toBe(items.length + 1);
    expect(rows.map((r) => r.getCell(1).value)).toEqual(items.map((i) => i.supplier.name));
    const words: Record<string, string> = {
      open: 'Open',
      answered: 'Answered – awaiting decision',
      accepted: 'Accepted',
      rejected: 'Answer rejected',
      overdue: 'Overdue',
    };
    expect(rows.map((r) => r.getCell(6).value)).toEqual(items.map((i) => words[i.state]));
    const supplierAsks = await call(t.app, as(home), {
      method: 'GET',
      url: officerUrl('/export?format=csv'),
    });
    expect(supplierAsks.statusCode).toBe(403);
  });

  it('downloads the supplier’s list as the supplier sees it: the body as counterpart, in Swedish', async () => {
    await at(START);
    const svUser = await createUser(db, {
      locale: 'sv',
      memberships: [{ organisationId: home.id, roles: ['supplier_user'] }],
    });
    const svSupplier = await createSession(db, t.clock, svUser.id, home.id);
    const filter = 'sort=deadline&order=desc';
    const listed = await call(t.app, svSupplier, {
      method: 'GET',
      url: supplierUrl(home, `?${filter}&limit=200`),
    });
    const items = listed.json<{
      items: {
        body: { name: string };
        supplier: { id: string };
        agreement: { reference: string };
        deadline: string;
        state: string;
      }[];
    }>().items;
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.every((i) => i.supplier.id === home.id)).toBe(true);

    const csv = await call(t.app, svSupplier, {
      method: 'GET',
      url: supplierUrl(home, `/export?${filter}&format=csv`),
    });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.body.charCodeAt(0)).toBe(0xfeff);
    const [header, ...lines] = csv.body.slice(1).trimEnd().split('\r\n');
    expect(header).toBe('Från;Verksamhet;Ramavtal;Skickad;Svara senast;Status;Beskrivning');
    const words: Record<string, string> = {
      open: 'Öppen',
      answered: 'Besvarad – väntar på beslut',
      accepted: 'Godkänd',
      rejected: 'Svar avslaget',
      overdue: 'Försenad',
    };
    expect(lines.map((l) => l.split(';')).map((c) => [c[0], c[2], c[4], c[5]])).toEqual(
      items.map((i) => [i.body.name, i.agreement.reference, i.deadline, words[i.state]]),
    );

    const xlsx = await call(t.app, as(home), {
      method: 'GET',
      url: supplierUrl(home, `/export?${filter}&format=xlsx`),
    });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(items.length + 1);
    expect(sheet.getRow(1).getCell(1).value).toBe('From');
    const rows = items.map((_, i) => sheet.getRow(i + 2));
    expect(rows.map((r) => r.getCell(5).value)).toEqual(
      items.map((i) => new Date(`${i.deadline}T00:00:00Z`)),
    );

    const officerAsks = await call(t.app, officer, {
      method: 'GET',
      url: supplierUrl(market.body, '/export?format=csv'),
    });
    expect(officerAsks.statusCode).toBe(403);
  });

  it('refuses a sort it does not know and a page larger than the largest', async () => {
    await at(START);
    for (const query of ['?sort=price', '?limit=100000', '?offset=-1']) {
      const response = await call(t.app, officer, { method: 'GET', url: officerUrl(query) });
      expect(response.statusCode, query).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });
});
