// Call-off drafts: Kristianstad's buyer takes a submitted need to a lot or a DPS category; the
// procedure is derived server-side and kept with its reason; requirements and the evaluation
// model are replaced while it is a draft; cancelling gives the need back. The clock stands at
// 2026-11-23.
import { describe, expect, it } from 'vitest';
import { call, createTestApp, type Caller } from './support/app.ts';
import { createOrganisation, createSession, createUser } from './support/factories.ts';
import { expectBadPagesRefused, expectPages, expectSorted } from './support/paging.ts';
import { PLACEMENT_NEED } from './support/tendering.ts';

const { app, database, clock } = await createTestApp();
const db = database.db;
const now = clock.now();

const body = await createOrganisation(db, { kind: 'procurement_body', name: 'Sydupphandling' });
const kristianstad = await createOrganisation(db, { kind: 'municipality', name: 'Kristianstad' });
const hassleholm = await createOrganisation(db, { kind: 'municipality', name: 'Hässleholm' });
await db
  .updateTable('organisations')
  .set({ municipality_code: '1290' })
  .where('id', '=', kristianstad.id)
  .execute();

async function sessionOf(organisationId: string, roles: ('caseworker' | 'buyer')[]) {
  const user = await createUser(db, { memberships: [{ organisationId, roles }] });
  return createSession(db, clock, user.id, organisationId);
}
const caseworker = await sessionOf(kristianstad.id, ['caseworker']);
const buyer = await sessionOf(kristianstad.id, ['buyer']);
const neighbourBuyer = await sessionOf(hassleholm.id, ['buyer']);

const hvb = await db
  .insertInto('service_categories')
  .values({
    organisation_id: body.id,
    code: 'hvb_youth',
    service_kind: 'hvb',
    name_sv: 'HVB ungdom',
    name_da: 'Døgninstitution unge',
    name_en: 'Residential care, youth',
    default_unit: 'day',
    created_at: now,
  })
  .returning('id')
  .executeTakeFirstOrThrow();

const agreement = await db
  .insertInto('framework_agreements')
  .values({
    organisation_id: body.id,
    reference: 'SYD-2025-014',
    title: 'HVB för barn och unga',
    country: 'SE',
    status: 'active',
    starts_on: '2026-01-01',
    ends_on: '2027-12-31',
    created_at: now,
  })
  .returning('id')
  .executeTakeFirstOrThrow();
await db
  .insertInto('agreement_municipalities')
  .values([
    { agreement_id: agreement.id, municipality_id: kristianstad.id },
    { agreement_id: agreement.id, municipality_id: hassleholm.id },
  ])
  .execute();
const [rankedLot, otherAreaLot] = await db
  .insertInto('agreement_lots')
  .values([
    {
      agreement_id: agreement.id,
      organisation_id: body.id,
      number: 1,
      name: 'Skåne nordost',
      category_id: hvb.id,
      calloff_method: 'ranking',
    },
    {
      agreement_id: agreement.id,
      organisation_id: body.id,
      number: 2,
      name: 'Hässleholm',
      category_id: hvb.id,
      calloff_method: 'ranking',
      area_municipality_codes: ['1293'],
    },
  ])
  .returning('id')
  .execute();

async function need(submit = true) {
  const created = await call(app, caseworker, {
    method: 'POST',
    url: `/api/organisations/${kristianstad.id}/needs`,
    payload: PLACEMENT_NEED,
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json<{ id: string }>().id;
  if (submit) {
    const submitted = await call(app, caseworker, {
      method: 'POST',
      url: `/api/organisations/${kristianstad.id}/needs/${id}/submit`,
      payload: { version: 1 },
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
  }
  return id;
}

const calloffsUrl = (orgId = kristianstad.id) => `/api/organisations/${orgId}/calloffs`;

interface Detail {
  id: string;
  status: string;
  version: number;
  procedure: string;
  why: { code: string };
  need: { id: string; status: string; summary: { person: Record<string, unknown> } };
  requirements: { level: string; title: string; value: unknown; asks: unknown }[];
  model: { kind: string };
  setupProblems: { code: string; requirementPosition?: number }[];
  warning: string | null;
}

async function start(needId: string, lotId = rankedLot!.id, caller: Caller = buyer) {
  return call(app, caller, { method: 'POST', url: calloffsUrl(), payload: { needId, lotId } });
}

async function needStatus(needId: string) {
  const row = await db
    .selectFrom('needs')
    .select('status')
    .where('id', '=', needId)
    .executeTakeFirstOrThrow();
  return row.status;
}

describe('starting a call-off', () => {
  it('makes a draft with the procedure derived from the lot, and takes up the need', async () => {
    const needId = await need();
    const response = await start(needId);
    expect(response.statusCode, response.body).toBe(201);
    const detail = response.json<Detail>();
    expect(detail).toMatchObject({
      status: 'draft',
      procedure: 'ranking',
      why: { code: 'lot_uses_ranking' },
      model: { kind: 'lowest_price' },
      requirements: [],
      need: { id: needId, status: 'in_calloff' },
    });
    // The free text about the person is not part of the call-off.
    expect(detail.need.summary.person).not.toHaveProperty('needs');
    expect(await needStatus(needId)).toBe('in_calloff');

    const list = await call(app, buyer, {
      method: 'GET',
      url: `${calloffsUrl()}?status=draft&procedure=ranking`,
    });
    expect(list.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(detail.id);
    const none = await call(app, buyer, {
      method: 'GET',
      url: `${calloffsUrl()}?procedure=dps_specific_contract`,
    });
    expect(none.json<{ items: unknown[] }>().items).toEqual([]);

    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'object_id'])
      .where('object_id', 'in', [detail.id, needId])
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['calloff.created', 'need.in_calloff']),
    );
  });

  it('refuses a need that is still a draft', async () => {
    const needId = await need(false);
    const response = await start(needId);
    expect(response.statusCode).toBe(409);
    expect(response.json<{ detail: string }>().detail).toMatch(/submitted need/);
    expect(await needStatus(needId)).toBe('draft');
  });

  it("refuses a lot outside the municipality's area with the rule's reason", async () => {
    const needId = await need();
    const response = await start(needId, otherAreaLot!.id);
    expect(response.statusCode).toBe(409);
    const problem = response.json<{ detail: string; errors: { field: string }[] }>();
    expect(problem.detail).toBe(
      "Cannot be called off now: the municipality is outside the lot's area.",
    );
    expect(problem.errors[0]?.field).toBe('lotId');
    expect(await needStatus(needId)).toBe('submitted');
  });

  it("starts from the need's requirements when the web proposes them, audited with the draft", async () => {
    const needId = await need();
    const requirements = [
      {
        level: 'must',
        title: 'Målgrupp: ungdomar 13–17 år',
        criterion: { kind: 'yes_no' },
        asks: { about: 'target_group', code: 'youth_13_17' },
      },
      { level: 'must', title: 'Språk: somaliska', criterion: { kind: 'yes_no' } },
    ];
    const response = await call(app, buyer, {
      method: 'POST',
      url: calloffsUrl(),
      payload: { needId, lotId: rankedLot!.id, requirements },
    });
    expect(response.statusCode, response.body).toBe(201);
    const detail = response.json<Detail>();
    expect(detail.requirements.map((r) => [r.level, r.title, r.asks])).toEqual([
      ['must', 'Målgrupp: ungdomar 13–17 år', { about: 'target_group', code: 'youth_13_17' }],
      ['must', 'Språk: somaliska', null],
    ]);
    const audit = await db
      .selectFrom('audit_log')
      .select('after')
      .where('object_id', '=', detail.id)
      .where('action', '=', 'calloff.created')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.after)).toContain('Språk: somaliska');
  });

  it('refuses proposed requirements the draft could not hold, naming the field, and keeps the need', async () => {
    const needId = await need();
    const response = await call(app, buyer, {
      method: 'POST',
      url: calloffsUrl(),
      payload: {
        needId,
        lotId: rankedLot!.id,
        requirements: [
          { level: 'must', title: '  ', criterion: { kind: 'yes_no' } },
          {
            level: 'must',
            title: 'År i yrket',
            criterion: { kind: 'minimum', minimum: 2 },
            value: { kind: 'points', points: 5 },
          },
          {
            level: 'must',
            title: 'Utbildning',
            criterion: { kind: 'yes_no' },
            asks: { about: 'education', code: 'socionomexamen' },
          },
        ],
      },
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
    expect(fields).toEqual(['requirements.0.title', 'requirements.1.value', 'requirements.2.asks']);
    expect(await needStatus(needId)).toBe('submitted');
  });

  it('answers 404 for another municipality, both its need and its call-off', async () => {
    const needId = await need();
    const created = (await start(needId)).json<Detail>();
    const foreignStart = await call(app, neighbourBuyer, {
      method: 'POST',
      url: calloffsUrl(hassleholm.id),
      payload: { needId, lotId: rankedLot!.id },
    });
    expect(foreignStart.statusCode).toBe(404);
    const foreignRead = await call(app, neighbourBuyer, {
      method: 'GET',
      url: `${calloffsUrl(hassleholm.id)}/${created.id}`,
    });
    expect(foreignRead.statusCode).toBe(404);
    const foreignList = await call(app, neighbourBuyer, {
      method: 'GET',
      url: calloffsUrl(hassleholm.id),
    });
    expect(foreignList.json<{ items: unknown[] }>().items).toEqual([]);
  });
});

describe('requirements and the evaluation model of a draft', () => {
  const should = (title: string, value: object) => ({
    level: 'should',
    title,
    criterion: { kind: 'yes_no' },
    value,
  });

  it('stores them, shows setup problems and the weighted warning, and refuses a stale version', async () => {
    const created = (await start(await need())).json<Detail>();
    const url = `${calloffsUrl()}/${created.id}/evaluation`;
    const saved = await call(app, buyer, {
      method: 'PUT',
      url,
      payload: {
        version: created.version,
        requirements: [
          { level: 'must', title: 'Tillstånd från IVO', criterion: { kind: 'yes_no' } },
          {
            level: 'must',
            title: 'Erfarenhet av målgruppen, år',
            criterion: { kind: 'minimum', minimum: 3 },
          },
          should('Personal som talar arabiska', { kind: 'deduction', amountMinor: 5000 }),
        ],
        model: { kind: 'weighted_score', basis: 'unit_price', priceWeight: 60, qualityWeight: 40 },
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const detail = saved.json<Detail>();
    expect(detail.requirements.map((r) => r.level)).toEqual(['must', 'must', 'should']);
    expect(detail.warning).toBe('relative_scoring_can_reorder');
    // A deduction the weighted model ignores, and no quality points to score: shown, not refused.
    expect(detail.setupProblems).toEqual(
      expect.arrayContaining([
        { code: 'value_not_used_by_model', requirementPosition: 2 },
        { code: 'no_quality_points_possible' },
      ]),
    );

    const stale = await call(app, buyer, {
      method: 'PUT',
      url,
      payload: {
        version: created.version,
        requirements: [],
        model: { kind: 'lowest_price', basis: 'unit_price' },
      },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ detail: string }>().detail).toMatch(/Someone else changed/);

    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', created.id)
      .where('action', '=', 'calloff.evaluation_replaced')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('refuses values the domain rejects, naming each field', async () => {
    const created = (await start(await need())).json<Detail>();
    const response = await call(app, buyer, {
      method: 'PUT',
      url: `${calloffsUrl()}/${created.id}/evaluation`,
      payload: {
        version: created.version,
        requirements: [
          should('Arabiska', { kind: 'points', points: -5 }),
          should('arabiska', { kind: 'points', points: 5 }),
          { level: 'must', title: ' ', criterion: { kind: 'yes_no' } },
          { level: 'should', title: 'Utan värde', criterion: { kind: 'yes_no' } },
        ],
        model: { kind: 'weighted_score', basis: 'unit_price', priceWeight: 0, qualityWeight: 0 },
      },
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json<{ errors: { field: string; message: string }[] }>().errors;
    expect(fields).toEqual([
      { field: 'requirements.2.title', message: 'Fill in this field.' },
      {
        field: 'requirements.3.value',
        message: 'A should requirement needs a value: a deduction per unit or points.',
      },
    ]);

    const domain = await call(app, buyer, {
      method: 'PUT',
      url: `${calloffsUrl()}/${created.id}/evaluation`,
      payload: {
        version: created.version,
        requirements: [
          should('Arabiska', { kind: 'points', points: -5 }),
          should('arabiska', { kind: 'points', points: 5 }),
        ],
        model: { kind: 'weighted_score', basis: 'unit_price', priceWeight: 0, qualityWeight: 0 },
      },
    });
    expect(domain.statusCode).toBe(400);
    expect(domain.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual([
      'requirements.0.value',
      'requirements.1.title',
      'model.priceWeight',
    ]);
  });
});

describe('cancelling a draft', () => {
  it('cancels with a reason, gives the need back, and refuses further changes', async () => {
    const needId = await need();
    const created = (await start(needId)).json<Detail>();
    const cancelled = await call(app, buyer, {
      method: 'POST',
      url: `${calloffsUrl()}/${created.id}/cancel`,
      payload: { version: created.version, reason: 'Placeringen löstes inom egen regi.' },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json<Detail>()).toMatchObject({ status: 'cancelled' });
    expect(await needStatus(needId)).toBe('submitted');

    const again = await call(app, buyer, {
      method: 'PUT',
      url: `${calloffsUrl()}/${created.id}/evaluation`,
      payload: {
        version: cancelled.json<Detail>().version,
        requirements: [],
        model: { kind: 'lowest_price', basis: 'unit_price' },
      },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ detail: string }>().detail).toMatch(/no longer a draft/);

    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', 'in', [created.id, needId])
      .where('action', 'in', ['calloff.cancelled', 'need.returned'])
      .execute();
    expect(audit).toHaveLength(2);

    // The need can be called off again.
    expect((await start(needId)).statusCode).toBe(201);
  });
});

describe('the list in pages', () => {
  const list = {
    app,
    caller: buyer,
    url: calloffsUrl(),
    id: (c: { id: string; status: string }) => c.id,
  };

  it('gives each call-off once across the pages, with the total, sorted by status both ways', async () => {
    const drafts = [];
    for (let i = 0; i < 3; i++) drafts.push((await start(await need())).json<Detail>());
    const cancelled = await call(app, buyer, {
      method: 'POST',
      url: `${calloffsUrl()}/${drafts[0]!.id}/cancel`,
      payload: { version: drafts[0]!.version, reason: 'Löst inom egen regi.' },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);

    await expectPages(list);
    // Statuses sort in the order a call-off lives through them, not alphabetically: a draft
    // first, a cancelled one last.
    const place = (status: string) => (status === 'draft' ? 0 : status === 'cancelled' ? 2 : 1);
    await expectSorted(
      list,
      'status',
      (c) => c.status,
      (a, b) => place(a) - place(b),
    );
  });

  it('refuses a sort it does not know and a page larger than the largest', async () => {
    await expectBadPagesRefused(list);
  });
});
