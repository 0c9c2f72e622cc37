// Framework agreements: a body drafts an agreement for municipalities in its mandate, with lots,
// ranked suppliers and their agreed prices, activates it when complete, hides and terminates
// suppliers on a timeline, and tells a municipality whether it may call off.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { seedDefaultTaxonomy } from '../src/modules/agreements/taxonomy/defaults.ts';
import { masterKey } from '../src/platform/sealing.ts';
import { seedDemoIfEmpty } from '../src/seed/demo.ts';
import { call, createTestApp, type Caller } from './support/app.ts';
import { csvDownload, sheetRows, xlsxDownload } from './support/download.ts';
import { expectBadPagesRefused, expectPagedList, expectPages } from './support/paging.ts';
import { createOrganisation, createSession, createUser, randomUUID } from './support/factories.ts';

const { app, database, clock, config } = await createTestApp();
const db = database.db;
// The demo world first (it seeds only an empty database), then this file's own organisations.
await seedDemoIfEmpty(db, clock, masterKey(config.masterKey!));

const body = await createOrganisation(db, { kind: 'procurement_body', name: 'Sydupphandling' });
const member = await createOrganisation(db, { kind: 'municipality', name: 'Kristianstads kommun' });
const otherMember = await createOrganisation(db, { kind: 'municipality', name: 'Ystads kommun' });
const outsider = await createOrganisation(db, { kind: 'municipality', name: 'Malmö stad' });
await db
  .insertInto('body_mandates')
  .values([member, otherMember].map((m) => ({ organisation_id: body.id, municipality_id: m.id })))
  .execute();
await db.transaction().execute((trx) => seedDefaultTaxonomy(trx, clock, body.id, 'SE'));
const hvb = await db
  .selectFrom('service_categories')
  .select('id')
  .where('organisation_id', '=', body.id)
  .where('code', '=', 'hvb_youth')
  .executeTakeFirstOrThrow();
// A second category of the body, to filter lots by.
const otherCategory = await db
  .selectFrom('service_categories')
  .select('id')
  .where('organisation_id', '=', body.id)
  .where('code', '<>', 'hvb_youth')
  .orderBy('code')
  .limit(1)
  .executeTakeFirstOrThrow();
const suppliers = await Promise.all(
  ['Lindgården', 'Tallstigen', 'Klövervallen', 'Havsbrisen'].map((name) =>
    createOrganisation(db, {
      kind: 'supplier',
      name: `${name} HVB AB ${randomUUID().slice(0, 4)}`,
    }),
  ),
);
const [s1, s2, s3, s4] = suppliers.map((s) => s.id) as [string, string, string, string];

async function sessionFor(
  organisationId: string,
  role: 'procurement_officer' | 'buyer' | 'supplier_user',
): Promise<Caller> {
  const user = await createUser(db, {
    name: `Test ${role}`,
    memberships: [{ organisationId, roles: [role] }],
  });
  return createSession(db, clock, user.id, organisationId);
}
const officer = await sessionFor(body.id, 'procurement_officer');
// A second body with its own taxonomy: it must not see or change the first body's lots.
const otherBody = await createOrganisation(db, {
  kind: 'procurement_body',
  name: 'Nordupphandling',
});
await db.transaction().execute((trx) => seedDefaultTaxonomy(trx, clock, otherBody.id, 'SE'));
const otherBodyCategory = await db
  .selectFrom('service_categories')
  .select('id')
  .where('organisation_id', '=', otherBody.id)
  .where('code', '=', 'hvb_youth')
  .executeTakeFirstOrThrow();
const otherOfficer = await sessionFor(otherBody.id, 'procurement_officer');
const buyer = await sessionFor(member.id, 'buyer');
const outsiderBuyer = await sessionFor(outsider.id, 'buyer');
const supplierUser = await sessionFor(s1, 'supplier_user');

const base = (orgId: string) => `/api/organisations/${orgId}/agreements`;

function send(
  caller: Caller,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
) {
  return call(app, caller, { method, url, ...(payload === undefined ? {} : { payload }) });
}

const draftInput = (reference: string) => ({
  reference,
  title: 'HVB för barn och unga',
  startsOn: '2026-01-01',
  endsOn: '2027-12-31',
  extensionOptions: [12, 12],
});

async function createDraft(reference = `SYD-${randomUUID().slice(0, 8)}`) {
  const response = await send(officer, 'POST', base(body.id), draftInput(reference));
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string; version: number }>();
}

/** A complete draft: two municipalities, one lot with three ranked suppliers. */
async function completeDraft() {
  const draft = await createDraft();
  const url = `${base(body.id)}/${draft.id}`;
  await send(officer, 'PUT', `${url}/municipalities`, {
    municipalityIds: [member.id, otherMember.id],
  });
  const lot = await send(officer, 'POST', `${url}/lots`, {
    number: 1,
    name: 'Skåne nordost',
    categoryId: hvb.id,
    areaMunicipalityCodes: ['1290', '1293'],
    method: 'volume_rule',
    volumeThreshold: 90,
    volumeUnit: 'day',
  });
  expect(lot.statusCode, lot.body).toBe(201);
  const lotId = lot.json<{ id: string }>().id;
  for (const supplierId of [s1, s2, s3]) {
    const added = await send(officer, 'POST', `${url}/lots/${lotId}/suppliers`, {
      supplierId,
      price: { amountMinor: 420_000, currency: 'SEK' },
    });
    expect(added.statusCode, added.body).toBe(201);
  }
  return { id: draft.id, url, lotId };
}

async function activated() {
  const draft = await completeDraft();
  const detail = (await send(officer, 'GET', draft.url)).json<{ version: number }>();
  const response = await send(officer, 'POST', `${draft.url}/activate`, {
    version: detail.version,
  });
  expect(response.statusCode, response.body).toBe(200);
  return draft;
}

interface Detail {
  status: string;
  version: number;
  longPeriodReason: string | null;
  lotCount: number;
  nextLotNumber: number;
  activationGaps: string[];
  requirements: {
    kind: string;
    lotId: string | null;
    lot: { number: number; name: string } | null;
    parameters: Record<string, unknown>;
  }[];
}

interface Lot {
  id: string;
  number: number;
  name: string;
  areaMunicipalityCodes: string[];
  method: { kind: string; threshold: number | null; unit: string | null };
  suppliers: {
    supplierId: string;
    rank: number;
    status: string;
    effectiveStatus: string;
    reason: string | null;
    hiddenFrom: string | null;
    hiddenTo: string | null;
    terminatedOn: string | null;
    price: { amountMinor: number; validFrom: string } | null;
  }[];
}

/** The agreement's lots as `caller` reads them (the first page, or as `query` asks). */
async function lotsOf(url: string, caller: Caller = officer, query = '') {
  const response = await send(caller, 'GET', `${url}/lots${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: Lot[]; total: number }>().items;
}

describe('drafting an agreement', () => {
  it('refuses a reference the body already uses, with a clear conflict', async () => {
    await createDraft('SYD-2026-001');
    const again = await send(officer, 'POST', base(body.id), draftInput('syd-2026-001'));
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0]).toMatchObject({ field: 'reference' });
    expect(again.json().detail).toContain('syd-2026-001');
  });

  it('refuses a period over four years with extensions unless the reason is recorded, and shows the reason', async () => {
    const long = { ...draftInput('SYD-LONG'), endsOn: '2029-12-31', extensionOptions: [12] };
    const refused = await send(officer, 'POST', base(body.id), long);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([expect.objectContaining({ field: 'longPeriodReason' })]);
    expect(refused.json().errors[0].message).toContain('2030-12-31');

    const reason = 'Långa placeringar kräver kontinuitet för barnen';
    const accepted = await send(officer, 'POST', base(body.id), {
      ...long,
      longPeriodReason: reason,
    });
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(accepted.json<Detail>().longPeriodReason).toBe(reason);
    const list = await send(officer, 'GET', base(body.id));
    expect(
      list.json().items.find((a: { reference: string }) => a.reference === 'SYD-LONG'),
    ).toMatchObject({
      longPeriodReason: reason,
    });
  });

  it('edits a draft only with the current version', async () => {
    const draft = await createDraft();
    const url = `${base(body.id)}/${draft.id}`;
    const edited = await send(officer, 'PUT', url, {
      ...draftInput('SYD-EDITED'),
      version: draft.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const stale = await send(officer, 'PUT', url, {
      ...draftInput('SYD-EDITED-2'),
      version: draft.version,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('lets in only municipalities in the body’s mandate', async () => {
    const draft = await createDraft();
    const refused = await send(officer, 'PUT', `${base(body.id)}/${draft.id}/municipalities`, {
      municipalityIds: [member.id, outsider.id],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].field).toBe('municipalityIds');
  });

  it('refuses to activate an incomplete draft and says what is missing', async () => {
    const draft = await createDraft();
    const response = await send(officer, 'POST', `${base(body.id)}/${draft.id}/activate`, {
      version: draft.version,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'lots',
      'municipalityIds',
    ]);
    const lot = await send(officer, 'POST', `${base(body.id)}/${draft.id}/lots`, {
      number: 1,
      name: 'Halland',
      categoryId: hvb.id,
      method: 'ranking',
    });
    expect(lot.statusCode).toBe(201);
    const again = await send(officer, 'POST', `${base(body.id)}/${draft.id}/activate`, {
      version: draft.version,
    });
    expect(again.json().errors.map((e: { message: string }) => e.message)).toContain(
      'Every lot needs at least one supplier.',
    );
  });

  it('refuses a volume rule without a threshold', async () => {
    const draft = await createDraft();
    const response = await send(officer, 'POST', `${base(body.id)}/${draft.id}/lots`, {
      number: 1,
      name: 'Kronoberg',
      categoryId: hvb.id,
      method: 'volume_rule',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('volumeThreshold');
  });
});

describe('ranked suppliers on a lot', () => {
  it('keeps ranks 1..n when a supplier is inserted, the lot is reordered, and one is removed', async () => {
    const { url, lotId } = await completeDraft();
    const ranks = async () => (await lotsOf(url))[0]!.suppliers.map((s) => [s.supplierId, s.rank]);
    expect(await ranks()).toEqual([
      [s1, 1],
      [s2, 2],
      [s3, 3],
    ]);
    const inserted = await send(officer, 'POST', `${url}/lots/${lotId}/suppliers`, {
      supplierId: s4,
      rank: 1,
    });
    expect(inserted.statusCode, inserted.body).toBe(201);
    expect(await ranks()).toEqual([
      [s4, 1],
      [s1, 2],
      [s2, 3],
      [s3, 4],
    ]);
    const reordered = await send(officer, 'PUT', `${url}/lots/${lotId}/ranking`, {
      supplierIds: [s3, s2, s1, s4],
    });
    expect(reordered.statusCode, reordered.body).toBe(200);
    expect(await ranks()).toEqual([
      [s3, 1],
      [s2, 2],
      [s1, 3],
      [s4, 4],
    ]);
    const mismatch = await send(officer, 'PUT', `${url}/lots/${lotId}/ranking`, {
      supplierIds: [s3, s2],
    });
    expect(mismatch.statusCode).toBe(400);
    const removed = await send(officer, 'DELETE', `${url}/lots/${lotId}/suppliers/${s2}`);
    expect(removed.statusCode).toBe(200);
    expect(await ranks()).toEqual([
      [s3, 1],
      [s1, 2],
      [s4, 3],
    ]);
  });

  it('stores the agreed price in the price list under the agreement', async () => {
    const { id, url } = await completeDraft();
    expect((await lotsOf(url))[0]!.suppliers[0]!.price).toMatchObject({ amountMinor: 420_000 });
    const stored = await db
      .selectFrom('prices')
      .selectAll()
      .where('agreement_id', '=', id)
      .execute();
    expect(stored).toHaveLength(3);
    expect(stored[0]).toMatchObject({ status: 'agreed', unit: 'day', category_id: hvb.id });
  });

  it('shows the price that will apply when the agreement has not started yet', async () => {
    const draft = await send(officer, 'POST', base(body.id), {
      ...draftInput(`SYD-${randomUUID().slice(0, 8)}`),
      startsOn: '2099-01-01',
      endsOn: '2099-12-31',
      extensionOptions: [],
    });
    const url = `${base(body.id)}/${draft.json<{ id: string }>().id}`;
    const lot = await send(officer, 'POST', `${url}/lots`, {
      number: 1,
      name: 'Framtid',
      categoryId: hvb.id,
      method: 'ranking',
    });
    const lotId = lot.json<{ id: string }>().id;
    await send(officer, 'POST', `${url}/lots/${lotId}/suppliers`, {
      supplierId: s4,
      price: { amountMinor: 425_050, currency: 'SEK' },
    });
    expect((await lotsOf(url))[0]!.suppliers[0]!.price).toMatchObject({
      amountMinor: 425_050,
      validFrom: '2099-01-01',
    });
  });

  it('refuses the same supplier twice on a lot', async () => {
    const { url, lotId } = await completeDraft();
    const again = await send(officer, 'POST', `${url}/lots/${lotId}/suppliers`, { supplierId: s1 });
    expect(again.statusCode).toBe(409);
  });
});

describe('editing and deleting a lot of a draft', () => {
  const lotInput = {
    number: 1,
    name: 'Skåne nordost',
    categoryId: hvb.id,
    areaMunicipalityCodes: ['1290', '1293'],
    method: 'volume_rule',
    volumeThreshold: 90,
    volumeUnit: 'day',
  };

  async function addLot(url: string, number: number) {
    const response = await send(officer, 'POST', `${url}/lots`, {
      number,
      name: `Delområde ${number}`,
      categoryId: hvb.id,
      method: 'ranking',
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string }>().id;
  }

  it('edits a lot with the same checks as adding one, and audits before and after', async () => {
    const { id, url, lotId } = await completeDraft();
    const edited = await send(officer, 'PUT', `${url}/lots/${lotId}`, {
      ...lotInput,
      number: 3,
      name: 'Skåne nordost och Blekinge',
      areaMunicipalityCodes: ['1290'],
      method: 'ranking',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const lot = (await lotsOf(url))[0]!;
    expect(lot).toMatchObject({
      number: 3,
      name: 'Skåne nordost och Blekinge',
      areaMunicipalityCodes: ['1290'],
      method: { kind: 'ranking', threshold: null, unit: null },
    });
    // The suppliers stay on the lot in their ranks.
    expect(lot.suppliers.map((s) => s.supplierId)).toEqual([s1, s2, s3]);
    const audit = await db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('object_id', '=', id)
      .where('action', '=', 'agreement.lot_updated')
      .executeTakeFirstOrThrow();
    expect(audit.before).toMatchObject({ lotId, number: 1, calloffMethod: 'volume_rule' });
    expect(audit.after).toMatchObject({ lotId, number: 3, calloffMethod: 'ranking' });
  });

  it('keeps its own number, but refuses another lot’s number, unknown areas, a foreign category and an incomplete volume rule', async () => {
    const { url, lotId } = await completeDraft();
    const keptNumber = await send(officer, 'PUT', `${url}/lots/${lotId}`, lotInput);
    expect(keptNumber.statusCode, keptNumber.body).toBe(200);
    await addLot(url, 2);

    const taken = await send(officer, 'PUT', `${url}/lots/${lotId}`, { ...lotInput, number: 2 });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().errors[0]).toMatchObject({ field: 'number' });
    expect(taken.json().detail).toContain('Lot 2');

    const unknownArea = await send(officer, 'PUT', `${url}/lots/${lotId}`, {
      ...lotInput,
      areaMunicipalityCodes: ['1290', '9999'],
    });
    expect(unknownArea.statusCode).toBe(400);
    expect(unknownArea.json().errors[0]).toMatchObject({ field: 'areaMunicipalityCodes' });
    expect(unknownArea.json().errors[0].message).toContain('9999');

    const foreign = await send(officer, 'PUT', `${url}/lots/${lotId}`, {
      ...lotInput,
      categoryId: otherBodyCategory.id,
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors[0]).toMatchObject({ field: 'categoryId' });

    const incomplete = await send(officer, 'PUT', `${url}/lots/${lotId}`, {
      ...lotInput,
      volumeThreshold: null,
    });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().errors[0]).toMatchObject({ field: 'volumeThreshold' });

    const blank = await send(officer, 'PUT', `${url}/lots/${lotId}`, { ...lotInput, name: '  ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().errors[0]).toMatchObject({ field: 'name' });
  });

  it('refuses to edit or delete a lot once the agreement is active', async () => {
    const { url, lotId } = await activated();
    const edit = await send(officer, 'PUT', `${url}/lots/${lotId}`, lotInput);
    expect(edit.statusCode).toBe(409);
    expect(edit.json().detail).toContain('draft');
    const remove = await send(officer, 'DELETE', `${url}/lots/${lotId}`);
    expect(remove.statusCode).toBe(409);
  });

  it('answers 404 to another body, and for a lot of another agreement', async () => {
    const { id, url, lotId } = await completeDraft();
    const foreignUrl = `${base(otherBody.id)}/${id}/lots/${lotId}`;
    expect((await send(otherOfficer, 'PUT', foreignUrl, lotInput)).statusCode).toBe(404);
    expect((await send(otherOfficer, 'DELETE', foreignUrl)).statusCode).toBe(404);
    const other = await createDraft();
    const wrongLot = `${base(body.id)}/${other.id}/lots/${lotId}`;
    expect((await send(officer, 'PUT', wrongLot, lotInput)).statusCode).toBe(404);
    expect((await send(officer, 'DELETE', wrongLot)).statusCode).toBe(404);
    // Nothing changed.
    expect((await lotsOf(url)).map((l) => l.id)).toEqual([lotId]);
  });

  it('deletes a lot with its suppliers and lot requirements, keeping the rest', async () => {
    const { id, url, lotId } = await completeDraft();
    const second = await addLot(url, 2);
    await send(officer, 'POST', `${url}/lots/${second}/suppliers`, { supplierId: s4 });
    for (const onLot of [second, null])
      expect(
        (
          await send(officer, 'POST', `${url}/requirements`, {
            kind: 'awake_night_staff',
            parameters: { required: true },
            lotId: onLot,
          })
        ).statusCode,
      ).toBe(201);

    const deleted = await send(officer, 'DELETE', `${url}/lots/${second}`);
    expect(deleted.statusCode, deleted.body).toBe(200);
    const detail = deleted.json<Detail>();
    expect(detail.lotCount).toBe(1);
    expect((await lotsOf(url)).map((l) => l.id)).toEqual([lotId]);
    expect(detail.requirements.map((r) => r.lotId)).toEqual([null]);
    const left = await db
      .selectFrom('lot_suppliers')
      .select('supplier_id')
      .where('agreement_id', '=', id)
      .execute();
    expect(left).toHaveLength(3);
    const audit = await db
      .selectFrom('audit_log')
      .select('before')
      .where('object_id', '=', id)
      .where('action', '=', 'agreement.lot_deleted')
      .executeTakeFirstOrThrow();
    expect(audit.before).toMatchObject({
      lotId: second,
      number: 2,
      suppliers: [{ supplierId: s4, rank: 1 }],
      requirements: [expect.objectContaining({ kind: 'awake_night_staff' })],
    });
  });

  it('refuses to delete a lot whose suppliers have a status history', async () => {
    const { url, lotId } = await completeDraft();
    const hidden = await send(officer, 'POST', `${url}/suppliers/${s2}/status`, {
      action: 'hide',
      lotId,
      reason: 'Tillståndet granskas',
      from: '2026-11-20',
    });
    expect(hidden.statusCode, hidden.body).toBe(200);
    const refused = await send(officer, 'DELETE', `${url}/lots/${lotId}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('history');
    expect((await lotsOf(url))[0]!.suppliers).toHaveLength(3);
  });
});

describe('contract requirements', () => {
  it('are validated by kind and stored as typed parameters', async () => {
    const { url } = await completeDraft();
    const wrong = await send(officer, 'POST', `${url}/requirements`, {
      kind: 'staffing_density',
      parameters: { minStaffPerResident: '1,2' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].field).toBe('parameters.minStaffPerResident');
    const right = await send(officer, 'POST', `${url}/requirements`, {
      kind: 'competence_share',
      parameters: { minSharePercent: 60, educationCodes: ['socionom', 'behandlingspedagog'] },
    });
    expect(right.statusCode, right.body).toBe(201);
    const detail = (await send(officer, 'GET', url)).json<Detail>();
    expect(detail.requirements).toEqual([
      expect.objectContaining({
        kind: 'competence_share',
        parameters: { minSharePercent: 60, educationCodes: ['socionom', 'behandlingspedagog'] },
      }),
    ]);
  });
});

describe('who sees an agreement', () => {
  it('a participating municipality sees the active agreement read-only; others get 404; suppliers 403', async () => {
    const { id } = await activated();
    const list = await send(buyer, 'GET', base(member.id));
    expect(list.json().items.map((a: { id: string }) => a.id)).toContain(id);
    const detail = await send(buyer, 'GET', `${base(member.id)}/${id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({ owned: false, participating: true, status: 'active' });

    expect((await send(outsiderBuyer, 'GET', `${base(outsider.id)}/${id}`)).statusCode).toBe(404);
    expect((await send(outsiderBuyer, 'GET', base(outsider.id))).json().items).toEqual([]);
    // Even naming its own organisation in the URL, a buyer cannot write.
    const write = await send(buyer, 'POST', `${base(member.id)}/${id}/activate`, { version: 1 });
    expect(write.statusCode).toBe(403);
    expect((await send(supplierUser, 'GET', base(s1))).statusCode).toBe(403);
  });

  it('a municipality does not see a draft it will take part in', async () => {
    const { id } = await completeDraft();
    expect((await send(buyer, 'GET', `${base(member.id)}/${id}`)).statusCode).toBe(404);
  });
});

describe('a supplier’s status on the agreement', () => {
  it('hide, lift and terminate each write the timeline and the audit trail; termination is final', async () => {
    const { id, url, lotId } = await activated();
    const hide = await send(officer, 'POST', `${url}/suppliers/${s2}/status`, {
      action: 'hide',
      lotId,
      reason: 'Bemanningen följer inte avtalet',
      from: '2026-11-20',
      to: '2026-12-20',
    });
    expect(hide.statusCode, hide.body).toBe(200);
    const asBuyer = `${base(member.id)}/${id}`;
    expect(
      (await lotsOf(asBuyer, buyer))[0]!.suppliers.find((s) => s.supplierId === s2),
    ).toMatchObject({
      status: 'hidden',
      effectiveStatus: 'hidden',
      reason: 'Bemanningen följer inte avtalet',
      hiddenFrom: '2026-11-20',
      hiddenTo: '2026-12-20',
    });

    const lift = await send(officer, 'POST', `${url}/suppliers/${s2}/status`, {
      action: 'lift',
      reason: 'Rättat',
    });
    expect(lift.statusCode).toBe(200);
    const liftAgain = await send(officer, 'POST', `${url}/suppliers/${s2}/status`, {
      action: 'lift',
    });
    expect(liftAgain.statusCode).toBe(400);

    const terminate = await send(officer, 'POST', `${url}/suppliers/${s2}/status`, {
      action: 'terminate',
      reason: 'Allvarligt avtalsbrott',
      effectiveOn: '2026-11-23',
    });
    expect(terminate.statusCode).toBe(200);
    const hideTerminated = await send(officer, 'POST', `${url}/suppliers/${s2}/status`, {
      action: 'hide',
      reason: 'x',
      from: '2026-12-01',
    });
    expect(hideTerminated.statusCode).toBe(400);

    const timeline = await send(buyer, 'GET', `${base(member.id)}/${id}/suppliers/${s2}/timeline`);
    expect(timeline.statusCode).toBe(200);
    const statuses = (answer: typeof timeline) =>
      answer
        .json()
        .events.items.map((e: { status: string; reason: string }) => [e.status, e.reason]);
    expect(statuses(timeline)).toEqual([
      ['terminated', 'Allvarligt avtalsbrott'],
      ['active', 'Rättat'],
      ['hidden', 'Bemanningen följer inte avtalet'],
    ]);
    // A page at a time, with the total: a change on every lot of a national agreement is thousands.
    const timelineUrl = `${base(member.id)}/${id}/suppliers/${s2}/timeline`;
    const second = await send(buyer, 'GET', `${timelineUrl}?limit=2&offset=2`);
    expect(second.json().events).toMatchObject({ total: 3, limit: 2, offset: 2 });
    expect(statuses(second)).toEqual([['hidden', 'Bemanningen följer inte avtalet']]);
    const oldestFirst = await send(buyer, 'GET', `${timelineUrl}?limit=1&order=asc`);
    expect(statuses(oldestFirst)).toEqual([['hidden', 'Bemanningen följer inte avtalet']]);
    const tooMany = await send(buyer, 'GET', `${timelineUrl}?limit=100000`);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.headers['content-type']).toContain('application/problem+json');
    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', id)
      .where('action', 'like', 'agreement.supplier_%')
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'agreement.supplier_added',
      'agreement.supplier_added',
      'agreement.supplier_added',
      'agreement.supplier_hidden',
      'agreement.supplier_hiding_lifted',
      'agreement.supplier_terminated',
    ]);
    // Terminated suppliers stay on the lot with their status, for the body and the municipality.
    for (const [lotsUrl, caller] of [
      [url, officer],
      [asBuyer, buyer],
    ] as const)
      expect(
        (await lotsOf(lotsUrl, caller))[0]!.suppliers.find((s) => s.supplierId === s2),
      ).toMatchObject({
        status: 'terminated',
        effectiveStatus: 'terminated',
        terminatedOn: '2026-11-23',
        reason: 'Allvarligt avtalsbrott',
      });
  });
});

describe('extension options', () => {
  it('moves the end date one option at a time, with the audit trail, until none is left', async () => {
    const draft = await completeDraft();
    let version = (await send(officer, 'GET', draft.url)).json<Detail>().version;
    const early = await send(officer, 'POST', `${draft.url}/extensions`, { version });
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('active agreement');

    const { url, id } = await activated();
    version = (await send(officer, 'GET', url)).json<Detail>().version;
    const stale = await send(officer, 'POST', `${url}/extensions`, { version: version + 7 });
    expect(stale.statusCode).toBe(409);
    const first = await send(officer, 'POST', `${url}/extensions`, { version });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ extensionsUsed: 1, currentEndsOn: '2028-12-31' });
    const second = await send(officer, 'POST', `${url}/extensions`, {
      version: first.json<Detail>().version,
    });
    expect(second.json()).toMatchObject({ extensionsUsed: 2, currentEndsOn: '2029-12-31' });
    const none = await send(officer, 'POST', `${url}/extensions`, {
      version: second.json<Detail>().version,
    });
    expect(none.statusCode).toBe(409);
    expect(none.json().detail).toContain('extension option');

    const notOwner = await send(buyer, 'POST', `${base(member.id)}/${id}/extensions`, {
      version: second.json<Detail>().version,
    });
    expect(notOwner.statusCode).toBe(403);
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('object_id', '=', id)
      .where('action', '=', 'agreement.extension_used')
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.after)).toEqual([
      { extensionsUsed: 1, months: 12, endsOn: '2028-12-31' },
      { extensionsUsed: 2, months: 12, endsOn: '2029-12-31' },
    ]);
  });
});

describe('the lots, a page at a time', () => {
  /** The complete draft's lot 1 (Skåne nordost, 1290 and 1293, three suppliers) and three more. */
  async function draftWithLots() {
    const draft = await completeDraft();
    const more = [
      { number: 2, name: 'Delområde 2', categoryId: otherCategory.id },
      { number: 3, name: 'Blekinge', categoryId: hvb.id, areaMunicipalityCodes: ['1080'] },
      { number: 12, name: 'Delområde 12', categoryId: hvb.id },
    ];
    const ids: Record<number, string> = { 1: draft.lotId };
    for (const lot of more) {
      const added = await send(officer, 'POST', `${draft.url}/lots`, { ...lot, method: 'ranking' });
      expect(added.statusCode, added.body).toBe(201);
      ids[lot.number] = added.json<{ id: string }>().id;
    }
    return { ...draft, ids };
  }

  const numbers = async (url: string, query: string) =>
    (await lotsOf(url, officer, query)).map((l) => l.number);

  it('pages the lots by number with the total, and refuses bad pages as problem+json', async () => {
    const { url } = await draftWithLots();
    const all = await expectPages({
      app,
      caller: officer,
      url: `${url}/lots`,
      id: (l: Lot) => l.id,
    });
    expect(all.total).toBe(4);
    expect(all.items.map((l) => l.number)).toEqual([1, 2, 3, 12]);
    expect(all.items[0]!.suppliers.map((s) => [s.supplierId, s.rank])).toEqual([
      [s1, 1],
      [s2, 2],
      [s3, 3],
    ]);
    expect(await numbers(url, '?order=desc&limit=3')).toEqual([12, 3, 2]);
    const page = (await send(officer, 'GET', `${url}/lots?limit=1&offset=3`)).json();
    expect(page).toMatchObject({ total: 4, limit: 1, offset: 3 });
    await expectBadPagesRefused({ app, caller: officer, url: `${url}/lots` });
  });

  it('narrows by text in the name or the number, category and municipality, with the total of the matches', async () => {
    const { url } = await draftWithLots();
    expect(await numbers(url, `?q=${encodeURIComponent('SKÅNE')}`)).toEqual([1]);
    // The number itself, or the text in a name.
    expect(await numbers(url, '?q=2')).toEqual([2, 12]);
    expect(await numbers(url, '?q=12')).toEqual([12]);
    expect(await numbers(url, '?q=3')).toEqual([3]);
    // LIKE's own characters are taken literally.
    expect(await numbers(url, `?q=${encodeURIComponent('%')}`)).toEqual([]);
    expect(await numbers(url, `?categoryId=${otherCategory.id}`)).toEqual([2]);
    // A lot without an area serves every municipality of the agreement.
    expect(await numbers(url, '?municipalityCode=1290')).toEqual([1, 2, 12]);
    expect(await numbers(url, '?municipalityCode=1080')).toEqual([2, 3, 12]);
    const both = await send(
      officer,
      'GET',
      `${url}/lots?municipalityCode=1080&categoryId=${hvb.id}&limit=1`,
    );
    expect(both.json()).toMatchObject({ total: 2, items: [{ number: 3 }] });
    // The eligibility takes the same filters.
    const eligible = await send(
      officer,
      'GET',
      `${url}/calloff-eligibility?municipalityCode=1290&q=del`,
    );
    expect(eligible.json()).toMatchObject({ total: 2, lots: [{ number: 2 }, { number: 12 }] });
  });

  it('refuses filters it cannot read as problem+json', async () => {
    const { url } = await draftWithLots();
    for (const query of [
      'municipalityCode=Lund',
      'categoryId=not-a-uuid',
      `q=${'x'.repeat(101)}`,
      'supplier=anyone',
    ]) {
      for (const route of ['lots', 'calloff-eligibility']) {
        const response = await send(officer, 'GET', `${url}/${route}?${query}`);
        expect(response.statusCode, `${route}?${query}`).toBe(400);
        expect(response.headers['content-type']).toContain('application/problem+json');
      }
    }
  });

  it('leaves the lots out of the agreement, which counts them and names each requirement’s lot', async () => {
    const { url, ids } = await draftWithLots();
    const added = await send(officer, 'POST', `${url}/requirements`, {
      kind: 'awake_night_staff',
      parameters: { required: true },
      lotId: ids[3],
    });
    expect(added.statusCode, added.body).toBe(201);
    const detail = (await send(officer, 'GET', url)).json<Detail>();
    expect(detail).not.toHaveProperty('lots');
    expect(detail).toMatchObject({ lotCount: 4, nextLotNumber: 13 });
    expect(detail.requirements).toEqual([
      expect.objectContaining({ lotId: ids[3], lot: { number: 3, name: 'Blekinge' } }),
    ]);
    // Lots 2, 3 and 12 have no suppliers yet.
    expect(detail.activationGaps).toEqual(['lot_without_suppliers']);
    const empty = (
      await send(officer, 'GET', `${base(body.id)}/${(await createDraft()).id}`)
    ).json<Detail>();
    expect(empty).toMatchObject({ lotCount: 0, nextLotNumber: 1 });
    expect(empty.activationGaps).toEqual(['no_lots', 'no_municipalities']);
  });

  it('shows the lots to whoever sees the agreement: a participating municipality with prices, not others', async () => {
    const { id } = await activated();
    const lots = await lotsOf(`${base(member.id)}/${id}`, buyer);
    expect(lots.map((l) => l.number)).toEqual([1]);
    expect(lots[0]!.suppliers.map((s) => s.price?.amountMinor)).toEqual([
      420_000, 420_000, 420_000,
    ]);
    for (const [caller, orgId] of [
      [outsiderBuyer, outsider.id],
      [otherOfficer, otherBody.id],
    ] as const) {
      const refused = await send(caller, 'GET', `${base(orgId)}/${id}/lots`);
      expect(refused.statusCode).toBe(404);
      expect(refused.headers['content-type']).toContain('application/problem+json');
    }
    expect((await send(supplierUser, 'GET', `${base(s1)}/${id}/lots`)).statusCode).toBe(403);
    // A draft is the body's own: the municipality it will serve does not see its lots yet.
    const draft = await completeDraft();
    expect((await send(buyer, 'GET', `${base(member.id)}/${draft.id}/lots`)).statusCode).toBe(404);
  });
});

describe('whether a municipality may call off', () => {
  it('answers for the caller: participating and active yes, the owner not participating, expired no', async () => {
    const { id, url, lotId } = await activated();
    await send(officer, 'POST', `${url}/suppliers/${s1}/status`, {
      action: 'hide',
      reason: 'Tillstånd saknas',
      from: '2026-11-01',
    });
    const mine = await send(buyer, 'GET', `${base(member.id)}/${id}/calloff-eligibility`);
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({ mayCallOff: true, reason: null, status: 'active' });
    expect(mine.json().lots[0]).toMatchObject({
      id: lotId,
      method: { kind: 'volume_rule', threshold: 90, unit: 'day' },
      activeSuppliers: [
        expect.objectContaining({ supplierId: s2, rank: 2 }),
        expect.objectContaining({ supplierId: s3 }),
      ],
    });
    const owner = await send(officer, 'GET', `${url}/calloff-eligibility`);
    expect(owner.json()).toMatchObject({ mayCallOff: false, reason: 'not_participating' });

    const before = clock.now();
    clock.set(new Date('2028-01-15T10:00:00Z'));
    // A session from the future: the earlier ones have lapsed by then.
    const laterBuyer = await sessionFor(member.id, 'buyer');
    const expired = await send(laterBuyer, 'GET', `${base(member.id)}/${id}/calloff-eligibility`);
    clock.set(before);
    expect(expired.json()).toMatchObject({
      mayCallOff: false,
      reason: 'expired',
      status: 'expired',
    });
  });

  it('answers the lots a page at a time, by number, with how many there are in all', async () => {
    const { url } = await completeDraft();
    for (const number of [2, 3]) {
      const lot = await send(officer, 'POST', `${url}/lots`, {
        number,
        name: `Delområde ${number}`,
        categoryId: hvb.id,
        method: 'ranking',
      });
      expect(lot.statusCode, lot.body).toBe(201);
    }
    type Eligibility = {
      lots: { number: number; activeSuppliers: { rank: number }[] }[];
      total: number;
      limit: number;
      offset: number;
    };
    const first = await send(officer, 'GET', `${url}/calloff-eligibility?limit=2`);
    expect(first.statusCode, first.body).toBe(200);
    const page = first.json<Eligibility>();
    expect(page).toMatchObject({ total: 3, limit: 2, offset: 0 });
    expect(page.lots.map((l) => l.number)).toEqual([1, 2]);
    expect(page.lots[0]!.activeSuppliers.map((s) => s.rank)).toEqual([1, 2, 3]);
    const rest = (
      await send(officer, 'GET', `${url}/calloff-eligibility?limit=2&offset=2`)
    ).json<Eligibility>();
    expect(rest).toMatchObject({ total: 3, offset: 2 });
    expect(rest.lots.map((l) => [l.number, l.activeSuppliers.length])).toEqual([[3, 0]]);
    const newest = (
      await send(officer, 'GET', `${url}/calloff-eligibility?order=desc&limit=1`)
    ).json<Eligibility>();
    expect(newest.lots.map((l) => l.number)).toEqual([3]);
    const all = (await send(officer, 'GET', `${url}/calloff-eligibility`)).json<Eligibility>();
    expect(all).toMatchObject({ total: 3, limit: 50, offset: 0 });
  });

  it('a terminated agreement can no longer be called off', async () => {
    const { id, url } = await activated();
    const version = (await send(officer, 'GET', url)).json<Detail>().version;
    const terminated = await send(officer, 'POST', `${url}/terminate`, {
      version,
      reason: 'Leverantörsmarknaden har förändrats',
      terminatedOn: '2026-11-23',
    });
    expect(terminated.statusCode, terminated.body).toBe(200);
    const answer = await send(buyer, 'GET', `${base(member.id)}/${id}/calloff-eligibility`);
    expect(answer.json()).toMatchObject({ mayCallOff: false, reason: 'terminated' });
  });
});

describe('the demo agreements', () => {
  it('an active HVB agreement for all 13 members, four lots of three ranked suppliers, one hidden', async () => {
    const demo = await db
      .selectFrom('framework_agreements')
      .select(['id', 'organisation_id'])
      .where('reference', '=', 'SYD-2025-014')
      .executeTakeFirstOrThrow();
    const officerUser = await db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'upphandlare@sydupphandling.demo.tildel.se')
      .executeTakeFirstOrThrow();
    const caller = await createSession(db, clock, officerUser.id, demo.organisation_id);
    const detail = await send(caller, 'GET', `${base(demo.organisation_id)}/${demo.id}`);
    expect(detail.statusCode, detail.body).toBe(200);
    const agreement = detail.json<Detail & { municipalities: unknown[] }>();
    expect(agreement.status).toBe('active');
    expect(agreement.municipalities).toHaveLength(13);
    expect(agreement.lotCount).toBe(4);
    const lots = await lotsOf(`${base(demo.organisation_id)}/${demo.id}`, caller);
    expect(lots).toHaveLength(4);
    for (const lot of lots) expect(lot.suppliers.map((s) => s.rank)).toEqual([1, 2, 3]);
    expect(
      lots.flatMap((l) => l.suppliers).filter((s) => s.effectiveStatus === 'hidden'),
    ).toHaveLength(1);
    expect(lots.map((l) => l.method.kind)).toContain('volume_rule');
    for (const s of lots.flatMap((l) => l.suppliers))
      expect(s.price?.amountMinor).toBeGreaterThanOrEqual(350_000);
    expect(agreement.requirements.map((r) => r.kind)).toEqual([
      'staffing_density',
      'awake_night_staff',
      'competence_share',
      'manager_qualification',
      'permit_required',
    ]);
    const list = (await send(caller, 'GET', base(demo.organisation_id))).json<{
      items: { reference: string; status: string; longPeriodReason: string | null }[];
    }>().items;
    expect(list.find((a) => a.reference === 'SYD-2026-003')?.status).toBe('draft');
    expect(list.find((a) => a.reference === 'SYD-2024-007')?.longPeriodReason).toBeTruthy();
  });
});

describe('the list in pages', () => {
  it('pages the agreements the body sees with the total, sorted by reference', async () => {
    for (const reference of ['PAGE-B', 'PAGE-A', 'PAGE-C']) await createDraft(reference);
    await expectPagedList({
      app,
      caller: officer,
      url: base(body.id),
      atLeast: 3,
      sort: 'reference',
      value: (item) => String(item.reference),
    });
  });
});

describe('the list as a download', () => {
  it('holds the list’s rows in its sort, statuses as words; CSV in Swedish, XLSX with date cells', async () => {
    const svUser = await createUser(db, {
      locale: 'sv',
      memberships: [{ organisationId: body.id, roles: ['procurement_officer'] }],
    });
    const svOfficer = await createSession(db, clock, svUser.id, body.id);
    const sort = 'sort=reference&order=desc';
    const items = (await send(officer, 'GET', `${base(body.id)}?${sort}&limit=200`)).json<{
      items: { reference: string; title: string; status: string; currentEndsOn: string }[];
    }>().items;
    expect(items.length).toBeGreaterThanOrEqual(3);

    const csv = await csvDownload(
      app,
      svOfficer,
      `${base(body.id)}/export?${sort}&format=csv`,
      ';',
    );
    expect(csv.header).toEqual([
      'Diarienummer',
      'Benämning',
      'Status',
      'Startar',
      'Slutar',
      'Med alla förlängningar till',
      'Skäl för längre än fyra år',
      'Avtalsägare',
    ]);
    expect(csv.rows.map((r) => r[0])).toEqual(items.map((a) => a.reference));
    const svStatus: Record<string, string> = {
      draft: 'Utkast',
      active: 'Aktivt',
      expired: 'Utgånget',
      terminated: 'Hävt',
    };
    expect(csv.rows.map((r) => r[2])).toEqual(items.map((a) => svStatus[a.status]));

    const sheet = await xlsxDownload(app, officer, `${base(body.id)}/export?${sort}&format=xlsx`);
    const rows = sheetRows(sheet);
    expect(rows.map((r) => r[1])).toEqual(items.map((a) => a.title));
    const enStatus: Record<string, string> = {
      draft: 'Draft',
      active: 'Active',
      expired: 'Expired',
      terminated: 'Terminated',
    };
    expect(rows.map((r) => r[2])).toEqual(items.map((a) => enStatus[a.status]));
    expect(rows.map((r) => r[4])).toEqual(
      items.map((a) => new Date(`${a.currentEndsOn}T00:00:00Z`)),
    );

    const forbidden = await send(supplierUser, 'GET', `${base(s1)}/export?format=csv`);
    expect(forbidden.statusCode).toBe(403);
  });
});

describe('choosing a supplier for a lot', () => {
  it('finds any supplier of the country by name, with how many match, past 2,000', async () => {
    await sql`
      INSERT INTO organisations (kind, name, country, identifier)
      SELECT 'supplier', 'Aa leverantör ' || lpad(n::text, 4, '0'), 'SE', 'SCALE-' || n
      FROM generate_series(1, 2100) AS n`.execute(db);
    const dane = await createOrganisation(db, {
      kind: 'supplier',
      name: `Havsbrisen Danmark ApS ${randomUUID().slice(0, 4)}`,
      country: 'DK',
    });
    type Choices = { total: number; items: { id: string; name: string }[] };
    const choices = (query: string, caller: Caller = officer) =>
      call(app, caller, { method: 'GET', url: `${base(body.id)}/supplier-choices${query}` });

    const swedish = await db
      .selectFrom('organisations')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('kind', '=', 'supplier')
      .where('country', '=', 'SE')
      .executeTakeFirstOrThrow();
    const first = await choices('');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<Choices>().total).toBe(Number(swedish.n));
    expect(Number(swedish.n)).toBeGreaterThan(2100);
    expect(first.json<Choices>().items).toHaveLength(20);

    // Havsbrisen sorts after 2,100 others and is found by a part of its name in any case.
    const found = (await choices('?q=HAVSBRISEN')).json<Choices>();
    expect(found.items.map((s) => s.id)).toContain(s4);
    expect(found.items.map((s) => s.id)).not.toContain(dane.id);
    expect((await choices('?q=leverant%C3%B6r%2000&limit=50')).json<Choices>().total).toBe(99);
    expect((await choices('?limit=500')).statusCode).toBe(400);
    expect((await choices('', buyer)).statusCode).toBe(403);
    const drafting = await call(app, officer, {
      method: 'GET',
      url: `${base(body.id)}/drafting-choices`,
    });
    expect(drafting.json()).not.toHaveProperty('suppliers');
  });
});
