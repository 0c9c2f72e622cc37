// Kept OCDS packages (0038, insights/ocds/kept-packages.ts): an agreement's or a DPS's package is
// served as built while nothing it was built from changes, and built anew after a write to any of
// its sources: the agreement or DPS itself, its municipalities, lots, places, categories,
// admissions, or a name it shows.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Db } from '../src/db/db.ts';
import {
  KEPT_BYTES,
  keepPackage,
  keptPackage,
} from '../src/modules/insights/ocds/kept-packages.ts';
import { call, createTestApp } from './support/app.ts';
import { createOrganisation, createSession, createUser } from './support/factories.ts';
import { createMarket } from './support/tendering.ts';

const t = await createTestApp();
const db = t.database.db;
const market = await createMarket(t, { staffingFirms: 2, hvbHomes: 2 });
const org = market.kristianstad.id;

interface Party {
  name: string;
  roles: string[];
}
interface Compiled {
  parties: Party[];
  tender: { title: string; lots: { title: string }[]; tenderers?: unknown[] };
  awards?: { suppliers: unknown[] }[];
}

const agreementUrl = `/api/organisations/${org}/ocds/agreements/${market.agreement.id}/record`;
const dpsUrl = `/api/organisations/${org}/ocds/dps/${market.dps.id}/record`;

async function compiledAt(url: string): Promise<Compiled> {
  const response = await call(t.app, market.controller, { method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
  return response.json<{ records: { compiledRelease: Compiled }[] }>().records[0]!.compiledRelease;
}

const names = (c: Compiled, role: string) =>
  c.parties
    .filter((p) => p.roles.includes(role))
    .map((p) => p.name)
    .sort();

/** A write the triggers don't see (replication role), as if the version had not moved. */
async function unseen(write: (trx: Db) => Promise<unknown>) {
  await db.transaction().execute(async (trx) => {
    await sql`SET LOCAL session_replication_role = replica`.execute(trx);
    await write(trx);
  });
}

const rename = (trx: Db, table: 'organisations', id: string, name: string) =>
  trx.updateTable(table).set({ name }).where('id', '=', id).execute();

describe('an agreement', () => {
  it('is served as kept while its sources stand, and anew after a name it shows changes', async () => {
    const [home] = market.hvbHomes;
    expect(names(await compiledAt(agreementUrl), 'supplier')).toContain('HVB-hemmet 1 AB');
    // The package read before is what comes: it was kept, not built again.
    await unseen((trx) => rename(trx, 'organisations', home!.id, 'Unseen AB'));
    expect(names(await compiledAt(agreementUrl), 'supplier')).toContain('HVB-hemmet 1 AB');
    await rename(db, 'organisations', home!.id, 'Hemmet Norr AB');
    expect(names(await compiledAt(agreementUrl), 'supplier')).toEqual([
      'HVB-hemmet 2 AB',
      'Hemmet Norr AB',
    ]);
  });

  it('is built anew after a write to the agreement, its municipalities, lots or places', async () => {
    await db
      .updateTable('framework_agreements')
      .set({ title: 'HVB för unga' })
      .where('id', '=', market.agreement.id)
      .execute();
    expect((await compiledAt(agreementUrl)).tender.title).toBe('HVB för unga');

    const other = await createOrganisation(db, { name: 'Hässleholms kommun' });
    await db
      .insertInto('agreement_municipalities')
      .values({ agreement_id: market.agreement.id, municipality_id: other.id })
      .execute();
    expect(names(await compiledAt(agreementUrl), 'buyer')).toContain('Hässleholms kommun');

    await db
      .updateTable('agreement_lots')
      .set({ name: 'Skåne norr' })
      .where('id', '=', market.agreement.lotId)
      .execute();
    expect((await compiledAt(agreementUrl)).tender.lots.map((l) => l.title)).toEqual([
      'Skåne norr',
    ]);

    await db
      .deleteFrom('lot_suppliers')
      .where('supplier_id', '=', market.hvbHomes[1]!.id)
      .where('lot_id', '=', market.agreement.lotId)
      .execute();
    expect((await compiledAt(agreementUrl)).awards![0]!.suppliers).toHaveLength(1);
  });

  it('keeps its version when the write is rolled back', async () => {
    const version = () =>
      db
        .selectFrom('ocds_source_versions')
        .select('version')
        .where('subject_id', '=', market.agreement.id)
        .executeTakeFirstOrThrow();
    const before = await version();
    await expect(
      db.transaction().execute(async (trx) => {
        await trx
          .updateTable('framework_agreements')
          .set({ title: 'Never' })
          .where('id', '=', market.agreement.id)
          .execute();
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await version()).toEqual(before);
    expect((await compiledAt(agreementUrl)).tender.title).toBe('HVB för unga');
  });
});

describe('one kept package', () => {
  it('is sent to each reader with the address it was asked at as its uri', async () => {
    const officer = await createUser(db, {
      memberships: [{ organisationId: market.body.id, roles: ['procurement_officer'] }],
    });
    const asOfficer = await createSession(db, t.clock, officer.id, market.body.id);
    const path = (o: string) =>
      `/api/organisations/${o}/ocds/agreements/${market.agreement.id}/releases`;
    const read = async (caller: typeof asOfficer, url: string) => {
      const response = await call(t.app, caller, { method: 'GET', url });
      expect(response.statusCode, response.body).toBe(200);
      expect(Number(response.headers['content-length'])).toBe(response.rawPayload.length);
      return response.json<{ uri: string; version: string }>();
    };
    const [municipality, body] = [
      await read(market.controller, path(org)),
      await read(asOfficer, `${path(market.body.id)}?from=list`),
    ];
    expect(municipality.uri).toBe(`${t.config.publicUrl}${path(org)}`);
    expect(body.uri).toBe(`${t.config.publicUrl}${path(market.body.id)}?from=list`);
    expect(Object.keys(body)[0]).toBe('uri');
    expect({ ...municipality, uri: '' }).toEqual({ ...body, uri: '' });
  });
});

describe('a DPS', () => {
  it('is built anew after a write to the DPS, its admissions, municipalities or categories', async () => {
    expect(names(await compiledAt(dpsUrl), 'tenderer')).toEqual([
      'Bemanning 1 AB',
      'Bemanning 2 AB',
    ]);

    await db
      .updateTable('dynamic_purchasing_systems')
      .set({ title: 'Hyrsocionomer 2026' })
      .where('id', '=', market.dps.id)
      .execute();
    expect((await compiledAt(dpsUrl)).tender.title).toBe('Hyrsocionomer 2026');

    await db
      .updateTable('dps_applications')
      .set({ status: 'withdrawn' })
      .where('supplier_id', '=', market.staffingFirms[1]!.id)
      .execute();
    expect(names(await compiledAt(dpsUrl), 'tenderer')).toEqual(['Bemanning 1 AB']);

    const other = await createOrganisation(db, { name: 'Bromölla kommun' });
    await db
      .insertInto('dps_municipalities')
      .values({ dps_id: market.dps.id, municipality_id: other.id })
      .execute();
    expect(names(await compiledAt(dpsUrl), 'buyer')).toContain('Bromölla kommun');

    await db
      .updateTable('service_categories')
      .set({ name_sv: 'Hyrsocionomer, barn och unga' })
      .where('id', '=', market.dps.categoryId)
      .execute();
    expect((await compiledAt(dpsUrl)).tender.lots.map((l) => l.title)).toEqual([
      'Hyrsocionomer, barn och unga',
    ]);

    await db.deleteFrom('dps_categories').where('dps_id', '=', market.dps.id).execute();
    expect((await compiledAt(dpsUrl)).tender.lots).toEqual([]);
  });
});

describe('the kept packages', () => {
  it('let the least recently used go when they would take more than their room', () => {
    const handle = {} as Db;
    const built = (mb: number) => ({
      version: '1.0',
      ownerId: 'o',
      awarded: true,
      bytes: Buffer.alloc(mb * 1024 * 1024),
    });
    const third = Math.floor(KEPT_BYTES / (3 * 1024 * 1024));
    keepPackage(handle, 'a', built(third));
    keepPackage(handle, 'b', built(third));
    keepPackage(handle, 'c', built(third));
    // a used again: b is now the oldest, and goes first.
    expect(keptPackage(handle, 'a', '1.0')).toBeDefined();
    keepPackage(handle, 'd', built(third));
    expect(keptPackage(handle, 'b', '1.0')).toBeUndefined();
    expect(keptPackage(handle, 'a', '1.0')).toBeDefined();
    expect(keptPackage(handle, 'c', '1.0')).toBeDefined();
    // Another version of the sources: not the kept one.
    expect(keptPackage(handle, 'c', '2.0')).toBeUndefined();
    // One larger than the room is not kept at all.
    keepPackage(handle, 'e', built(KEPT_BYTES / 1024 / 1024 + 1));
    expect(keptPackage(handle, 'e', '1.0')).toBeUndefined();
  });
});
