// Ways to call off a need: every lot and DPS category the municipality may use whose service
// kind fits the need, each with the procedure derived from the lot's rule and the need's
// expected volume, and why. The clock stands at 2026-11-23.
import { describe, expect, it } from 'vitest';
import { call, createTestApp } from './support/app.ts';
import { createOrganisation, createSession, createUser } from './support/factories.ts';
import { PLACEMENT_NEED, STAFFING_NEED } from './support/tendering.ts';

const { app, database, clock } = await createTestApp();
const db = database.db;
const now = clock.now();

const body = await createOrganisation(db, { kind: 'procurement_body', name: 'Sydupphandling' });
const kristianstad = await createOrganisation(db, { kind: 'municipality', name: 'Kristianstad' });
const hassleholm = await createOrganisation(db, { kind: 'municipality', name: 'Hässleholm' });
const caseworkerUser = await createUser(db, {
  memberships: [{ organisationId: kristianstad.id, roles: ['caseworker'] }],
});
const caseworker = await createSession(db, clock, caseworkerUser.id, kristianstad.id);
const neighbourUser = await createUser(db, {
  memberships: [{ organisationId: hassleholm.id, roles: ['caseworker'] }],
});
const neighbour = await createSession(db, clock, neighbourUser.id, hassleholm.id);

async function category(
  organisationId: string,
  code: string,
  kind: 'hvb' | 'staffing' | 'open_care',
) {
  return db
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
}

const hvb = await category(body.id, 'hvb_youth', 'hvb');
const openCare = await category(body.id, 'open_care_hour', 'open_care');
const staffing = await category(kristianstad.id, 'staffing_children_youth', 'staffing');

async function agreement(reference: string, participants: string[]) {
  const row = await db
    .insertInto('framework_agreements')
    .values({
      organisation_id: body.id,
      reference,
      title: `HVB ${reference}`,
      country: 'SE',
      status: 'active',
      starts_on: '2026-01-01',
      ends_on: '2027-12-31',
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (participants.length > 0)
    await db
      .insertInto('agreement_municipalities')
      .values(participants.map((municipality_id) => ({ agreement_id: row.id, municipality_id })))
      .execute();
  return row;
}

const hvbAgreement = await agreement('SYD-2025-014', [kristianstad.id, hassleholm.id]);
const notOurs = await agreement('SYD-2025-099', [hassleholm.id]);
await db
  .insertInto('agreement_lots')
  .values([
    {
      agreement_id: hvbAgreement.id,
      organisation_id: body.id,
      number: 1,
      name: 'Skåne nordost',
      category_id: hvb.id,
      calloff_method: 'ranking',
    },
    {
      agreement_id: hvbAgreement.id,
      organisation_id: body.id,
      number: 2,
      name: 'Skåne syd',
      category_id: hvb.id,
      calloff_method: 'volume_rule',
      volume_threshold: 90,
      volume_unit: 'day',
    },
    {
      agreement_id: hvbAgreement.id,
      organisation_id: body.id,
      number: 3,
      name: 'Öppenvård',
      category_id: openCare.id,
      calloff_method: 'renewed_competition',
    },
    {
      agreement_id: notOurs.id,
      organisation_id: body.id,
      number: 1,
      name: 'Någon annans',
      category_id: hvb.id,
      calloff_method: 'ranking',
    },
  ])
  .execute();

// Kristianstad's own DPS for hired social workers: open since the spring, initial period over.
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
    created_at: now,
  })
  .returning('id')
  .executeTakeFirstOrThrow();
await db
  .insertInto('dps_categories')
  .values({ dps_id: dps.id, category_id: staffing.id })
  .execute();
await db
  .insertInto('dps_municipalities')
  .values({ dps_id: dps.id, municipality_id: kristianstad.id })
  .execute();

async function need(payload: object) {
  const response = await call(app, caseworker, {
    method: 'POST',
    url: `/api/organisations/${kristianstad.id}/needs`,
    payload,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

const placementId = await need(PLACEMENT_NEED);

const staffingId = await need({ ...STAFFING_NEED, title: 'Inhyrd socialsekreterare' });

interface Options {
  expectedVolume: { quantity: number; unit: string };
  options: {
    kind: string;
    source: { reference: string; title: string };
    lot: { number: number; name: string } | null;
    category: { sv: string };
    procedure: string | null;
    why: { code: string; params?: Record<string, unknown> };
  }[];
  otherAreas: { source: { id: string; reference: string; title: string }; lots: number }[];
}

async function optionsOf(needId: string, caller = caseworker, orgId = kristianstad.id) {
  return call(app, caller, {
    method: 'GET',
    url: `/api/organisations/${orgId}/needs/${needId}/calloff-options`,
  });
}

describe('ways to call off a need', () => {
  it('lists the lots of a placement with the procedure each rule gives and why', async () => {
    const response = await optionsOf(placementId);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<Options>();
    expect(body.expectedVolume).toEqual({ quantity: 120, unit: 'day' });
    expect(body.options).toEqual([
      expect.objectContaining({
        kind: 'agreement_lot',
        source: expect.objectContaining({ reference: 'SYD-2025-014' }),
        lot: expect.objectContaining({ number: 1, name: 'Skåne nordost' }),
        procedure: 'ranking',
        why: { code: 'lot_uses_ranking' },
      }),
      expect.objectContaining({
        lot: expect.objectContaining({ number: 2 }),
        procedure: 'renewed_competition',
        why: {
          code: 'volume_above_threshold',
          params: { volume: 120, threshold: 90, unit: 'day' },
        },
      }),
    ]);
    // Open care does not answer a placement; the DPS is for staffing; the other agreement is not
    // Kristianstad's.
    expect(body.options.map((o) => o.source.reference)).not.toContain('SYD-2025-099');
  });

  it('offers the DPS to a staffing need as a specific contract, and no HVB lot', async () => {
    const response = await optionsOf(staffingId);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<Options>();
    expect(body.expectedVolume).toEqual({ quantity: 80, unit: 'hour' });
    expect(body.options).toEqual([
      {
        kind: 'dps_category',
        source: expect.objectContaining({
          reference: 'KS-DIS-2026-01',
          title: 'Dynamiskt inköpssystem för hyrsocionomer',
        }),
        lot: null,
        category: expect.objectContaining({ sv: 'Kategori staffing_children_youth' }),
        procedure: 'dps_specific_contract',
        why: { code: 'dps_category' },
      },
    ]);
  });

  it('offers a staffing need only the DPS categories of its area of work, or of none', async () => {
    const areas = ['children_youth', 'adult_addiction'] as const;
    const added = [];
    for (const area of areas) {
      const row = await category(kristianstad.id, `staffing_${area}_${area.length}`, 'staffing');
      await db.updateTable('service_categories').set({ area }).where('id', '=', row.id).execute();
      await db
        .insertInto('dps_categories')
        .values({ dps_id: dps.id, category_id: row.id })
        .execute();
      added.push(row.id);
    }
    try {
      const body = (await optionsOf(staffingId)).json<Options>();
      // The need is for children and youth: not the addiction category.
      expect(body.options.map((o) => o.category.sv).sort()).toEqual(
        ['Kategori staffing_children_youth', 'Kategori staffing_children_youth_14'].sort(),
      );
    } finally {
      await db.deleteFrom('dps_categories').where('category_id', 'in', added).execute();
    }
  });

  it('says why a DPS cannot be used while an application from the initial period waits', async () => {
    const supplier = await createOrganisation(db, { kind: 'supplier' });
    const pending = await db
      .insertInto('dps_applications')
      .values({
        dps_id: dps.id,
        organisation_id: kristianstad.id,
        supplier_id: supplier.id,
        status: 'pending',
        received_at: new Date('2026-03-20T09:00:00Z'),
        in_initial_period: true,
        decision_due_at: new Date('2026-04-03T21:59:59Z'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    try {
      const body = (await optionsOf(staffingId)).json<Options>();
      expect(body.options[0]).toMatchObject({
        procedure: null,
        why: { code: 'dps_undecided_applications', params: { undecided: 1 } },
      });
    } finally {
      await db.deleteFrom('dps_applications').where('id', '=', pending.id).execute();
    }
  });

  /** Kristianstad (1290) in an agreement whose HVB lots each cover the codes given, by ranking. */
  async function agreementByArea(reference: string, areas: { name: string; codes: string[] }[]) {
    await db
      .updateTable('organisations')
      .set({ municipality_code: '1290' })
      .where('id', '=', kristianstad.id)
      .execute();
    const row = await agreement(reference, [kristianstad.id]);
    await db
      .insertInto('agreement_lots')
      .values(
        areas.map(({ name, codes }, i) => ({
          agreement_id: row.id,
          organisation_id: body.id,
          number: i + 1,
          name,
          category_id: hvb.id,
          calloff_method: 'ranking' as const,
          area_municipality_codes: codes,
        })),
      )
      .execute();
    return row;
  }

  it('lists the lot covering the municipality past any count, and sums up the others per agreement', async () => {
    // A national agreement by area: 600 lots, Kristianstad's the last of them.
    const national = await agreementByArea(
      'SYD-2026-200',
      Array.from({ length: 600 }, (_, i) =>
        i === 599
          ? { name: 'Kristianstad', codes: ['1290'] }
          : { name: `Område ${i + 1}`, codes: ['1280'] },
      ),
    );
    const answer = (await optionsOf(placementId)).json<Options>();
    const lots = answer.options.filter((o) => o.source.reference === 'SYD-2026-200');
    expect(lots.map((o) => [o.lot!.name, o.procedure !== null])).toEqual([['Kristianstad', true]]);
    // The other 599 are one line: how many lots of the agreement cover other municipalities.
    expect(answer.otherAreas.filter((a) => a.source.reference === 'SYD-2026-200')).toEqual([
      {
        source: { id: national.id, reference: 'SYD-2026-200', title: expect.any(String) },
        lots: 599,
      },
    ]);
  });

  it('keeps an expired agreement’s reason on the lot covering the municipality, and counts its others', async () => {
    const expired = await agreementByArea(
      'SYD-2022-001',
      [['1290'], ['1280'], ['1281', '1282']].map((codes, i) => ({
        name: `Område ${i + 1}`,
        codes,
      })),
    );
    await db
      .updateTable('framework_agreements')
      .set({ starts_on: '2022-01-01', ends_on: '2025-12-31' })
      .where('id', '=', expired.id)
      .execute();
    const answer = (await optionsOf(placementId)).json<Options>();
    expect(
      answer.options
        .filter((o) => o.source.reference === 'SYD-2022-001')
        .map((o) => [o.lot!.number, o.procedure, o.why.code]),
    ).toEqual([[1, null, 'agreement_expired']]);
    expect(
      answer.otherAreas.filter((a) => a.source.reference === 'SYD-2022-001').map((a) => a.lots),
    ).toEqual([2]);
  });

  it('answers 404 to another municipality, through its own URL or the owner’s', async () => {
    expect((await optionsOf(placementId, neighbour, hassleholm.id)).statusCode).toBe(404);
    expect((await optionsOf(placementId, neighbour, kristianstad.id)).statusCode).toBe(403);
  });
});
