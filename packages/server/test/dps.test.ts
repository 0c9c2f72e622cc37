// Dynamic purchasing systems end to end through the API: set-up, applying, the queue and its
// clock, decisions the supplier sees, one extension only, exclusion, declaration requests, the
// reminder job, and who may see what.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@tildel/domain/permissions';
import { STANDARD_REQUIREMENTS } from '@tildel/domain/qualification';
import { seedDefaultTaxonomy } from '../src/modules/agreements/taxonomy/defaults.ts';
import { sendDueReminders } from '../src/modules/agreements/dps/jobs.ts';
import { call, createTestApp } from './support/app.ts';
import { csvDownload, sheetRows, xlsxDownload } from './support/download.ts';
import { expectPagedList } from './support/paging.ts';
import { createOrganisation, createSession, createMember } from './support/factories.ts';

const { app, database, clock, config } = await createTestApp();
const db = database.db;
const jobDeps = { db, clock, config };
/** Where a supplier follows and answers its applications; every dps email to it links there. */
const APPLICATIONS_PAGE = 'http://tildel.test/company/applications';
const START = new Date('2026-11-23T09:00:00Z'); // Monday 10:00 in Stockholm

const body = await createOrganisation(db, { kind: 'procurement_body', name: 'Testupphandling' });
const municipality = await createOrganisation(db, { kind: 'municipality', name: 'Testkommun' });
const outsider = await createOrganisation(db, { kind: 'municipality', name: 'Annan kommun' });
await db
  .insertInto('body_mandates')
  .values({ organisation_id: body.id, municipality_id: municipality.id })
  .execute();
await db.transaction().execute((trx) => seedDefaultTaxonomy(trx, clock, body.id, 'SE'));

const member = (organisationId: string, roles: Role[], email?: string) =>
  createMember(db, clock, organisationId, roles, email ? { email } : {});

/** A fresh session at the clock's current time (tests move the clock past idle timeouts). */
function s(who: { user: { id: string }; organisationId: string }) {
  return createSession(db, clock, who.user.id, who.organisationId);
}

const officer = await member(body.id, ['procurement_officer'], `officer-${Date.now()}@body.test`);
const buyer = await member(municipality.id, ['buyer']);
const outsiderBuyer = await member(outsider.id, ['buyer']);

async function supplierWithDocuments(name: string) {
  const supplier = await createOrganisation(db, { kind: 'supplier', name });
  const admin = await member(supplier.id, ['supplier_admin'], `admin-${supplier.id}@supplier.test`);
  const documents: Record<string, string> = {};
  for (const kind of ['insurance', 'tax_certificate', 'collective_agreement'] as const) {
    const file = await db
      .insertInto('stored_files')
      .values({
        organisation_id: supplier.id,
        file_name: `${kind}.pdf`,
        content_type: 'application/pdf',
        size_bytes: 4,
        sha256: '0'.repeat(64),
        content: Buffer.from('%PDF'),
        created_at: START,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const doc = await db
      .insertInto('compliance_documents')
      .values({
        supplier_id: supplier.id,
        kind,
        title: `${kind} ${name}`,
        file_id: file.id,
        created_at: START,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    documents[kind] = doc.id;
  }
  return { supplier, admin, documents };
}

const alpha = await supplierWithDocuments('Alfa Bemanning AB');
const beta = await supplierWithDocuments('Beta Socionomer AB');

const categories = await db
  .selectFrom('service_categories')
  .select(['id', 'code'])
  .where('organisation_id', '=', body.id)
  .where('code', 'in', ['staffing_children_youth', 'staffing_adult_addiction'])
  .orderBy('code')
  .execute();
const addiction = categories.find((c) => c.code === 'staffing_adult_addiction')!.id;
const youth = categories.find((c) => c.code === 'staffing_children_youth')!.id;

const base = `/api/organisations/${body.id}/dps`;

function creation(overrides: Record<string, unknown> = {}) {
  return {
    reference: `DIS-${Math.random().toString(36).slice(2, 8)}`,
    title: 'Hyrsocionomer',
    country: 'SE',
    validFrom: '2026-11-23',
    validTo: '2030-11-22',
    initialPeriodEndsOn: '2026-12-23',
    ownerIsCentralPurchasingBody: false,
    agreedTenderPeriodDays: 5,
    categoryIds: [youth, addiction],
    municipalityIds: [municipality.id],
    requirements: STANDARD_REQUIREMENTS.map((r) => ({
      kind: r.kind,
      textSv: r.texts.sv,
      textDa: r.texts.da,
      textEn: r.texts.en,
      minimum: r.minimum,
      unit: r.unit,
      documentKind: r.documentKind,
    })),
    ...overrides,
  };
}

async function openDps() {
  clock.set(START);
  const created = await call(app, await s(officer), {
    method: 'POST',
    url: base,
    payload: creation(),
  });
  expect(created.statusCode, created.body).toBe(201);
  const dps = created.json();
  const opened = await call(app, await s(officer), {
    method: 'POST',
    url: `${base}/${dps.id}/open`,
    payload: { version: dps.version },
  });
  expect(opened.statusCode, opened.body).toBe(200);
  return opened.json() as {
    id: string;
    reference: string;
    requirements: {
      id: string;
      kind: string;
      minimum: number | null;
      documentKind: string | null;
    }[];
  };
}

type Dps = Awaited<ReturnType<typeof openDps>>;

function answersFor(dps: Dps, documents: Record<string, string>) {
  return dps.requirements.map((r) =>
    r.kind === 'declaration'
      ? { requirementId: r.id, declared: true }
      : r.kind === 'numeric_minimum'
        ? { requirementId: r.id, value: (r.minimum ?? 0) + 1 }
        : { requirementId: r.id, documentId: documents[r.documentKind!]! },
  );
}

async function apply(dps: Dps, who: typeof alpha, categoryIds = [youth]) {
  const response = await call(app, await s(who.admin), {
    method: 'POST',
    url: `/api/organisations/${who.supplier.id}/dps-market/${dps.id}/applications`,
    payload: { categoryIds, answers: answersFor(dps, who.documents) },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; version: number; decisionDueAt: string };
}

function emailsTo(address: string) {
  return db
    .selectFrom('outbox')
    .select(['subject', 'body', 'recipient'])
    .where('recipient', '=', address)
    .execute();
}

/** The one email to the address about the DPS whose subject contains the words. */
async function emailAbout(address: string, dps: Dps, words: string) {
  const found = (await emailsTo(address)).filter(
    (m) => m.subject.includes(words) && m.body.includes(dps.reference),
  );
  expect(found, `emails to ${address} about "${words}"`).toHaveLength(1);
  return found[0]!;
}

describe('setting up a DPS', () => {
  it('offers the owner its categories, its municipalities and the standard requirements', async () => {
    const response = await call(app, await s(officer), { method: 'GET', url: `${base}-setup` });
    expect(response.statusCode).toBe(200);
    const choices = response.json();
    expect(choices.categories.map((c: { id: string }) => c.id)).toEqual(
      expect.arrayContaining([youth, addiction]),
    );
    expect(choices.municipalities).toEqual([{ id: municipality.id, name: 'Testkommun' }]);
    expect(choices.requirements).toHaveLength(STANDARD_REQUIREMENTS.length);
  });

  it('refuses an initial application period shorter than 30 days, naming the field', async () => {
    clock.set(START);
    const response = await call(app, await s(officer), {
      method: 'POST',
      url: base,
      payload: creation({ initialPeriodEndsOn: '2026-12-20' }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      expect.objectContaining({
        field: 'initialPeriodEndsOn',
        message: expect.stringContaining('2026-12-23'),
      }),
    ]);
  });

  it('refuses a shorter tender period for a central purchasing body', async () => {
    const response = await call(app, await s(officer), {
      method: 'POST',
      url: base,
      payload: creation({ ownerIsCentralPurchasingBody: true, agreedTenderPeriodDays: 5 }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('agreedTenderPeriodDays');
  });

  it('refuses a reference the owner already uses, and categories outside its taxonomy', async () => {
    const first = creation();
    expect(
      (await call(app, await s(officer), { method: 'POST', url: base, payload: first })).statusCode,
    ).toBe(201);
    const again = await call(app, await s(officer), {
      method: 'POST',
      url: base,
      payload: creation({ reference: first.reference }),
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().errors[0].field).toBe('reference');
    const foreign = await call(app, await s(officer), {
      method: 'POST',
      url: base,
      payload: creation({ categoryIds: [crypto.randomUUID()] }),
    });
    expect(foreign.json().errors[0].field).toBe('categoryIds');
  });

  it('records a change of validity with its reason, shown to suppliers in the market', async () => {
    const dps = await openDps();
    const detail = (
      await call(app, await s(officer), { method: 'GET', url: `${base}/${dps.id}` })
    ).json();
    const changed = await call(app, await s(officer), {
      method: 'POST',
      url: `${base}/${dps.id}/validity`,
      payload: { validTo: '2029-11-22', reason: 'Budget decision', version: detail.version },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const market = (
      await call(app, await s(alpha.admin), {
        method: 'GET',
        url: `/api/organisations/${alpha.supplier.id}/dps-market?sort=created&order=desc&limit=10`,
      })
    ).json();
    const shown = market.items.find((i: { id: string }) => i.id === dps.id);
    expect(shown.validTo).toBe('2029-11-22');
    expect(shown.validityChanges).toEqual([
      expect.objectContaining({
        previousValidTo: '2030-11-22',
        newValidTo: '2029-11-22',
        reason: 'Budget decision',
      }),
    ]);
  });
});

describe('closing a DPS', () => {
  it('refuses further applications, keeps pending ones to decide, and shows the supplier why', async () => {
    const dps = await openDps();
    const pending = await apply(dps, alpha);
    const detail = (
      await call(app, await s(officer), { method: 'GET', url: `${base}/${dps.id}` })
    ).json();
    const closed = await call(app, await s(officer), {
      method: 'POST',
      url: `${base}/${dps.id}/close`,
      payload: { reason: 'Replaced by a framework agreement', version: detail.version },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({
      status: 'closed',
      closedAt: START.toISOString(),
      closedReason: 'Replaced by a framework agreement',
    });

    const refused = await call(app, await s(beta.admin), {
      method: 'POST',
      url: `/api/organisations/${beta.supplier.id}/dps-market/${dps.id}/applications`,
      payload: { categoryIds: [youth], answers: answersFor(dps, beta.documents) },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toBe(
      'The system has been closed and accepts no more applications. Reason: Replaced by a framework agreement',
    );
    const market = (
      await call(app, await s(beta.admin), {
        method: 'GET',
        url: `/api/organisations/${beta.supplier.id}/dps-market`,
      })
    ).json();
    expect(market.items.map((i: { id: string }) => i.id)).not.toContain(dps.id);

    const own = (
      await call(app, await s(alpha.admin), {
        method: 'GET',
        url: `/api/organisations/${alpha.supplier.id}/dps-applications`,
      })
    ).json();
    expect(own.items.find((a: { id: string }) => a.id === pending.id).dps).toMatchObject({
      status: 'closed',
      closedReason: 'Replaced by a framework agreement',
    });

    const queue = (
      await call(app, await s(officer), {
        method: 'GET',
        url: `${base}/${dps.id}/applications?status=pending`,
      })
    ).json();
    expect(queue.items.map((a: { id: string }) => a.id)).toEqual([pending.id]);
    const approved = await call(app, await s(officer), {
      method: 'POST',
      url: `${base}/${dps.id}/applications/${pending.id}/approve`,
      payload: { version: pending.version },
    });
    expect(approved.statusCode, approved.body).toBe(200);

    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('object_id', '=', dps.id)
      .where('action', '=', 'dps.closed')
      .execute();
    expect(audit).toEqual([
      {
        action: 'dps.closed',
        after: expect.objectContaining({ reason: 'Replaced by a framework agreement' }),
      },
    ]);
  });

  it('needs a reason and the version read, closes once, and only for the owner', async () => {
    const dps = await openDps();
    const url = `${base}/${dps.id}/close`;
    const blank = await call(app, await s(officer), {
      method: 'POST',
      url,
      payload: { reason: '   ', version: 2 },
    });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().errors[0].field).toBe('reason');
    const stale = await call(app, await s(officer), {
      method: 'POST',
      url,
      payload: { reason: 'Budget', version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    const rival = await createOrganisation(db, { kind: 'procurement_body', name: 'Rival' });
    const rivalOfficer = await member(rival.id, ['procurement_officer']);
    const foreign = await call(app, await s(rivalOfficer), {
      method: 'POST',
      url: `/api/organisations/${rival.id}/dps/${dps.id}/close`,
      payload: { reason: 'Budget', version: 2 },
    });
    expect(foreign.statusCode).toBe(404);
    const first = await call(app, await s(officer), {
      method: 'POST',
      url,
      payload: { reason: 'Budget', version: 2 },
    });
    expect(first.statusCode, first.body).toBe(200);
    const second = await call(app, await s(officer), {
      method: 'POST',
      url,
      payload: { reason: 'Budget', version: 3 },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().detail).toBe('The system has already been closed.');
  });
});

describe('applying and the queue', () => {
  it('shows a new application in the queue with its decision clock, and emails the supplier', async () => {
    const dps = await openDps();
    const application = await apply(dps, alpha);
    // Received Monday 23 November: 10 working days end on Monday 7 December, Stockholm time.
    expect(application.decisionDueAt).toBe('2026-12-07T22:59:59.999Z');

    const queue = await call(app, await s(officer), {
      method: 'GET',
      url: `${base}/${dps.id}/applications?status=pending`,
    });
    expect(queue.statusCode, queue.body).toBe(200);
    const [item] = queue.json().items;
    expect(item).toMatchObject({
      id: application.id,
      status: 'pending',
      supplier: { name: 'Alfa Bemanning AB' },
      decisionDueAt: '2026-12-07T22:59:59.999Z',
      extended: false,
      overdue: false,
      workingDaysLeft: 10,
      inInitialPeriod: true,
    });

    const mail = await emailAbout(alpha.admin.user.email, dps, 'Application received');
    expect(mail.body).toContain('7 December 2026');
    expect(mail.body).toContain(`You can follow the application in Tildel: ${APPLICATIONS_PAGE}`);

    clock.set(new Date('2026-12-08T09:00:00Z'));
    const later = (
      await call(app, await s(officer), { method: 'GET', url: `${base}/${dps.id}/applications` })
    ).json();
    expect(later.items[0]).toMatchObject({ overdue: true, workingDaysLeft: -1 });
  });

  it('refuses an application that leaves a requirement unanswered or names another supplier’s document', async () => {
    const dps = await openDps();
    const url = `/api/organisations/${alpha.supplier.id}/dps-market/${dps.id}/applications`;
    const answers = answersFor(dps, alpha.documents);
    const missing = await call(app, await s(alpha.admin), {
      method: 'POST',
      url,
      payload: { categoryIds: [youth], answers: answers.slice(1) },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].field).toBe(`answers.${dps.requirements[0]!.id}`);
    const foreignDocument = answersFor(dps, beta.documents);
    const stolen = await call(app, await s(alpha.admin), {
      method: 'POST',
      url,
      payload: { categoryIds: [youth], answers: foreignDocument },
    });
    expect(stolen.statusCode).toBe(400);
    expect(stolen.json().errors.length).toBe(3);
  });

  it('lets the officer approve; the supplier sees the approval and the admitted suppliers of its category', async () => {
    const dps = await openDps();
    const a = await apply(dps, alpha);
    const approved = await call(app, await s(officer), {
      method: 'POST',
      url: `${base}/${dps.id}/applications/${a.id}/approve`,
      payload: { version: a.version },
    });
    expect(approved.statusCode, approved.body).toBe(200);
    // The officer sees every requirement with the answer and whether it is met.
    const answers = approved.json().answers as { meets: boolean; document: unknown }[];
    expect(answers).toHaveLength(STANDARD_REQUIREMENTS.length);
    expect(answers.every((a) => a.meets)).toBe(true);
    expect(answers.filter((a) => a.document !== null)).toHaveLength(3);
    const own = (
      await call(app, await s(alpha.admin), {
        method: 'GET',
        url: `/api/organisations/${alpha.supplier.id}/dps-applications`,
      })
    ).json();
    expect(own.items.find((i: { id: string }) => i.id === a.id).status).toBe('approved');
    const mail = await emailAbout(alpha.admin.user.email, dps, 'approved');
    expect(mail.body).toContain(`See the application in Tildel: ${APPLICATIONS_PAGE}`);

    const peers = await call(app, await s(alpha.admin), {
      method: 'GET',
      url: `/api/organisations/${alpha.supplier.id}/dps-market/${dps.id}/suppliers`,
    });
    expect(peers.json()).toMatchObject({ total: 1 });
    expect(peers.json().items).toEqual([
      {
        category: expect.objectContaining({ id: youth }),
        supplier: { id: alpha.supplier.id, name: 'Alfa Bemanning AB' },
      },
    ]);
    // Beta is admitted to nothing: it sees no one.
    const none = await call(app, await s(beta.admin), {
      method: 'GET',
      url: `/api/organisations/${beta.supplier.id}/dps-market/${dps.id}/suppliers`,
    });
    expect(none.statusCode).toBe(404);
  });

  it('needs a reason to reject, and the supplier sees that reason', async () => {
    const dps = await openDps();
    const a = await apply(dps, beta);
    const url = `${base}/${dps.id}/applications/${a.id}/reject`;
    const blank = await call(app, await s(officer), {
      method: 'POST',
      url,
      payload: { reason: '  ', version: a.version },
    });
    expect(blank.statusCode).toBe(400);
    const rejected = await call(app, await s(officer), {
      method: 'POST',
      url,
      payload: { reason: 'Turnover below the minimum', version: a.version },
    });
    expect(rejected.statusCode).toBe(200);
    const own = await call(app, await s(beta.admin), {
      method: 'GET',
      url: `/api/organisations/${beta.supplier.id}/dps-applications/${a.id}`,
    });
    expect(own.json()).toMatchObject({
      status: 'rejected',
      decisionReason: 'Turnover below the minimum',
    });
    const mail = await emailAbout(beta.admin.user.email, dps, 'rejected');
    expect(mail.body).toContain('Turnover below the minimum');
    expect(mail.body).toContain(`See the application in Tildel: ${APPLICATIONS_PAGE}`);
  });

  it('extends the decision once to 15 working days and refuses a second extension', async () => {
    const dps = await openDps();
    const a = await apply(dps, alpha);
    const url = `${base}/${dps.id}/applications/${a.id}/extend`;
    const first = await call(app, await s(officer), {
      method: 'POST',
      url,
      payload: { reason: 'Waiting for the tax agency', version: a.version },
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      extended: true,
      extensionReason: 'Waiting for the tax agency',
      decisionDueAt: '2026-12-14T22:59:59.999Z',
    });
    const second = await call(app, await s(officer), {
      method: 'POST',
      url,
      payload: { reason: 'Still waiting', version: first.json().version },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().detail).toContain('only once');

    const mail = await emailAbout(alpha.admin.user.email, dps, 'Decision time extended');
    expect(mail.body).toContain('14 December 2026');
    expect(mail.body).toContain('Reason: Waiting for the tax agency');
    expect(mail.body).toContain(`You can follow the application in Tildel: ${APPLICATIONS_PAGE}`);
  });

  it('lets the supplier withdraw a pending application', async () => {
    const dps = await openDps();
    const a = await apply(dps, alpha);
    const withdrawn = await call(app, await s(alpha.admin), {
      method: 'POST',
      url: `/api/organisations/${alpha.supplier.id}/dps-applications/${a.id}/withdraw`,
      payload: { version: a.version },
    });
    expect(withdrawn.json().status).toBe('withdrawn');
    const approve = await call(app, await s(officer), {
      method: 'POST',
      url: `${base}/${dps.id}/applications/${a.id}/approve`,
      payload: { version: withdrawn.json().version },
    });
    expect(approve.statusCode).toBe(409);
  });

  it('tells when call-offs may start: not until the initial period is over and all its applications decided', async () => {
    const dps = await openDps();
    const a = await apply(dps, alpha);
    const detail = async () =>
      (await call(app, await s(officer), { method: 'GET', url: `${base}/${dps.id}` })).json()
        .callOffs;
    expect(await detail()).toEqual({
      mayStart: false,
      reason: 'initial_period_running',
      undecided: 0,
    });
    clock.set(new Date('2026-12-24T09:00:00Z'));
    expect(await detail()).toEqual({
      mayStart: false,
      reason: 'undecided_applications',
      undecided: 1,
    });
    await call(app, await s(officer), {
      method: 'POST',
      url: `${base}/${dps.id}/applications/${a.id}/approve`,
      payload: { version: a.version },
    });
    expect(await detail()).toEqual({ mayStart: true, reason: null, undecided: 0 });
  });
});

describe('exclusion and updated self-declarations', () => {
  it('excludes an admitted supplier with a reason, which the supplier is told', async () => {
    const dps = await openDps();
    const a = await apply(dps, alpha);
    const approved = (
      await call(app, await s(officer), {
        method: 'POST',
        url: `${base}/${dps.id}/applications/${a.id}/approve`,
        payload: { version: a.version },
      })
    ).json();
    const excluded = await call(app, await s(officer), {
      method: 'POST',
      url: `${base}/${dps.id}/applications/${a.id}/exclude`,
      payload: { reason: 'Unpaid taxes', version: approved.version },
    });
    expect(excluded.json()).toMatchObject({ status: 'excluded', decisionReason: 'Unpaid taxes' });
    const admitted = (
      await call(app, await s(officer), { method: 'GET', url: `${base}/${dps.id}/suppliers` })
    ).json();
    expect(admitted).toMatchObject({ items: [], total: 0 });
    const mail = await emailAbout(alpha.admin.user.email, dps, 'Excluded');
    expect(mail.body).toContain('Unpaid taxes');
    expect(mail.body).toContain(`See the application in Tildel: ${APPLICATIONS_PAGE}`);
  });

  it('asks an admitted supplier for an updated self-declaration due in 5 working days, by email', async () => {
    const dps = await openDps();
    const a = await apply(dps, alpha);
    const refused = await call(app, await s(officer), {
      method: 'POST',
      url: `${base}/${dps.id}/declaration-requests`,
      payload: { supplierId: alpha.supplier.id },
    });
    expect(refused.statusCode).toBe(400); // not admitted yet
    await call(app, await s(officer), {
      method: 'POST',
      url: `${base}/${dps.id}/applications/${a.id}/approve`,
      payload: { version: a.version },
    });
    const requested = await call(app, await s(officer), {
      method: 'POST',
      url: `${base}/${dps.id}/declaration-requests`,
      payload: { supplierId: alpha.supplier.id },
    });
    expect(requested.statusCode, requested.body).toBe(201);
    expect(requested.json().dueAt).toBe('2026-11-30T22:59:59.999Z');
    const mail = await emailAbout(alpha.admin.user.email, dps, 'updated self-declaration');
    expect(mail.body).toContain('30 November 2026');
    expect(mail.body).toContain(`Answer in Tildel: ${APPLICATIONS_PAGE}`);

    const mine = (
      await call(app, await s(alpha.admin), {
        method: 'GET',
        url: `/api/organisations/${alpha.supplier.id}/dps-declaration-requests`,
      })
    ).json().items;
    const request = mine.find((r: { id: string }) => r.id === requested.json().id);
    expect(request.requirements).toHaveLength(4);
    const answered = await call(app, await s(alpha.admin), {
      method: 'POST',
      url: `/api/organisations/${alpha.supplier.id}/dps-declaration-requests/${request.id}/answer`,
      payload: {
        answers: request.requirements.map((r: { id: string }) => ({
          requirementId: r.id,
          declared: true,
        })),
      },
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json().answeredAt).not.toBeNull();
  });
});

describe('the reminder job', () => {
  it('reminds the owner’s procurement officers once, two working days before the deadline', async () => {
    const dps = await openDps();
    const a = await apply(dps, beta);
    const reminders = async () =>
      (await emailsTo(officer.user.email)).filter(
        (m) => m.subject.startsWith('Reminder') && m.body.includes(dps.reference),
      );
    clock.set(new Date('2026-12-02T12:00:00Z')); // Wednesday; due Monday 7 December
    await sendDueReminders(jobDeps);
    expect(await reminders()).toHaveLength(0);
    clock.set(new Date('2026-12-03T08:00:00Z')); // Thursday: two working days before
    await sendDueReminders(jobDeps);
    await sendDueReminders(jobDeps);
    const sent = await reminders();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toContain(
      `Open the application queue in Tildel: http://tildel.test/dps/${dps.id}`,
    );
    const row = await db
      .selectFrom('dps_applications')
      .select('reminded_at')
      .where('id', '=', a.id)
      .executeTakeFirstOrThrow();
    expect(row.reminded_at).not.toBeNull();
  });
});

describe('who sees what', () => {
  it('another supplier cannot see an application, not even that it exists', async () => {
    const dps = await openDps();
    const a = await apply(dps, alpha);
    const peek = await call(app, await s(beta.admin), {
      method: 'GET',
      url: `/api/organisations/${beta.supplier.id}/dps-applications/${a.id}`,
    });
    expect(peek.statusCode).toBe(404);
    const withdraw = await call(app, await s(beta.admin), {
      method: 'POST',
      url: `/api/organisations/${beta.supplier.id}/dps-applications/${a.id}/withdraw`,
      payload: { version: a.version },
    });
    expect(withdraw.statusCode).toBe(404);
    const list = (
      await call(app, await s(beta.admin), {
        method: 'GET',
        url: `/api/organisations/${beta.supplier.id}/dps-applications`,
      })
    ).json();
    expect(list.items.some((i: { id: string }) => i.id === a.id)).toBe(false);
  });

  it('a participating municipality reads the DPS and its admitted suppliers, not its applications', async () => {
    const dps = await openDps();
    const a = await apply(dps, alpha);
    const municipal = `/api/organisations/${municipality.id}/dps`;
    const list = (await call(app, await s(buyer), { method: 'GET', url: municipal })).json();
    expect(
      list.items.some((i: { id: string; isOwner: boolean }) => i.id === dps.id && !i.isOwner),
    ).toBe(true);
    expect(
      (await call(app, await s(buyer), { method: 'GET', url: `${municipal}/${dps.id}` }))
        .statusCode,
    ).toBe(200);
    expect(
      (await call(app, await s(buyer), { method: 'GET', url: `${municipal}/${dps.id}/suppliers` }))
        .statusCode,
    ).toBe(200);
    expect(
      (
        await call(app, await s(buyer), {
          method: 'GET',
          url: `${municipal}/${dps.id}/applications`,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await call(app, await s(buyer), {
          method: 'GET',
          url: `${municipal}/${dps.id}/applications/${a.id}`,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('a municipality that does not participate sees nothing', async () => {
    const dps = await openDps();
    const url = `/api/organisations/${outsider.id}/dps`;
    expect(
      (await call(app, await s(outsiderBuyer), { method: 'GET', url: `${url}/${dps.id}` }))
        .statusCode,
    ).toBe(404);
    const list = (await call(app, await s(outsiderBuyer), { method: 'GET', url })).json();
    expect(list.items).toEqual([]);
  });

  it('audits each decision', async () => {
    const dps = await openDps();
    const a = await apply(dps, alpha);
    await call(app, await s(officer), {
      method: 'POST',
      url: `${base}/${dps.id}/applications/${a.id}/approve`,
      payload: { version: a.version },
    });
    const actions = await db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', a.id)
      .where('organisation_id', '=', body.id)
      .orderBy('seq')
      .execute();
    expect(actions.map((r) => r.action)).toEqual([
      'dps.application.received',
      'dps.application.approved',
    ]);
  });
});

describe('the lists in pages', () => {
  it('pages the systems and the queue with the total, sorted by reference and by supplier', async () => {
    const systems = [await openDps(), await openDps(), await openDps()];
    await expectPagedList({
      app,
      caller: await s(officer),
      url: base,
      atLeast: 3,
      sort: 'reference',
      value: (item) => String(item.reference),
    });
    const gamma = await supplierWithDocuments('Gamma Omsorg AB');
    for (const who of [alpha, beta, gamma]) {
      clock.advance(60_000);
      await apply(systems[0]!, who);
    }
    await expectPagedList({
      app,
      caller: await s(officer),
      url: `${base}/${systems[0]!.id}/applications`,
      atLeast: 3,
      sort: 'supplier',
      value: (item) => String((item.supplier as { name: string }).name),
    });
    // The supplier's own applications, one to each system, received a minute apart.
    for (const dps of systems.slice(1)) {
      clock.advance(60_000);
      await apply(dps, gamma);
    }
    await expectPagedList({
      app,
      caller: await s(gamma.admin),
      url: `/api/organisations/${gamma.supplier.id}/dps-applications`,
      atLeast: 3,
      sort: 'received',
      value: (item) => String(item.receivedAt),
    });
  });
});

describe('the lists as downloads', () => {
  // One system: Alfa applied for both categories and was approved, then asked for an updated
  // self-declaration it answered denying one; Beta's application is pending.
  let dps: Dps;
  let svAlpha: Awaited<ReturnType<typeof member>>;
  const alphaRequests = `/api/organisations/${alpha.supplier.id}/dps-declaration-requests`;
  beforeAll(async () => {
    dps = await openDps();
    const a = await apply(dps, alpha, [youth, addiction]);
    clock.advance(60_000);
    await apply(dps, beta);
    await call(app, await s(officer), {
      method: 'POST',
      url: `${base}/${dps.id}/applications/${a.id}/approve`,
      payload: { version: a.version },
    });
    const requested = (
      await call(app, await s(officer), {
        method: 'POST',
        url: `${base}/${dps.id}/declaration-requests`,
        payload: { supplierId: alpha.supplier.id },
      })
    ).json<{ id: string }>();
    const [toAnswer] = (
      await call(app, await s(alpha.admin), { method: 'GET', url: alphaRequests })
    )
      .json<{ items: { id: string; requirements: { id: string }[] }[] }>()
      .items.filter((r) => r.id === requested.id);
    const answered = await call(app, await s(alpha.admin), {
      method: 'POST',
      url: `${alphaRequests}/${requested.id}/answer`,
      payload: {
        answers: toAnswer!.requirements.map((r, i) => ({ requirementId: r.id, declared: i > 0 })),
      },
    });
    expect(answered.statusCode, answered.body).toBe(200);
    svAlpha = await createMember(db, clock, alpha.supplier.id, ['supplier_admin'], {
      locale: 'sv',
    });
  });

  it('the systems as on the list, a participating municipality’s owner marked, statuses as words', async () => {
    const sort = 'sort=reference&order=asc';
    const items = (
      await call(app, await s(officer), { method: 'GET', url: `${base}?${sort}&limit=200` })
    ).json<{ items: { reference: string }[] }>().items;
    const csv = await csvDownload(app, await s(officer), `${base}/export?${sort}&format=csv`);
    expect(csv.header).toEqual(['Title', 'Reference', 'Owner', 'Valid from', 'Valid to', 'Status']);
    expect(csv.rows.map((r) => r[1])).toEqual(items.map((d) => d.reference));
    expect(csv.rows.find((r) => r[1] === dps.reference)).toEqual([
      'Hyrsocionomer',
      dps.reference,
      'Testupphandling',
      '2026-11-23',
      '2030-11-22',
      'Open',
    ]);
    const sheet = await xlsxDownload(
      app,
      await s(buyer),
      `/api/organisations/${municipality.id}/dps/export?format=xlsx`,
    );
    const mine = sheetRows(sheet).find((r) => r[1] === dps.reference)!;
    expect(mine[2]).toBe('Testupphandling (participating)');
    expect(mine[3]).toEqual(new Date('2026-11-23T00:00:00Z'));
    const supplierAsks = await call(app, await s(alpha.admin), {
      method: 'GET',
      url: `/api/organisations/${alpha.supplier.id}/dps/export?format=csv`,
    });
    expect(supplierAsks.statusCode).toBe(403);
  });

  it('the queue with its status filter, categories by name and the decision clock in words', async () => {
    const queue = `${base}/${dps.id}/applications`;
    // By supplier: by default the nearest decision comes first, and these two are due together.
    const csv = await csvDownload(
      app,
      await s(officer),
      `${queue}/export?sort=supplier&format=csv`,
    );
    expect(csv.header).toEqual([
      'Supplier',
      'Categories',
      'Received',
      'Decision due',
      'Time left',
      'Status',
    ]);
    expect(csv.rows.map((r) => [r[0], r[5]])).toEqual([
      ['Alfa Bemanning AB', 'Approved'],
      ['Beta Socionomer AB', 'Pending'],
    ]);
    expect(csv.rows[0]![1]).toMatch(/youth.*, .*addiction|addiction.*, .*youth/i);
    expect(csv.rows[1]![4]).toMatch(/^due in \d+ working days$/);
    const pending = await xlsxDownload(
      app,
      await s(officer),
      `${queue}/export?status=pending&format=xlsx`,
    );
    const rows = sheetRows(pending);
    expect(rows.map((r) => r[0])).toEqual(['Beta Socionomer AB']);
    expect(rows[0]![2]).toBeInstanceOf(Date);
    const municipalityAsks = await call(app, await s(buyer), {
      method: 'GET',
      url: `/api/organisations/${municipality.id}/dps/${dps.id}/applications/export?format=csv`,
    });
    expect(municipalityAsks.statusCode).toBe(404);
    const supplierAsks = await call(app, await s(alpha.admin), {
      method: 'GET',
      url: `/api/organisations/${alpha.supplier.id}/dps/${dps.id}/applications/export?format=csv`,
    });
    expect(supplierAsks.statusCode).toBe(403);
  });

  it('the supplier’s own applications in Swedish, only its own', async () => {
    const own = `/api/organisations/${alpha.supplier.id}/dps-applications`;
    const items = (
      await call(app, await s(svAlpha), { method: 'GET', url: `${own}?sort=received&limit=200` })
    ).json<{ items: { id: string; dps: { reference: string }; status: string }[] }>().items;
    const csv = await csvDownload(
      app,
      await s(svAlpha),
      `${own}/export?sort=received&format=csv`,
      ';',
    );
    expect(csv.header).toEqual([
      'System',
      'Referens',
      'Kategorier',
      'Mottagen',
      'Status',
      'Beslut senast',
      'Tid kvar',
      'Skäl',
    ]);
    expect(csv.rows.map((r) => r[1])).toEqual(items.map((i) => i.dps.reference));
    expect(csv.rows.find((r) => r[1] === dps.reference)?.[4]).toBe('Godkänd');
    const sheet = await xlsxDownload(
      app,
      await s(beta.admin),
      `/api/organisations/${beta.supplier.id}/dps-applications/export?format=xlsx`,
    );
    expect(sheetRows(sheet).every((r) => r[4] !== 'Approved')).toBe(true);
    expect(sheetRows(sheet).some((r) => r[1] === dps.reference && r[4] === 'Pending')).toBe(true);
    const officerAsks = await call(app, await s(officer), {
      method: 'GET',
      url: `/api/organisations/${body.id}/dps-applications/export?format=csv`,
    });
    expect(officerAsks.statusCode).toBe(403);
  });

  it('the requests for updated self-declarations on both sides, the answer in words', async () => {
    const owner = await csvDownload(
      app,
      await s(officer),
      `${base}/${dps.id}/declaration-requests/export?format=csv`,
    );
    expect(owner.header).toEqual(['Supplier', 'Requested', 'Answer due', 'Answer', 'Answered']);
    expect(owner.rows.map((r) => [r[0], r[3]])).toEqual([
      ['Alfa Bemanning AB', 'Not every declaration confirmed'],
    ]);
    const sheet = await xlsxDownload(app, await s(svAlpha), `${alphaRequests}/export?format=xlsx`);
    const row = sheetRows(sheet).find((r) => r[1] === dps.reference)!;
    expect(row.slice(0, 2)).toEqual(['Hyrsocionomer', dps.reference]);
    expect(row[3]).toBeInstanceOf(Date);
    expect(row[4]).toBe('Inte alla försäkringar bekräftade');
    expect(row[5]).toBeInstanceOf(Date);
    const supplierAsksOwner = await call(app, await s(alpha.admin), {
      method: 'GET',
      url: `/api/organisations/${alpha.supplier.id}/dps/${dps.id}/declaration-requests/export?format=csv`,
    });
    expect(supplierAsksOwner.statusCode).toBe(403);
    const officerAsks = await call(app, await s(officer), {
      method: 'GET',
      url: `/api/organisations/${body.id}/dps-declaration-requests/export?format=csv`,
    });
    expect(officerAsks.statusCode).toBe(403);
  });
});

describe('admitted suppliers', () => {
  it('pages the admissions with their total, for the owner and for an admitted supplier', async () => {
    // Admissions, one row per supplier and category: Delta in two categories, Epsilon in one.
    // Delta sees its competitors in both of its categories.
    const admitting = await openDps();
    const delta = await supplierWithDocuments('Delta Vård AB');
    const epsilon = await supplierWithDocuments('Epsilon Stöd AB');
    for (const [who, categoryIds] of [
      [delta, [youth, addiction]],
      [epsilon, [youth]],
    ] as const) {
      const a = await apply(admitting, who, [...categoryIds]);
      const approved = await call(app, await s(officer), {
        method: 'POST',
        url: `${base}/${admitting.id}/applications/${a.id}/approve`,
        payload: { version: a.version },
      });
      expect(approved.statusCode, approved.body).toBe(200);
    }
    const admission = (item: Record<string, unknown>) =>
      `${(item.category as { id: string }).id}:${(item.supplier as { id: string }).id}`;
    for (const [caller, url] of [
      [await s(officer), `${base}/${admitting.id}/suppliers`],
      [
        await s(delta.admin),
        `/api/organisations/${delta.supplier.id}/dps-market/${admitting.id}/suppliers`,
      ],
    ] as const) {
      await expectPagedList({
        app,
        caller,
        url,
        atLeast: 3,
        sort: 'supplier',
        value: (item) => String((item.supplier as { name: string }).name),
        key: admission,
      });
    }
  });
});

describe('the market', () => {
  it('pages the open systems with their total, and the supplier’s documents beside them', async () => {
    await openDps();
    await expectPagedList({
      app,
      caller: await s(alpha.admin),
      url: `/api/organisations/${alpha.supplier.id}/dps-market`,
      atLeast: 3,
      sort: 'reference',
      value: (item) => String(item.reference),
    });
    const market = await call(app, await s(alpha.admin), {
      method: 'GET',
      url: `/api/organisations/${alpha.supplier.id}/dps-market?limit=1`,
    });
    expect(market.json().items).toHaveLength(1);
    expect(market.json().documents.length).toBeGreaterThan(0);
  });
});
