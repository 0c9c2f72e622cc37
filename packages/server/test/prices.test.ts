// Price lists: proposals by the supplier, agreed prices by the officer, append-only history, and
// proposals hidden from everyone but their author and the negotiating body.
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { MAX_UNIT_PRICE_MINOR } from '@tildel/domain/money';
import { call, createTestApp } from './support/app.ts';
import { createOrganisation, createSession, createUser } from './support/factories.ts';
import { expectPagedList } from './support/paging.ts';

const { app, database, clock } = await createTestApp();
const db = database.db;

const body = await createOrganisation(db, { kind: 'procurement_body' });
const officerUser = await createUser(db, {
  name: 'Petra Pris',
  memberships: [{ organisationId: body.id, roles: ['procurement_officer'] }],
});
const officer = await createSession(db, clock, officerUser.id, body.id);
const otherBody = await createOrganisation(db, { kind: 'procurement_body' });
const otherOfficerUser = await createUser(db, {
  memberships: [{ organisationId: otherBody.id, roles: ['procurement_officer'] }],
});
const otherOfficer = await createSession(db, clock, otherOfficerUser.id, otherBody.id);
const municipality = await createOrganisation(db, { kind: 'municipality' });
const buyerUser = await createUser(db, {
  memberships: [{ organisationId: municipality.id, roles: ['buyer'] }],
});
const buyer = await createSession(db, clock, buyerUser.id, municipality.id);

const supplier = await createOrganisation(db, { kind: 'supplier' });
const supplierUser = await createUser(db, {
  memberships: [{ organisationId: supplier.id, roles: ['supplier_user'] }],
});
const supplierSession = await createSession(db, clock, supplierUser.id, supplier.id);

const category = await db
  .insertInto('service_categories')
  .values({
    organisation_id: body.id,
    code: 'hvb_youth',
    service_kind: 'hvb',
    name_sv: 'HVB ungdom',
    name_da: 'Døgntilbud unge',
    name_en: 'Residential care youth',
    default_unit: 'day',
    created_at: clock.now(),
  })
  .returning('id')
  .executeTakeFirstOrThrow();

const supplierPrices = `/api/organisations/${body.id}/suppliers/${supplier.id}/prices`;
const price = (over: Record<string, unknown>) => ({
  categoryId: category.id,
  unit: 'day',
  currency: 'SEK',
  ...over,
});

describe('prices', () => {
  it('keeps every agreed price; the newest covering today is the one in force', async () => {
    const first = await call(app, officer, {
      method: 'POST',
      url: supplierPrices,
      payload: price({ amountMinor: 420000, validFrom: '2025-01-01', negotiatedOn: '2024-12-01' }),
    });
    expect(first.statusCode, first.body).toBe(201);
    clock.advance(1000);
    const second = await call(app, officer, {
      method: 'POST',
      url: supplierPrices,
      payload: price({ amountMinor: 445000, validFrom: '2026-07-01' }),
    });
    expect(second.statusCode).toBe(201);
    clock.advance(1000);
    const future = await call(app, officer, {
      method: 'POST',
      url: supplierPrices,
      payload: price({ amountMinor: 460000, validFrom: '2027-01-01' }),
    });
    expect(future.statusCode).toBe(201);

    const list = await call(app, buyer, {
      method: 'GET',
      url: `/api/organisations/${municipality.id}/suppliers/${supplier.id}/prices`,
    });
    expect(list.statusCode).toBe(200);
    const items = list.json().items;
    expect(
      items.map((p: { amountMinor: number; inForce: boolean }) => [p.amountMinor, p.inForce]),
    ).toEqual([
      [460000, false],
      [445000, true],
      [420000, false],
    ]);
    expect(items[1]).toMatchObject({ negotiatedBy: { name: 'Petra Pris' }, status: 'agreed' });
    expect(items[2].negotiatedOn).toBe('2024-12-01');

    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'organisation_id'])
      .where('object_id', '=', second.json().id)
      .execute();
    expect(audit).toEqual([{ action: 'price.agreed', organisation_id: body.id }]);
  });

  it('refuses to change or delete a price in the database itself', async () => {
    await expect(sql`UPDATE prices SET amount_minor = 1`.execute(db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM prices`.execute(db)).rejects.toThrow(/append-only/);
  });

  it('shows a proposal to its author and the negotiating body, never to municipalities', async () => {
    const proposal = await call(app, supplierSession, {
      method: 'POST',
      url: `/api/organisations/${supplier.id}/company/prices`,
      payload: price({ amountMinor: 499900, validFrom: '2027-01-01', note: 'Index 2027' }),
    });
    expect(proposal.statusCode, proposal.body).toBe(201);
    const statusesFor = async (session: typeof buyer, orgId: string) =>
      (
        await call(app, session, {
          method: 'GET',
          url: `/api/organisations/${orgId}/suppliers/${supplier.id}/prices`,
        })
      )
        .json()
        .items.map((p: { status: string }) => p.status);

    expect(await statusesFor(buyer, municipality.id)).not.toContain('proposed');
    expect(await statusesFor(otherOfficer, otherBody.id)).not.toContain('proposed');
    expect(await statusesFor(officer, body.id)).toContain('proposed');

    const own = await call(app, supplierSession, {
      method: 'GET',
      url: `/api/organisations/${supplier.id}/company/prices`,
    });
    const ownItems = own.json().items;
    expect(ownItems.find((p: { status: string }) => p.status === 'proposed')).toMatchObject({
      amountMinor: 499900,
      inForce: false,
      note: 'Index 2027',
    });
    expect(own.json().categories.map((c: { id: string }) => c.id)).toContain(category.id);
  });

  it('lets an officer agree prices only in its own taxonomy', async () => {
    const foreign = await call(app, otherOfficer, {
      method: 'POST',
      url: `/api/organisations/${otherBody.id}/suppliers/${supplier.id}/prices`,
      payload: price({ amountMinor: 1, validFrom: '2027-01-01' }),
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors[0].field).toBe('categoryId');
    const backwards = await call(app, officer, {
      method: 'POST',
      url: supplierPrices,
      payload: price({ amountMinor: 1, validFrom: '2027-01-01', validTo: '2026-01-01' }),
    });
    expect(backwards.json().errors[0].field).toBe('validTo');
    const notSupplier = await call(app, officer, {
      method: 'POST',
      url: `/api/organisations/${body.id}/suppliers/${municipality.id}/prices`,
      payload: price({ amountMinor: 1, validFrom: '2027-01-01' }),
    });
    expect(notSupplier.statusCode).toBe(404);
  });

  it('takes a price only as whole minor units within the one unit price limit', async () => {
    const send = (amountMinor: unknown) =>
      call(app, officer, {
        method: 'POST',
        url: supplierPrices,
        payload: price({ amountMinor, validFrom: '2028-01-01' }),
      });
    for (const wrong of [MAX_UNIT_PRICE_MINOR + 1, 4200.5, '4200,50', -1]) {
      const refused = await send(wrong);
      expect(refused.statusCode, String(wrong)).toBe(400);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.json().errors[0].field).toBe('amountMinor');
    }
    const highest = await send(MAX_UNIT_PRICE_MINOR);
    expect(highest.statusCode, highest.body).toBe(201);
  });

  it('pages the price history with its total, for the officer and the supplier alike', async () => {
    for (const [caller, url] of [
      [officer, supplierPrices],
      [supplierSession, `/api/organisations/${supplier.id}/company/prices`],
    ] as const) {
      await expectPagedList({
        app,
        caller,
        url,
        sort: 'created',
        value: (item) => String(item.createdAt),
        atLeast: 3,
      });
    }
    // By category (the default), each line's history stays newest first.
    const listed = await call(app, officer, { method: 'GET', url: `${supplierPrices}?limit=200` });
    const created = listed.json<{ items: { createdAt: string }[] }>().items.map((p) => p.createdAt);
    expect(created).toEqual([...created].sort().reverse());
  });

  it('offers the supplier every category open for prices, however many the bodies keep', async () => {
    const large = await createOrganisation(db, { kind: 'procurement_body' });
    await sql`
      INSERT INTO service_categories (organisation_id, code, service_kind, name_sv, name_da,
        name_en, default_unit, created_at)
      SELECT ${large.id}, 'extra_' || n, 'hvb', 'Extra ' || n, 'Ekstra ' || n, 'Extra ' || n,
        'day', ${clock.now()}
      FROM generate_series(1, 1001) n`.execute(db);
    const open = await db
      .selectFrom('service_categories')
      .where('retired_at', 'is', null)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(open.n)).toBeGreaterThan(1001);
    const own = await call(app, supplierSession, {
      method: 'GET',
      url: `/api/organisations/${supplier.id}/company/prices`,
    });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().categories).toHaveLength(Number(open.n));
  });
});
