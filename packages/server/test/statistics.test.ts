// The statistics views of insights over a small market: Kristianstad's call-offs on the joint
// body's HVB agreement and on its own DPS, Hässleholm's on the same agreement, and the body's
// own DPS and follow-up. Each figure is exact; each viewer sees only what is theirs.
import { deadlineAfterWorkingDays } from '@tildel/domain/calendar';
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { call, createTestApp, type Caller } from './support/app.ts';
import { createOrganisation, createSession, createUser } from './support/factories.ts';
import { csvLines, sheetOf, sheetRows } from './support/download.ts';
import { createMarket, type Market } from './support/tendering.ts';

const t = await createTestApp();
const db = t.database.db;
let market: Market;
let hassleholm: string;
let bodyDps: string;
let officer: Caller;
let hassleholmController: Caller;
let firm1: Caller;

const at = (iso: string) => new Date(iso);

async function calloff(options: {
  organisationId: string;
  procedure: 'ranking' | 'dps_specific_contract';
  status: 'draft' | 'open' | 'offering' | 'evaluation' | 'ordered' | 'cancelled';
  createdAt: string;
  submittedAt?: string;
  openedAt?: string;
}) {
  const createdBy = market.buyerUserId;
  const need = await db
    .insertInto('needs')
    .values({
      organisation_id: options.organisationId,
      kind: options.procedure === 'ranking' ? 'placement' : 'staffing',
      status: 'in_calloff',
      title: 'Behov',
      details: JSON.stringify({}),
      created_by: createdBy,
      created_at: at(options.createdAt),
      updated_at: at(options.createdAt),
      submitted_at: at(options.submittedAt ?? options.createdAt),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const source =
    options.procedure === 'ranking'
      ? { agreement_id: market.agreement.id, lot_id: market.agreement.lotId }
      : { dps_id: market.dps.id, category_id: market.dps.categoryId };
  const row = await db
    .insertInto('calloffs')
    .values({
      organisation_id: options.organisationId,
      need_id: need.id,
      ...source,
      procedure: options.procedure,
      procedure_reason: JSON.stringify({ code: 'test' }),
      expected_volume: 30,
      expected_unit: 'day',
      currency: 'SEK',
      evaluation_model: JSON.stringify({ kind: 'lowest_price', basis: 'unit_price' }),
      status: options.status,
      title: 'Avrop',
      created_by: createdBy,
      created_at: at(options.createdAt),
      updated_at: at(options.createdAt),
      opened_at: options.openedAt ? at(options.openedAt) : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function invite(
  calloffId: string,
  organisationId: string,
  supplierId: string,
  kind: 'offer' | 'tender',
  answer: { accepted?: boolean; declined?: boolean; bid?: boolean } = {},
) {
  await db
    .insertInto('calloff_invitations')
    .values({
      calloff_id: calloffId,
      organisation_id: organisationId,
      supplier_id: supplierId,
      kind,
      invited_at: at('2026-03-02T09:00:00Z'),
      response_deadline: kind === 'offer' ? at('2026-03-04T09:00:00Z') : null,
      accepted_at: answer.accepted ? at('2026-03-03T09:00:00Z') : null,
      declined_at: answer.declined ? at('2026-03-03T09:00:00Z') : null,
      decline_reason: answer.declined ? 'Fullt' : null,
    })
    .execute();
  if (answer.bid) await bid(calloffId, supplierId);
}

/** A submitted bid of the supplier in the call-off; its id. */
async function bid(calloffId: string, supplierId: string) {
  const row = await db
    .insertInto('bids')
    .values({
      calloff_id: calloffId,
      supplier_id: supplierId,
      status: 'submitted',
      iv: 'iv',
      ciphertext: 'sealed',
      auth_tag: 'tag',
      receipt_sha256: 'x'.repeat(64),
      received_at: at('2026-03-03T09:00:00Z'),
      first_received_at: at('2026-03-03T09:00:00Z'),
      submitted_by: market.buyerUserId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function order(calloffId: string, organisationId: string, supplierId: string, on: string) {
  await db
    .insertInto('orders')
    .values({
      organisation_id: organisationId,
      calloff_id: calloffId,
      supplier_id: supplierId,
      reference: `O-${calloffId.slice(0, 8)}`,
      unit_price_minor: 310_000,
      currency: 'SEK',
      unit: 'day',
      start_date: on.slice(0, 10),
      expected_volume: 30,
      created_by: market.buyerUserId,
      created_at: at(on),
      updated_at: at(on),
    })
    .execute();
}

async function deviation(
  calloffId: string,
  organisationId: string,
  supplierId: string,
  reason: 'continuity_for_person' | 'other',
) {
  await db
    .insertInto('ranking_deviations')
    .values({
      agreement_id: market.agreement.id,
      lot_id: market.agreement.lotId,
      calloff_id: calloffId,
      organisation_id: organisationId,
      supplier_id: supplierId,
      rank: 1,
      reason_code: reason,
      reason_text: 'Fritext som inte visas',
      decided_by: market.buyerUserId,
      decided_at: at('2026-03-05T09:00:00Z'),
    })
    .execute();
}

beforeAll(async () => {
  market = await createMarket(t);
  const k = market.kristianstad.id;
  const [home1, home2] = market.hvbHomes.map((h) => h.id) as [string, string];
  const [f1, f2, f3] = market.staffingFirms.map((f) => f.id) as [string, string, string];

  hassleholm = (await createOrganisation(db, { kind: 'municipality', name: 'Hässleholm' })).id;
  await db
    .insertInto('agreement_municipalities')
    .values({ agreement_id: market.agreement.id, municipality_id: hassleholm })
    .execute();
  const member = async (
    organisationId: string,
    roles: ('controller' | 'procurement_officer')[],
  ) => {
    const user = await createUser(db, { memberships: [{ organisationId, roles }] });
    return createSession(db, t.clock, user.id, organisationId);
  };
  officer = await member(market.body.id, ['procurement_officer']);
  hassleholmController = await member(hassleholm, ['controller']);
  firm1 = market.staffingFirms[0]!.caller;

  // Kristianstad on the body's agreement: one ordered (home 1 declined, home 2 won), one still
  // offering (home 1 skipped for continuity, home 2 not yet answered).
  const k1 = await calloff({
    organisationId: k,
    procedure: 'ranking',
    status: 'ordered',
    createdAt: '2026-03-02T08:00:00Z',
    submittedAt: '2026-03-02T08:00:00Z',
  });
  await invite(k1, k, home1, 'offer', { declined: true });
  await invite(k1, k, home2, 'offer', { accepted: true });
  await order(k1, k, home2, '2026-03-12T10:00:00Z');
  const k2 = await calloff({
    organisationId: k,
    procedure: 'ranking',
    status: 'offering',
    createdAt: '2026-06-01T08:00:00Z',
  });
  await deviation(k2, k, home1, 'continuity_for_person');
  await invite(k2, k, home2, 'offer');
  // Kristianstad on its own DPS: one opened, one still sealed, one cancelled, one draft.
  const k3 = await calloff({
    organisationId: k,
    procedure: 'dps_specific_contract',
    status: 'evaluation',
    createdAt: '2026-03-02T08:00:00Z',
    openedAt: '2026-03-20T09:00:00Z',
  });
  await invite(k3, k, f1, 'tender', { bid: true });
  await invite(k3, k, f2, 'tender', { declined: true });
  await invite(k3, k, f3, 'tender');
  const k4 = await calloff({
    organisationId: k,
    procedure: 'dps_specific_contract',
    status: 'open',
    createdAt: '2026-03-02T08:00:00Z',
  });
  await invite(k4, k, f1, 'tender', { bid: true });
  await invite(k4, k, f2, 'tender', { declined: true });
  await calloff({
    organisationId: k,
    procedure: 'dps_specific_contract',
    status: 'cancelled',
    createdAt: '2026-03-02T08:00:00Z',
  });
  await calloff({
    organisationId: k,
    procedure: 'dps_specific_contract',
    status: 'draft',
    createdAt: '2026-03-02T08:00:00Z',
  });
  // Hässleholm on the same agreement: home 1 skipped for another reason, then won it itself.
  const h1 = await calloff({
    organisationId: hassleholm,
    procedure: 'ranking',
    status: 'ordered',
    createdAt: '2026-04-01T08:00:00Z',
  });
  await deviation(h1, hassleholm, home2, 'other');
  await invite(h1, hassleholm, home1, 'offer', { accepted: true });
  await order(h1, hassleholm, home1, '2026-04-04T10:00:00Z');

  // The body's own DPS, for Hässleholm: one decided in 6 working days, one in 11 (late, with
  // Ascension Day not counted), one still waiting past its clock.
  bodyDps = (
    await db
      .insertInto('dynamic_purchasing_systems')
      .values({
        organisation_id: market.body.id,
        reference: 'SYD-DIS-2026-02',
        title: 'Stödboende',
        country: 'SE',
        status: 'open',
        valid_from: '2026-01-01',
        valid_to: '2029-12-31',
        initial_period_ends_on: '2026-02-01',
        created_at: at('2026-01-01T08:00:00Z'),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  await db
    .insertInto('dps_municipalities')
    .values({ dps_id: bodyDps, municipality_id: hassleholm })
    .execute();
  const receivedAt = at('2026-05-04T08:00:00Z');
  const dueAt = deadlineAfterWorkingDays(receivedAt, 10, 'SE');
  // The second is decided at 00:30 on 20 May in Sweden, still 19 May in UTC: the working days
  // are counted between Swedish days.
  for (const [i, decidedAt] of ['2026-05-12T10:00:00Z', '2026-05-19T22:30:00Z', null].entries()) {
    await db
      .insertInto('dps_applications')
      .values({
        dps_id: bodyDps,
        organisation_id: market.body.id,
        supplier_id: market.staffingFirms[i]!.id,
        status: decidedAt ? 'approved' : 'pending',
        received_at: receivedAt,
        in_initial_period: false,
        decision_due_at: dueAt,
        decided_at: decidedAt ? at(decidedAt) : null,
      })
      .execute();
  }

  // The body's follow-up plan for 2026: 4 visits wanted; 2 done, 1 planned, 1 cancelled. Requests
  // for correction: one open past its deadline, one answered, one accepted (closed).
  const plan = await db
    .insertInto('followup_plans')
    .values({
      organisation_id: market.body.id,
      year: 2026,
      target_visits: 4,
      created_by: market.buyerUserId,
      created_at: at('2026-01-05T08:00:00Z'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const home = market.hvbHomes[0]!;
  for (const status of ['done', 'done', 'planned', 'cancelled'] as const) {
    await db
      .insertInto('planned_visits')
      .values({
        plan_id: plan.id,
        organisation_id: market.body.id,
        agreement_id: market.agreement.id,
        supplier_id: home.id,
        establishment_id: home.establishmentId!,
        status,
        created_at: at('2026-01-05T08:00:00Z'),
      })
      .execute();
  }
  for (const [status, deadline] of [
    ['open', '2026-10-01'],
    ['answered', '2026-12-20'],
    ['accepted', '2026-10-01'],
  ] as const) {
    await db
      .insertInto('correction_requests')
      .values({
        organisation_id: market.body.id,
        agreement_id: market.agreement.id,
        supplier_id: home.id,
        description: 'Bemanning',
        country: 'SE',
        sent_on: '2026-09-01',
        deadline,
        status,
        created_by: market.buyerUserId,
        created_at: at('2026-09-01T08:00:00Z'),
      })
      .execute();
  }
});

async function view<T>(caller: Caller, orgId: string, name: string, query = '', locale = 'en') {
  const response = await call(t.app, caller, {
    method: 'GET',
    url: `/api/organisations/${orgId}/insights/statistics/${name}${query}`,
    locale,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<T>();
}

interface ProcedureRow {
  procedure: string;
  total: number;
  [outcome: string]: number | string;
}
const byProcedure = (items: ProcedureRow[]) =>
  Object.fromEntries(items.map(({ procedure, ...rest }) => [procedure, rest]));

describe('call-offs per procedure', () => {
  it('counts a municipality’s own call-offs past the draft by procedure and outcome', async () => {
    const { items } = await view<{ items: ProcedureRow[] }>(
      market.controller,
      market.kristianstad.id,
      'procedures',
    );
    const rows = byProcedure(items);
    expect(rows.ranking).toMatchObject({ total: 2, ordered: 1, offering: 1, open: 0 });
    expect(rows.dps_specific_contract).toMatchObject({
      total: 3,
      evaluation: 1,
      open: 1,
      cancelled: 1,
    });
    expect(rows.renewed_competition).toMatchObject({ total: 0 });
  });

  it('gives the body every municipality’s call-offs under its agreements, none of a municipality’s own DPS', async () => {
    const rows = byProcedure(
      (await view<{ items: ProcedureRow[] }>(officer, market.body.id, 'procedures')).items,
    );
    expect(rows.ranking).toMatchObject({ total: 3, ordered: 2, offering: 1 });
    expect(rows.dps_specific_contract).toMatchObject({ total: 0 });
  });

  it('shows Hässleholm nothing of Kristianstad’s', async () => {
    const rows = byProcedure(
      (await view<{ items: ProcedureRow[] }>(hassleholmController, hassleholm, 'procedures')).items,
    );
    expect(rows.ranking).toMatchObject({ total: 1, ordered: 1 });
    expect(rows.dps_specific_contract).toMatchObject({ total: 0 });
  });

  it('narrows by municipality, procedure and period', async () => {
    const q = `?municipalityId=${hassleholm}`;
    const rows = byProcedure(
      (await view<{ items: ProcedureRow[] }>(officer, market.body.id, 'procedures', q)).items,
    );
    expect(rows.ranking).toMatchObject({ total: 1 });
    const march = byProcedure(
      (
        await view<{ items: ProcedureRow[] }>(
          market.controller,
          market.kristianstad.id,
          'procedures',
          '?from=2026-03-01&to=2026-03-31&procedure=ranking',
        )
      ).items,
    );
    expect(march.ranking).toMatchObject({ total: 1, ordered: 1 });
    expect(march.dps_specific_contract).toMatchObject({ total: 0 });
  });

  it('refuses a period that ends before it begins, in the caller’s language', async () => {
    const chosen = await call(t.app, hassleholmController, {
      method: 'PUT',
      url: '/api/me/locale',
      payload: { locale: 'sv' },
    });
    expect(chosen.statusCode, chosen.body).toBeLessThan(300);
    const response = await call(t.app, hassleholmController, {
      method: 'GET',
      url: `/api/organisations/${hassleholm}/insights/statistics/procedures?from=2026-05-01&to=2026-04-01`,
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toContain('Periodens slut ligger före dess början.');
  });
});

describe('ranking deviations', () => {
  it('counts the reasons and names the skipped supplier, without the free text', async () => {
    const mine = await view<{
      reasons: { reason: string; count: number }[];
      items: { supplier: { name: string }; reason: string; municipality: { name: string } }[];
    }>(market.controller, market.kristianstad.id, 'deviations');
    expect(mine.reasons.filter((r) => r.count > 0)).toEqual([
      { reason: 'continuity_for_person', count: 1 },
    ]);
    expect(mine.items).toMatchObject([
      { supplier: { name: 'HVB-hemmet 1 AB' }, reason: 'continuity_for_person' },
    ]);
    expect(JSON.stringify(mine)).not.toContain('Fritext');

    const body = await view<{ reasons: { reason: string; count: number }[] }>(
      officer,
      market.body.id,
      'deviations',
    );
    expect(body.reasons.filter((r) => r.count > 0)).toEqual([
      { reason: 'continuity_for_person', count: 1 },
      { reason: 'other', count: 1 },
    ]);
  });
});

interface SupplierRow {
  supplier: { name: string };
  invited: number;
  settled: number;
  responded: number;
  declined: number;
  bid: number;
  won: number;
  responseRate: number | null;
  declineRate: number | null;
  bidRate: number | null;
  winShare: number | null;
}
const bySupplier = (items: SupplierRow[]) =>
  Object.fromEntries(items.map(({ supplier, ...rest }) => [supplier.name, rest]));

describe('supplier response, decline, bid and win rates', () => {
  it('counts a sealed call-off’s bids and declines only as invitations until it is opened', async () => {
    const rows = bySupplier(
      (await view<{ items: SupplierRow[] }>(market.controller, market.kristianstad.id, 'suppliers'))
        .items,
    );
    expect(rows).toEqual({
      'Bemanning 1 AB': {
        invited: 2,
        settled: 1,
        responded: 1,
        declined: 0,
        bid: 1,
        won: 0,
        responseRate: 1,
        declineRate: 0,
        bidRate: 1,
        winShare: 0,
      },
      'Bemanning 2 AB': {
        invited: 2,
        settled: 1,
        responded: 1,
        declined: 1,
        bid: 0,
        won: 0,
        responseRate: 1,
        declineRate: 1,
        bidRate: 0,
        winShare: 0,
      },
      'Bemanning 3 AB': {
        invited: 1,
        settled: 1,
        responded: 0,
        declined: 0,
        bid: 0,
        won: 0,
        responseRate: 0,
        declineRate: 0,
        bidRate: 0,
        winShare: 0,
      },
      'HVB-hemmet 1 AB': {
        invited: 1,
        settled: 1,
        responded: 1,
        declined: 1,
        bid: 0,
        won: 0,
        responseRate: 1,
        declineRate: 1,
        bidRate: 0,
        winShare: 0,
      },
      'HVB-hemmet 2 AB': {
        invited: 2,
        settled: 2,
        responded: 1,
        declined: 0,
        bid: 1,
        won: 1,
        responseRate: 0.5,
        declineRate: 0,
        bidRate: 0.5,
        winShare: 0.5,
      },
    });
  });

  it('gives the body a supplier’s answers across every municipality', async () => {
    const rows = bySupplier(
      (await view<{ items: SupplierRow[] }>(officer, market.body.id, 'suppliers')).items,
    );
    expect(Object.keys(rows)).toEqual(['HVB-hemmet 1 AB', 'HVB-hemmet 2 AB']);
    expect(rows['HVB-hemmet 1 AB']).toMatchObject({
      invited: 2,
      responded: 2,
      declined: 1,
      bid: 1,
      won: 1,
      winShare: 0.5,
    });
  });

  it('gives a supplier its own figures and nothing of others or of the call-offs', async () => {
    const firm = market.staffingFirms[0]!.id;
    const { items } = await view<{ items: SupplierRow[] }>(firm1, firm, 'suppliers');
    expect(items.map((i) => i.supplier.name)).toEqual(['Bemanning 1 AB']);
    expect(items[0]).toMatchObject({ invited: 2, settled: 1, bid: 1 });
    const procedures = await view<{ items: ProcedureRow[] }>(firm1, firm, 'procedures');
    expect(procedures.items.every((i) => i.total === 0)).toBe(true);
    const deviations = await view<{ items: unknown[] }>(firm1, firm, 'deviations');
    expect(deviations.items).toEqual([]);
  });
});

describe('time from need to order', () => {
  it('gives the median and distribution in whole days', async () => {
    const mine = await view<{ orders: number; medianDays: number; buckets: unknown[] }>(
      market.controller,
      market.kristianstad.id,
      'lead-times',
    );
    expect(mine).toMatchObject({ orders: 1, medianDays: 10 });
    const body = await view<{
      orders: number;
      medianDays: number;
      buckets: { from: number; to: number | null; count: number }[];
      byProcedure: { procedure: string; orders: number; medianDays: number | null }[];
    }>(officer, market.body.id, 'lead-times');
    expect(body).toMatchObject({ orders: 2, medianDays: 6.5 });
    expect(body.buckets.slice(0, 2)).toEqual([
      { from: 0, to: 7, count: 1 },
      { from: 8, to: 14, count: 1 },
    ]);
    expect(body.byProcedure).toContainEqual({ procedure: 'ranking', orders: 2, medianDays: 6.5 });
  });
});

describe('DPS decision times', () => {
  it('counts decisions on time and late against the working-day clock, and those waiting past it', async () => {
    const body = await view<{ clockWorkingDays: number; items: unknown[] }>(
      officer,
      market.body.id,
      'dps-decisions',
    );
    expect(body.clockWorkingDays).toBe(10);
    expect(body.items).toEqual([
      {
        dps: { id: bodyDps, reference: 'SYD-DIS-2026-02', title: 'Stödboende' },
        decided: 2,
        onTime: 1,
        late: 1,
        pending: 1,
        pendingOverdue: 1,
        medianWorkingDays: 8.5,
      },
    ]);
    // Kristianstad sees its own DPS and not the body's, which it does not take part in.
    const mine = await view<{ items: { dps: { reference: string }; decided: number }[] }>(
      market.controller,
      market.kristianstad.id,
      'dps-decisions',
    );
    expect(mine.items.map((i) => [i.dps.reference, i.decided])).toEqual([['KS-DIS-2026-01', 3]]);
  });
});

describe('follow-up coverage', () => {
  it('gives the body its plan against the target and the requests for correction still open', async () => {
    const body = await view<{ plans: unknown[]; corrections: unknown[] }>(
      officer,
      market.body.id,
      'followup',
    );
    expect(body.plans).toMatchObject([
      { year: 2026, body: 'Sydupphandling', target: 4, planned: 3, done: 2, coverage: 0.5 },
    ]);
    expect(body.corrections).toMatchObject([
      { agreement: { reference: 'SYD-2025-014' }, open: 1, answered: 1, overdue: 1 },
    ]);
  });

  it('gives a participating municipality the visits on its agreements but not the body’s target', async () => {
    const mine = await view<{ plans: unknown[] }>(
      market.controller,
      market.kristianstad.id,
      'followup',
    );
    expect(mine.plans).toMatchObject([{ target: null, planned: 3, done: 2, coverage: 0.6667 }]);
    const firm = await view<{ plans: unknown[]; corrections: unknown[] }>(
      firm1,
      market.staffingFirms[0]!.id,
      'followup',
    );
    expect(firm).toEqual({ plans: [], corrections: [] });
  });
});

describe('the tables under the charts as files', () => {
  const download = (caller: Caller, orgId: string, table: string, query: string, locale = 'en') =>
    call(t.app, caller, {
      method: 'GET',
      url: `/api/organisations/${orgId}/insights/statistics/${table}/export?${query}`,
      locale,
    });

  type Answer = Record<string, { [key: string]: unknown }[]>;
  // Each table: the view it comes from, the answer's rows, its header and its first column.
  const TABLES: {
    table: string;
    view: string;
    rows: string;
    header: string;
    first: (row: { [key: string]: unknown }) => unknown;
  }[] = [
    {
      table: 'procedures',
      view: 'procedures',
      rows: 'items',
      header:
        'Procedure,Open for bids,Offered by ranking,In evaluation,Awarded,Ordered,No contract,Cancelled,Total',
      first: (r) =>
        ({
          ranking: 'Ranking',
          renewed_competition: 'Renewed competition',
          dps_specific_contract: 'DPS specific contract',
        })[r.procedure as string],
    },
    {
      table: 'deviations/reasons',
      view: 'deviations',
      rows: 'reasons',
      header: 'Reason,Deviations',
      first: (r) =>
        ({
          continuity_for_person: 'Continuity for the person',
          siblings_placed_together: 'Siblings placed together',
          cannot_meet_must_requirement: 'Cannot meet a must requirement',
          other: 'Other',
        })[r.reason as string],
    },
    {
      table: 'deviations',
      view: 'deviations',
      rows: 'items',
      header: 'Date,Municipality,Agreement,Supplier,Rank,Reason',
      first: (r) => new Date(r.decidedAt as string),
    },
    {
      table: 'suppliers',
      view: 'suppliers',
      rows: 'items',
      header:
        'Supplier,Invited,Answers known,Responded,Declined,Bid,Won,Response rate (%),Decline rate (%),Bid rate (%),Share won (%)',
      first: (r) => (r.supplier as { name: string }).name,
    },
    {
      table: 'lead-times',
      view: 'lead-times',
      rows: 'buckets',
      header: 'Days,Orders',
      first: (r) => (r.to === null ? `More than ${r.from} days` : `${r.from}–${r.to} days`),
    },
    {
      table: 'lead-times/procedures',
      view: 'lead-times',
      rows: 'byProcedure',
      header: 'Procedure,Orders,Median days',
      first: (r) =>
        ({
          ranking: 'Ranking',
          renewed_competition: 'Renewed competition',
          dps_specific_contract: 'DPS specific contract',
        })[r.procedure as string],
    },
    {
      table: 'dps-decisions',
      view: 'dps-decisions',
      rows: 'items',
      header: 'DPS,Decided,On time,Late,Waiting,Waiting past the clock,Median working days',
      first: (r) => (r.dps as { reference: string }).reference,
    },
    {
      table: 'followup',
      view: 'followup',
      rows: 'plans',
      header: 'Year,Procurement body,Visits wanted,Planned,Made,Coverage (%)',
      first: (r) => r.year,
    },
    {
      table: 'followup/corrections',
      view: 'followup',
      rows: 'corrections',
      header: 'Agreement,Open,Past the deadline,Answered,to review',
      first: (r) => {
        const agreement = r.agreement as { reference: string; title: string };
        return `${agreement.reference} ${agreement.title}`;
      },
    },
  ];

  for (const { table, view: name, rows, header, first } of TABLES) {
    it(`downloads ${table} as CSV and XLSX with the rows of the screen`, async () => {
      const query = 'from=2026-01-01';
      const answer = (await view<Answer>(officer, market.body.id, name, `?${query}`))[rows]!;
      expect(answer.length, table).toBeGreaterThan(0);
      const csv = await download(officer, market.body.id, table, `${query}&format=csv`);
      expect(csv.statusCode, csv.body).toBe(200);
      const [head, ...lines] = csvLines(csv.body);
      expect(head).toBe(header.replace('Answered,to review', '"Answered, to review"'));
      expect(lines).toHaveLength(answer.length);

      const xlsx = await download(officer, market.body.id, table, `${query}&format=xlsx`);
      expect(xlsx.statusCode).toBe(200);
      const sheet = await sheetOf(xlsx.rawPayload);
      const cells = sheetRows(sheet);
      expect(cells.map((row) => row[0])).toEqual(
        answer.map((row) => {
          const value = first(row);
          // An instant is written as the reader's wall clock, to the minute shown.
          return value instanceof Date ? expect.any(Date) : value;
        }),
      );
      // The last column is a count, a share or a median: a number (empty when nothing was
      // measured), never text; the deviations' is a reason.
      const numeric = (c: unknown) => c === null || typeof c === 'number';
      expect(cells.every((row) => numeric(row.at(-1)))).toBe(table !== 'deviations');
    });
  }

  it('writes words in the reader’s language and shares as percent', async () => {
    const member = async (organisationId: string, locale: 'sv' | 'da') => {
      const user = await createUser(db, {
        locale,
        memberships: [{ organisationId, roles: ['controller'] }],
      });
      return createSession(db, t.clock, user.id, organisationId);
    };
    const sv = await download(
      await member(market.kristianstad.id, 'sv'),
      market.kristianstad.id,
      'procedures',
      'format=csv',
      'sv',
    );
    const [header, ...lines] = csvLines(sv.body);
    expect(header?.split(';').slice(0, 2)).toEqual(['Förfarande', 'Anbudstid pågår']);
    expect(lines[0]).toBe('Rangordning;0;1;0;0;1;0;0;2');
    expect(sv.body).not.toMatch(/ranking|dps_specific_contract|offering/);

    const plans = await download(officer, market.body.id, 'followup', 'format=xlsx');
    expect(sheetRows(await sheetOf(plans.rawPayload))).toEqual([
      [2026, 'Sydupphandling', 4, 3, 2, 50],
    ]);
    const suppliers = await download(
      await member(market.kristianstad.id, 'da'),
      market.kristianstad.id,
      'suppliers',
      'format=csv',
      'da',
    );
    expect(csvLines(suppliers.body)[0]).toMatch(/^Leverandør;Inviteret;/);
  });

  it('keeps each viewer’s scope and turns away those without insights', async () => {
    const foreign = await download(
      hassleholmController,
      market.kristianstad.id,
      'procedures',
      'format=csv',
    );
    expect(foreign.statusCode).toBe(403);
    const own = await download(hassleholmController, hassleholm, 'procedures', 'format=xlsx');
    const rows = sheetRows(await sheetOf(own.rawPayload));
    // Ranking is the first procedure: Hässleholm's own one call-off on the body's agreement.
    expect(rows[0]?.at(-1)).toBe(1);
    const firm = market.staffingFirms[0]!.id;
    const supplier = await download(firm1, firm, 'suppliers', 'format=csv');
    expect(
      csvLines(supplier.body)
        .slice(1)
        .map((l) => l.split(',')[0]),
    ).toEqual(['Bemanning 1 AB']);
    for (const table of TABLES.map((x) => x.table)) {
      const answer = await download(market.caseworker, market.kristianstad.id, table, 'format=csv');
      expect(answer.statusCode, table).toBe(403);
    }
  });
});

// Last: it changes call-offs the views above count.
describe('call-offs per procedure without a period, from the counts kept by triggers (0034)', () => {
  /** Call-offs per municipality, agreement, DPS, procedure and state: kept, and counted anew. */
  async function keptAndCounted() {
    const kept = await sql<{ key: string; n: string }>`
      SELECT concat_ws('/', organisation_id, agreement_id, dps_id, procedure, status) AS key,
        calloffs AS n
      FROM calloff_state_counts WHERE calloffs <> 0 ORDER BY 1`.execute(db);
    const counted = await sql<{ key: string; n: string }>`
      SELECT concat_ws('/', organisation_id, agreement_id, dps_id, procedure, status) AS key,
        count(*) AS n
      FROM calloffs GROUP BY 1 ORDER BY 1`.execute(db);
    return { kept: kept.rows, counted: counted.rows };
  }

  /** The view without a period, and with one that holds every call-off (counted anew). */
  async function bothWays(caller: Caller, orgId: string) {
    const kept = await view<{ items: ProcedureRow[] }>(caller, orgId, 'procedures');
    const counted = await view<{ items: ProcedureRow[] }>(
      caller,
      orgId,
      'procedures',
      '?from=2000-01-01&to=2099-12-31',
    );
    return { kept: kept.items, counted: counted.items };
  }

  it('equal the call-offs counted anew through inserts, state changes, other changes and deletes', async () => {
    const first = await keptAndCounted();
    expect(first.kept.length).toBeGreaterThan(0);
    expect(first.kept).toEqual(first.counted);

    const created = [
      await calloff({
        organisationId: hassleholm,
        procedure: 'ranking',
        status: 'draft',
        createdAt: '2026-06-01T09:00:00Z',
      }),
      await calloff({
        organisationId: market.kristianstad.id,
        procedure: 'dps_specific_contract',
        status: 'draft',
        createdAt: '2026-06-02T09:00:00Z',
      }),
    ];
    // One statement moving several call-offs, some between groups and some not.
    await db
      .updateTable('calloffs')
      .set({ status: 'open' })
      .where('status', 'in', ['draft', 'open'])
      .execute();
    await db.updateTable('calloffs').set({ title: 'Nytt namn' }).execute();
    await db.deleteFrom('calloffs').where('id', '=', created[0]!).execute();
    const after = await keptAndCounted();
    expect(after.kept).toEqual(after.counted);
    expect(after.kept).not.toEqual(first.kept);

    for (const [caller, orgId] of [
      [officer, market.body.id],
      [market.controller, market.kristianstad.id],
      [hassleholmController, hassleholm],
    ] as const) {
      const { kept, counted } = await bothWays(caller, orgId);
      expect(kept, orgId).toEqual(counted);
    }
    const rows = byProcedure((await bothWays(market.controller, market.kristianstad.id)).kept);
    // Its open one, and its two drafts (one of the market, one new) opened by the one statement.
    expect(rows.dps_specific_contract).toMatchObject({ open: 3 });
  });
  it('keep the orders per lead days equal to those counted anew as orders, call-offs and needs change', async () => {
    const keptAndCountedDays = async () => {
      const kept = await sql<{ key: string; n: string }>`
        SELECT concat_ws('/', organisation_id, agreement_id, dps_id, procedure, days) AS key,
          orders AS n
        FROM order_lead_days WHERE orders <> 0 ORDER BY 1`.execute(db);
      const counted = await sql<{ key: string; n: string }>`
        SELECT concat_ws('/', c.organisation_id, c.agreement_id, c.dps_id, c.procedure,
          order_lead_day(o.created_at, n.submitted_at, m.country)) AS key, count(*) AS n
        FROM orders o JOIN calloffs c ON c.id = o.calloff_id JOIN needs n ON n.id = c.need_id
        JOIN organisations m ON m.id = c.organisation_id
        WHERE c.status <> 'draft' AND n.submitted_at IS NOT NULL GROUP BY 1 ORDER BY 1`.execute(db);
      return { kept: kept.rows, counted: counted.rows };
    };
    const first = await keptAndCountedDays();
    expect(first.kept.length).toBeGreaterThan(0);
    expect(first.kept).toEqual(first.counted);

    const supplierId = market.hvbHomes[0]!.id;
    const placed = await calloff({
      organisationId: hassleholm,
      procedure: 'ranking',
      status: 'ordered',
      createdAt: '2026-06-03T09:00:00Z',
      submittedAt: '2026-06-01T09:00:00Z',
    });
    await order(placed, hassleholm, supplierId, '2026-06-05T09:00:00Z');
    const moved = await keptAndCountedDays();
    expect(moved.kept).toEqual(moved.counted);
    expect(moved.kept).not.toEqual(first.kept);

    // The order a day later (its instant), then ended (nothing that counts).
    await db
      .updateTable('orders')
      .set({ created_at: at('2026-06-06T09:00:00Z') })
      .where('calloff_id', '=', placed)
      .execute();
    await db
      .updateTable('orders')
      .set({ status: 'ended' })
      .where('calloff_id', '=', placed)
      .execute();
    // Its need submitted earlier; its call-off back in draft and out again, and under the DPS.
    const { need_id: needId } = await db
      .selectFrom('calloffs')
      .select('need_id')
      .where('id', '=', placed)
      .executeTakeFirstOrThrow();
    await db
      .updateTable('needs')
      .set({ submitted_at: at('2026-05-20T09:00:00Z') })
      .where('id', '=', needId)
      .execute();
    await db.updateTable('calloffs').set({ status: 'draft' }).where('id', '=', placed).execute();
    const inDraft = await keptAndCountedDays();
    expect(inDraft.kept).toEqual(inDraft.counted);
    await db.updateTable('calloffs').set({ status: 'ordered' }).where('id', '=', placed).execute();
    for (const [caller, orgId] of [
      [officer, market.body.id],
      [market.controller, market.kristianstad.id],
      [hassleholmController, hassleholm],
    ] as const) {
      const kept = await view(caller, orgId, 'lead-times');
      const counted = await view(caller, orgId, 'lead-times', '?from=2000-01-01&to=2099-12-31');
      expect(kept, orgId).toEqual(counted);
    }
    const hassleholmDays = await view<{ orders: number }>(
      hassleholmController,
      hassleholm,
      'lead-times',
    );
    expect(hassleholmDays.orders).toBe(2);

    await db.deleteFrom('orders').where('calloff_id', '=', placed).execute();
    const last = await keptAndCountedDays();
    expect(last.kept).toEqual(last.counted);
    expect(last.kept).toEqual(first.kept);
  });
});

describe('answers per supplier without a period, from the counts kept by triggers (0035)', () => {
  /** Invitations per supplier and group: kept, and counted anew from every invitation. */
  async function keptAndCounted() {
    const kept = await sql<{ key: string; counts: string }>`
      SELECT concat_ws('/', supplier_id, organisation_id, agreement_id, dps_id, procedure) AS key,
        concat_ws(' ', invited, settled, responded, declined, bid, won) AS counts
      FROM supplier_answer_counts
      WHERE (invited, settled, responded, declined, bid, won) <> (0, 0, 0, 0, 0, 0)
      ORDER BY 1`.execute(db);
    const counted = await sql<{ key: string; counts: string }>`
      SELECT concat_ws('/', i.supplier_id, c.organisation_id, c.agreement_id, c.dps_id,
          c.procedure) AS key,
        concat_ws(' ', count(*), count(*) FILTER (WHERE settled),
          count(*) FILTER (WHERE settled AND (bade OR declined)),
          count(*) FILTER (WHERE settled AND declined), count(*) FILTER (WHERE settled AND bade),
          count(*) FILTER (WHERE settled AND won)) AS counts
      FROM calloff_invitations i
      JOIN calloffs c ON c.id = i.calloff_id
      CROSS JOIN LATERAL (SELECT
        i.kind = 'offer' OR c.opened_at IS NOT NULL AS settled,
        i.declined_at IS NOT NULL AS declined,
        CASE WHEN i.kind = 'offer' THEN i.accepted_at IS NOT NULL
          ELSE EXISTS (SELECT 1 FROM bids b WHERE b.calloff_id = i.calloff_id
            AND b.supplier_id = i.supplier_id AND b.status = 'submitted') END AS bade,
        EXISTS (SELECT 1 FROM award_decisions ad WHERE ad.calloff_id = c.id
            AND ad.supplier_id = i.supplier_id)
          OR EXISTS (SELECT 1 FROM orders o WHERE o.calloff_id = c.id
            AND o.supplier_id = i.supplier_id) AS won) x
      WHERE c.status <> 'draft'
      GROUP BY 1 ORDER BY 1`.execute(db);
    return { kept: kept.rows, counted: counted.rows };
  }

  /** Every viewer's answers without a period (kept) equal those with one holding all (anew). */
  async function expectViewsEqual() {
    for (const [caller, orgId] of [
      [officer, market.body.id],
      [market.controller, market.kristianstad.id],
      [hassleholmController, hassleholm],
      [firm1, market.staffingFirms[0]!.id],
    ] as const) {
      const kept = await view<{ items: SupplierRow[] }>(caller, orgId, 'suppliers');
      const counted = await view<{ items: SupplierRow[] }>(
        caller,
        orgId,
        'suppliers',
        '?from=2000-01-01&to=2099-12-31',
      );
      expect(kept.items, orgId).toEqual(counted.items);
    }
  }

  async function expectKeptEqualCounted() {
    const { kept, counted } = await keptAndCounted();
    expect(kept).toEqual(counted);
    return kept;
  }

  it('equal the invitations counted anew as invitations, call-offs, bids, awards and orders change', async () => {
    const first = await expectKeptEqualCounted();
    expect(first.length).toBeGreaterThan(0);
    await expectViewsEqual();

    const k = market.kristianstad.id;
    const [f1, f2, f3] = market.staffingFirms.map((f) => f.id) as [string, string, string];
    // A sealed tender: invitations, bids and a decline count as invited only.
    const sealed = await calloff({
      organisationId: k,
      procedure: 'dps_specific_contract',
      status: 'open',
      createdAt: '2026-07-01T09:00:00Z',
    });
    await invite(sealed, k, f1, 'tender', { bid: true });
    await invite(sealed, k, f2, 'tender');
    await invite(sealed, k, f3, 'tender', { declined: true });
    const sealedCounts = await expectKeptEqualCounted();
    expect(sealedCounts).not.toEqual(first);

    // Opened (a call-off's change), then a bid withdrawn and another submitted after all.
    await db
      .updateTable('calloffs')
      .set({ status: 'evaluation', opened_at: at('2026-07-10T09:00:00Z') })
      .where('id', '=', sealed)
      .execute();
    await db
      .updateTable('bids')
      .set({ status: 'withdrawn' })
      .where('calloff_id', '=', sealed)
      .where('supplier_id', '=', f1)
      .execute();
    const standing = await bid(sealed, f2);
    await expectKeptEqualCounted();

    // Awarded to one, then to another; ordered from a third, then moved to the winner.
    const awarded = await db
      .insertInto('award_decisions')
      .values({
        calloff_id: sealed,
        organisation_id: k,
        bid_id: standing,
        supplier_id: f2,
        reasons: 'Lägst pris',
        report: JSON.stringify({}),
        decided_by: market.buyerUserId,
        decided_at: at('2026-07-11T09:00:00Z'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .updateTable('award_decisions')
      .set({ supplier_id: f1 })
      .where('id', '=', awarded.id)
      .execute();
    await order(sealed, k, f3, '2026-07-12T09:00:00Z');
    await expectKeptEqualCounted();
    await db
      .updateTable('orders')
      .set({ supplier_id: f1 })
      .where('calloff_id', '=', sealed)
      .execute();
    // An offer answered; a call-off back in draft, one invitation of many in one statement.
    await db
      .updateTable('calloff_invitations')
      .set({ accepted_at: at('2026-06-02T09:00:00Z') })
      .where('kind', '=', 'offer')
      .where('accepted_at', 'is', null)
      .where('declined_at', 'is', null)
      .execute();
    await db.updateTable('calloffs').set({ status: 'draft' }).where('id', '=', sealed).execute();
    const inDraft = await expectKeptEqualCounted();
    await db
      .updateTable('calloffs')
      .set({ status: 'evaluation' })
      .where('id', '=', sealed)
      .execute();
    const reopened = await expectKeptEqualCounted();
    expect(reopened).not.toEqual(inDraft);
    await expectViewsEqual();

    // Everything of the tender removed again: its order, decision, bids and invitations.
    await db.deleteFrom('orders').where('calloff_id', '=', sealed).execute();
    await db.deleteFrom('award_decisions').where('calloff_id', '=', sealed).execute();
    await expectKeptEqualCounted();
    await db.deleteFrom('bids').where('calloff_id', '=', sealed).execute();
    await db.deleteFrom('calloff_invitations').where('calloff_id', '=', sealed).execute();
    // As when the tender was a draft: counted nowhere.
    expect(await expectKeptEqualCounted()).toEqual(inDraft);
    await expectViewsEqual();
  });
});
