// A small market to tender in, shared by the tendering tests (invitations, bids, award, cascade,
// orders): Kristianstad with a buyer, its own DPS for hired social workers with admitted staffing
// firms (each with a consultant and a signed-in supplier user), and the joint body's HVB agreement
// with a ranked lot of HVB homes (each with an establishment, a valid permit and an agreed price).
// Draft call-offs are made through the API, as a buyer would.
import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import type { DB } from '../../src/db/types.ts';
import { createOrder, type NewOrder } from '../../src/modules/calloffs/orders/create-order.ts';
import { call, type Caller, type TestApp } from './app.ts';
import { createOrganisation, createSession, createUser } from './factories.ts';

export interface MarketSupplier {
  id: string;
  name: string;
  /** A supplier_admin's session in the supplier. */
  caller: Caller;
  userId: string;
  /** Staffing firms: a consultant; HVB homes: the establishment on the lot. */
  consultantId: string | null;
  establishmentId: string | null;
}

export interface Market {
  body: { id: string };
  kristianstad: { id: string };
  buyer: Caller;
  buyerUserId: string;
  caseworker: Caller;
  controller: Caller;
  dps: { id: string; categoryId: string };
  /** Admitted to the DPS's category, in creation order. */
  staffingFirms: MarketSupplier[];
  agreement: { id: string; lotId: string; categoryId: string };
  /** On the lot, rank 1..n in this order; each has an agreed day price of 3 000 kr + 100 kr × rank. */
  hvbHomes: MarketSupplier[];
}

async function category(
  db: Kysely<DB>,
  organisationId: string,
  code: string,
  kind: 'hvb' | 'staffing',
  now: Date,
) {
  const row = await db
    .insertInto('service_categories')
    .values({
      organisation_id: organisationId,
      code,
      service_kind: kind,
      name_sv: `Kategori ${code}`,
      name_da: `Kategori ${code}`,
      name_en: `Category ${code}`,
      default_unit: kind === 'hvb' ? 'day' : 'hour',
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function supplier(
  t: TestApp,
  name: string,
  kind: 'hvb' | 'staffing',
): Promise<MarketSupplier> {
  const db = t.database.db;
  const now = t.clock.now();
  const org = await createOrganisation(db, { kind: 'supplier', name });
  const user = await createUser(db, {
    memberships: [{ organisationId: org.id, roles: ['supplier_admin'] }],
  });
  const caller = await createSession(db, t.clock, user.id, org.id);
  let consultantId: string | null = null;
  let establishmentId: string | null = null;
  if (kind === 'staffing') {
    const c = await db
      .insertInto('consultants')
      .values({
        supplier_id: org.id,
        name: `Konsult hos ${name}`,
        educations: JSON.stringify([{ code: 'socionomexamen', year: 2015 }]),
        experience: JSON.stringify([{ area: 'children_youth', years: 6 }]),
        languages: ['sv'],
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    consultantId = c.id;
  } else {
    const e = await db
      .insertInto('establishments')
      .values({
        supplier_id: org.id,
        name: `${name} – boendet`,
        service_kind: 'hvb',
        country: 'SE',
        municipality_code: '1290',
        lat: 56.03,
        lon: 14.15,
        places_total: 8,
        places_free: 2,
        target_groups: ['youth_13_17'],
        age_min: 13,
        age_max: 17,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    establishmentId = e.id;
    await db
      .insertInto('permits')
      .values({
        establishment_id: e.id,
        supplier_id: org.id,
        authority: 'IVO',
        reference: `IVO-${e.id.slice(0, 8)}`,
        status: 'valid',
        valid_from: '2020-01-01',
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
  return { id: org.id, name, caller, userId: user.id, consultantId, establishmentId };
}

/** Builds the market. `staffingFirms` and `hvbHomes` say how many of each. */
export async function createMarket(
  t: TestApp,
  counts: { staffingFirms?: number; hvbHomes?: number } = {},
): Promise<Market> {
  const db = t.database.db;
  const now = t.clock.now();
  const body = await createOrganisation(db, { kind: 'procurement_body', name: 'Sydupphandling' });
  const kristianstad = await createOrganisation(db, {
    kind: 'municipality',
    name: 'Kristianstads kommun',
  });
  await db
    .updateTable('organisations')
    .set({ municipality_code: '1290' })
    .where('id', '=', kristianstad.id)
    .execute();
  const member = async (roles: ('buyer' | 'caseworker' | 'controller')[]) => {
    const user = await createUser(db, {
      memberships: [{ organisationId: kristianstad.id, roles }],
    });
    return { user, caller: await createSession(db, t.clock, user.id, kristianstad.id) };
  };
  const buyer = await member(['buyer']);
  const caseworker = await member(['caseworker']);
  const controller = await member(['controller']);

  // Kristianstad's own DPS (not a central purchasing body), initial period over.
  const staffingCategory = await category(
    db,
    kristianstad.id,
    'staffing_children_youth',
    'staffing',
    now,
  );
  const dps = await db
    .insertInto('dynamic_purchasing_systems')
    .values({
      organisation_id: kristianstad.id,
      reference: 'KS-DIS-2026-01',
      title: 'Dynamiskt inköpssystem för hyrsocionomer',
      country: 'SE',
      status: 'open',
      valid_from: '2026-03-01',
      valid_to: '2030-02-28',
      initial_period_ends_on: '2026-04-01',
      opened_at: new Date('2026-03-01T08:00:00Z'),
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('dps_categories')
    .values({ dps_id: dps.id, category_id: staffingCategory })
    .execute();
  await db
    .insertInto('dps_municipalities')
    .values({ dps_id: dps.id, municipality_id: kristianstad.id })
    .execute();
  const staffingFirms: MarketSupplier[] = [];
  for (let i = 1; i <= (counts.staffingFirms ?? 3); i++) {
    const firm = await supplier(t, `Bemanning ${i} AB`, 'staffing');
    const application = await db
      .insertInto('dps_applications')
      .values({
        dps_id: dps.id,
        organisation_id: kristianstad.id,
        supplier_id: firm.id,
        status: 'approved',
        received_at: new Date('2026-03-10T08:00:00Z'),
        in_initial_period: true,
        decision_due_at: new Date('2026-04-20T21:59:59Z'),
        decided_at: new Date('2026-04-15T08:00:00Z'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('dps_application_categories')
      .values({ application_id: application.id, category_id: staffingCategory })
      .execute();
    staffingFirms.push(firm);
  }

  // The joint body's HVB agreement with one ranked lot for all of Kristianstad.
  const hvbCategory = await category(db, body.id, 'hvb_youth', 'hvb', now);
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
    .values({ agreement_id: agreement.id, municipality_id: kristianstad.id })
    .execute();
  const lot = await db
    .insertInto('agreement_lots')
    .values({
      agreement_id: agreement.id,
      organisation_id: body.id,
      number: 1,
      name: 'Skåne nordost',
      category_id: hvbCategory,
      calloff_method: 'ranking',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const hvbHomes: MarketSupplier[] = [];
  for (let rank = 1; rank <= (counts.hvbHomes ?? 3); rank++) {
    const home = await supplier(t, `HVB-hemmet ${rank} AB`, 'hvb');
    await db
      .insertInto('lot_suppliers')
      .values({
        lot_id: lot.id,
        supplier_id: home.id,
        agreement_id: agreement.id,
        organisation_id: body.id,
        rank,
        status: 'active',
      })
      .execute();
    await db
      .insertInto('prices')
      .values({
        supplier_id: home.id,
        category_id: hvbCategory,
        establishment_id: home.establishmentId,
        agreement_id: agreement.id,
        unit: 'day',
        amount_minor: 300_000 + rank * 10_000,
        currency: 'SEK',
        valid_from: '2026-01-01',
        status: 'agreed',
        negotiated_on: '2025-12-01',
        created_at: now,
      })
      .execute();
    hvbHomes.push(home);
  }

  return {
    body: { id: body.id },
    kristianstad: { id: kristianstad.id },
    buyer: buyer.caller,
    buyerUserId: buyer.user.id,
    caseworker: caseworker.caller,
    controller: controller.caller,
    dps: { id: dps.id, categoryId: staffingCategory },
    staffingFirms,
    agreement: { id: agreement.id, lotId: lot.id, categoryId: hvbCategory },
    hvbHomes,
  };
}

export const STAFFING_NEED = {
  title: 'Inhyrd socialsekreterare, barn och unga',
  need: {
    kind: 'staffing',
    role: 'Socialsekreterare, barn och unga',
    area: 'children_youth',
    educationCodes: ['socionomexamen'],
    yearsOfExperience: 3,
    languages: ['sv'],
    start: '2027-01-04',
    end: '2027-01-31',
    extentPercent: 50,
    placeOfWork: 'Kristianstad',
    remotePossible: false,
    positions: 1,
    description: '',
  },
};

export const PLACEMENT_NEED = {
  title: 'HVB-placering, 15 år',
  need: {
    kind: 'placement',
    person: {
      age: 15,
      gender: 'male',
      targetGroups: ['youth_13_17'],
      needs: 'Struktur i vardagen.',
      languages: ['sv'],
      homeCountry: 'SE',
      homeMunicipalityCode: '1290',
    },
    start: '2026-12-15',
    expectedDurationDays: 120,
    intensity: 'enhanced',
    hoursPerWeek: null,
    description: '',
  },
};

/**
 * A draft call-off made through the API: the caseworker submits the need, the buyer takes it to
 * the DPS category (staffing) or the HVB lot (placement) and, when given, sets requirements and
 * the evaluation model. Returns the call-off detail as the buyer sees it.
 */
export async function createDraftCalloff(
  t: TestApp,
  market: Market,
  options: {
    kind: 'staffing' | 'placement';
    evaluation?: { requirements: unknown[]; model: Record<string, unknown> };
  },
): Promise<{ id: string; version: number; needId: string; requirements: { id: string }[] }> {
  const org = market.kristianstad.id;
  const payload = options.kind === 'staffing' ? STAFFING_NEED : PLACEMENT_NEED;
  const created = await call(t.app, market.caseworker, {
    method: 'POST',
    url: `/api/organisations/${org}/needs`,
    payload,
  });
  expect(created.statusCode, created.body).toBe(201);
  const needId = created.json<{ id: string }>().id;
  const submitted = await call(t.app, market.caseworker, {
    method: 'POST',
    url: `/api/organisations/${org}/needs/${needId}/submit`,
    payload: { version: 1 },
  });
  expect(submitted.statusCode, submitted.body).toBe(200);
  const source =
    options.kind === 'staffing'
      ? { dpsId: market.dps.id, categoryId: market.dps.categoryId }
      : { lotId: market.agreement.lotId };
  const draft = await call(t.app, market.buyer, {
    method: 'POST',
    url: `/api/organisations/${org}/calloffs`,
    payload: { needId, ...source },
  });
  expect(draft.statusCode, draft.body).toBe(201);
  let detail = draft.json<{ id: string; version: number; requirements: { id: string }[] }>();
  if (options.evaluation) {
    const saved = await call(t.app, market.buyer, {
      method: 'PUT',
      url: `/api/organisations/${org}/calloffs/${detail.id}/evaluation`,
      payload: { version: detail.version, ...options.evaluation },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    detail = saved.json();
  }
  return { ...detail, needId };
}

/**
 * An order of Kristianstad's on a new draft call-off of the kind, made straight by createOrder:
 * by default 650 kr × 100 hours from firm A from 1 February 2026, open-ended; with its call-off.
 */
export async function placeOrder(
  t: TestApp,
  market: Market,
  values: Partial<NewOrder> & { kind: 'staffing' | 'placement' },
) {
  const { kind, ...overrides } = values;
  const calloff = await createDraftCalloff(t, market, { kind });
  const firm = market.staffingFirms[0]!;
  const order = await t.database.db.transaction().execute((trx) =>
    createOrder(
      trx,
      { clock: t.clock, config: t.config },
      {
        organisationId: market.kristianstad.id,
        calloffId: calloff.id,
        supplierId: firm.id,
        consultantId: firm.consultantId,
        establishmentId: null,
        unitPriceMinor: 65_000,
        currency: 'SEK',
        unit: 'hour',
        startDate: '2026-02-01',
        endDate: null,
        expectedVolume: 100,
        costCentre: null,
        actorUserId: market.buyerUserId,
        source: { via: 'award', bidId: null },
        ...overrides,
      },
    ),
  );
  return { ...order, calloff };
}

/**
 * The spend tests' market: Kristianstad with two staffing firms (A and B) and one HVB home, and
 * orders placed on it straight by createOrder.
 */
export async function createSpendMarket(t: TestApp) {
  const market = await createMarket(t, { staffingFirms: 2, hvbHomes: 1 });
  const [firmA, firmB] = market.staffingFirms as [MarketSupplier, MarketSupplier];
  return {
    market,
    kristianstad: market.kristianstad.id,
    firmA,
    firmB,
    home: market.hvbHomes[0]!,
    order: (values: Parameters<typeof placeOrder>[2]) => placeOrder(t, market, values),
  };
}
