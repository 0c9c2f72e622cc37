// The home page's work lists: each role gets its own list, scoped to its organisation.
import type { Role } from '@tildel/domain/permissions';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, type Caller } from './support/app.ts';
import { createOrganisation, createSession, createUser } from './support/factories.ts';

const { app, database, clock } = await createTestApp();
const db = database.db;
const now = clock.now(); // 2026-11-23 (a Monday) 09:00 UTC
const hoursFromNow = (h: number) => new Date(now.getTime() + h * 3_600_000);

let body: { id: string };
let otherBody: { id: string };
let supplier: { id: string; name: string };
let otherSupplier: { id: string; name: string };
let officer: Caller;
let quality: Caller;
let supplierUser: Caller;
let controller: Caller;

async function callerIn(organisationId: string, roles: Role[]) {
  const user = await createUser(db, { memberships: [{ organisationId, roles }] });
  return createSession(db, clock, user.id, organisationId);
}

async function dps(ownerId: string, title: string) {
  return db
    .insertInto('dynamic_purchasing_systems')
    .values({
      organisation_id: ownerId,
      reference: `DPS-${Math.random().toString(36).slice(2, 8)}`,
      title,
      country: 'SE',
      status: 'open',
      valid_from: '2026-01-01',
      valid_to: '2029-12-31',
      initial_period_ends_on: '2026-02-15',
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

async function application(dpsId: string, ownerId: string, supplierId: string, dueAt: Date) {
  return db
    .insertInto('dps_applications')
    .values({
      dps_id: dpsId,
      organisation_id: ownerId,
      supplier_id: supplierId,
      status: 'pending',
      received_at: hoursFromNow(-24 * 10),
      in_initial_period: false,
      decision_due_at: dueAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

beforeAll(async () => {
  body = await createOrganisation(db, { kind: 'procurement_body' });
  otherBody = await createOrganisation(db, { kind: 'procurement_body' });
  supplier = await createOrganisation(db, { kind: 'supplier', name: 'Åsens HVB AB' });
  otherSupplier = await createOrganisation(db, { kind: 'supplier', name: 'Annan Leverantör AB' });
  officer = await callerIn(body.id, ['procurement_officer']);
  quality = await callerIn(body.id, ['quality_officer']);
  supplierUser = await callerIn(supplier.id, ['supplier_user']);
  controller = await callerIn(body.id, ['controller']);

  const ours = await dps(body.id, 'Hyrsocionomer 2026');
  const theirs = await dps(otherBody.id, 'Någon annans DIS');
  await application(ours.id, body.id, supplier.id, hoursFromNow(-2)); // overdue
  await application(ours.id, body.id, otherSupplier.id, hoursFromNow(48));
  await application(theirs.id, otherBody.id, otherSupplier.id, hoursFromNow(24));
});

describe('the work list', () => {
  it('shows a procurement officer the pending applications of its own DPS, soonest due first, overdue marked', async () => {
    const response = await call(app, officer, {
      method: 'GET',
      url: `/api/organisations/${body.id}/worklist`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const list = response.json();
    expect(list.today).toBe('2026-11-23');
    const applications = list.procurement.applications;
    expect(applications.map((a: { supplierName: string }) => a.supplierName)).toEqual([
      'Åsens HVB AB',
      'Annan Leverantör AB',
    ]);
    expect(applications.map((a: { overdue: boolean }) => a.overdue)).toEqual([true, false]);
    expect(list.quality).toBeUndefined();
    expect(list.supplier).toBeUndefined();
  });

  it('shows a supplier only its own applications, and no procurement list', async () => {
    const response = await call(app, supplierUser, {
      method: 'GET',
      url: `/api/organisations/${supplier.id}/worklist`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const list = response.json();
    expect(list.procurement).toBeUndefined();
    expect(list.supplier.applications).toHaveLength(1);
    expect(list.supplier.applications[0]).toMatchObject({
      dpsTitle: 'Hyrsocionomer 2026',
      status: 'pending',
    });
  });

  it('shows a quality officer the suppliers hidden on its agreements', async () => {
    const category = await db
      .insertInto('service_categories')
      .values({
        organisation_id: body.id,
        code: 'hvb_youth',
        service_kind: 'hvb',
        name_sv: 'HVB',
        name_da: 'HVB',
        name_en: 'HVB',
        default_unit: 'day',
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const agreement = await db
      .insertInto('framework_agreements')
      .values({
        organisation_id: body.id,
        reference: 'SYD-1',
        title: 'HVB',
        country: 'SE',
        status: 'active',
        starts_on: '2026-01-01',
        ends_on: '2027-03-31',
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const lot = await db
      .insertInto('agreement_lots')
      .values({
        agreement_id: agreement.id,
        organisation_id: body.id,
        number: 1,
        name: 'Skåne nordost',
        category_id: category.id,
        calloff_method: 'ranking',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('lot_suppliers')
      .values({
        lot_id: lot.id,
        supplier_id: supplier.id,
        agreement_id: agreement.id,
        organisation_id: body.id,
        rank: 1,
        status: 'hidden',
        status_reason: 'Bemanningen uppfyller inte avtalet',
        hidden_from: '2026-11-01',
        hidden_to: '2027-01-31',
      })
      .execute();

    const response = await call(app, quality, {
      method: 'GET',
      url: `/api/organisations/${body.id}/worklist`,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().quality.hiddenSuppliers).toEqual([
      expect.objectContaining({
        supplierName: 'Åsens HVB AB',
        lotName: 'Skåne nordost',
        hiddenTo: '2027-01-31',
      }),
    ]);
    // The agreement ends within the horizon, so the procurement officer sees it too.
    const forOfficer = await call(app, officer, {
      method: 'GET',
      url: `/api/organisations/${body.id}/worklist`,
    });
    expect(forOfficer.json().procurement.agreementsEnding).toEqual([
      expect.objectContaining({ reference: 'SYD-1', endsOn: '2027-03-31' }),
    ]);
  });

  it('shows a quality officer the permit problems of the suppliers it works with, by supplier name', async () => {
    // Åsens is on the body's lot (the test before), Annan applies to its DPS; a third supplier
    // works with someone else only.
    const stranger = await createOrganisation(db, { kind: 'supplier', name: 'Ärlig Omsorg AB' });
    const home = async (supplierId: string, name: string) =>
      db
        .insertInto('establishments')
        .values({
          supplier_id: supplierId,
          name,
          service_kind: 'hvb',
          country: 'SE',
          municipality_code: '1290',
          lat: 56.03,
          lon: 14.16,
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    const permit = async (
      establishmentId: string,
      supplierId: string,
      reference: string,
      values: { status?: 'valid' | 'revoked'; validTo?: string; openCases?: number },
    ) =>
      db
        .insertInto('permits')
        .values({
          establishment_id: establishmentId,
          supplier_id: supplierId,
          authority: 'IVO',
          reference,
          status: values.status ?? 'valid',
          valid_to: values.validTo ?? '2030-12-31',
          open_cases: values.openCases ?? 0,
          created_at: now,
          updated_at: now,
        })
        .execute();
    const asen = await home(supplier.id, 'Åsen');
    const annan = await home(otherSupplier.id, 'Annangården');
    const arlig = await home(stranger.id, 'Ärliga hemmet');
    await permit(asen.id, supplier.id, 'IVO-1', { status: 'revoked' });
    await permit(asen.id, supplier.id, 'IVO-2', {}); // valid, no cases: no problem
    await permit(annan.id, otherSupplier.id, 'IVO-3', { validTo: '2026-11-01', openCases: 2 });
    await permit(arlig.id, stranger.id, 'IVO-4', { status: 'revoked' });

    const response = await call(app, quality, {
      method: 'GET',
      url: `/api/organisations/${body.id}/worklist`,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().quality.permitProblems).toEqual([
      expect.objectContaining({
        supplierName: 'Annan Leverantör AB',
        establishmentName: 'Annangården',
        status: 'valid',
        validTo: '2026-11-01',
        openCases: 2,
      }),
      expect.objectContaining({
        supplierName: 'Åsens HVB AB',
        establishmentName: 'Åsen',
        status: 'revoked',
      }),
    ]);
  });

  it('gives a role without a market list none of the lists', async () => {
    const response = await call(app, controller, {
      method: 'GET',
      url: `/api/organisations/${body.id}/worklist`,
    });
    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.json())).toEqual(['today']);
  });
});
