// The open establishments the risk order reads with their permit records summed up
// (followup_establishments, 0042) against what they summarise: after establishments are added one
// and several at a time, renamed, moved to another city, kind and supplier, closed, opened again and
// deleted, and permits are added, changed, moved to another establishment and deleted, one and
// several in a statement, the stored rows are exactly what reading the two tables gives. A write
// to what the order does not read leaves the row untouched, and a write rolled back leaves it too.
import { sql, type Insertable } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { PermitsTable } from '../src/db/types.ts';
import { createTestApp } from './support/app.ts';
import { createMarket } from './support/tendering.ts';

const t = await createTestApp();
const db = t.database.db;
t.clock.set(new Date('2026-06-15T08:00:00Z'));
const now = t.clock.now();
const market = await createMarket(t, { staffingFirms: 0, hvbHomes: 2 });
const [s1, s2] = market.hvbHomes.map((h) => h.id) as [string, string];

interface Row {
  establishment_id: string;
  supplier_id: string;
  service_kind: string;
  name: string;
  city: string;
  permits: number;
  statuses_not_valid: string[] | null;
  valid_until: string | null;
  open_cases: number;
  last_checked_on: string | null;
}
const columns = sql.raw(`establishment_id, supplier_id, service_kind, name, city, permits,
  statuses_not_valid, valid_until, open_cases, last_checked_on`);
const kept = () =>
  sql<Row>`SELECT ${columns} FROM followup_establishments ORDER BY establishment_id`
    .execute(db)
    .then((r) => r.rows);
const readAnew = () =>
  sql<Row>`SELECT ${columns} FROM followup_establishments_source ORDER BY establishment_id`
    .execute(db)
    .then((r) => r.rows);

/** The kept rows are the ones read anew; answers the row of each establishment named. */
async function expectExact(...ids: string[]) {
  const rows = await kept();
  expect(rows).toEqual(await readAnew());
  return ids.map((id) => rows.find((r) => r.establishment_id === id) ?? null);
}

const home = (name: string, values: { supplierId?: string; closed?: boolean } = {}) => ({
  supplier_id: values.supplierId ?? s1,
  name,
  service_kind: 'hvb' as const,
  country: 'SE' as const,
  municipality_code: '1290',
  lat: 56,
  lon: 14.1,
  city: 'Kristianstad',
  created_at: now,
  closed_at: values.closed ? now : null,
});
const permit = (
  establishmentId: string,
  reference: string,
  values: Partial<Insertable<PermitsTable>> = {},
): Insertable<PermitsTable> => ({
  establishment_id: establishmentId,
  supplier_id: s1,
  authority: 'IVO',
  reference,
  status: 'valid',
  created_at: now,
  updated_at: now,
  ...values,
});
const setPermit = (reference: string, values: Partial<Insertable<PermitsTable>>) =>
  db.updateTable('permits').set(values).where('reference', '=', reference).execute();
/** The row's version: a rewrite gives it a new one. */
const rowVersion = (id: string) =>
  sql<{
    xmin: string;
  }>`SELECT xmin::text FROM followup_establishments WHERE establishment_id = ${id}`
    .execute(db)
    .then((r) => r.rows[0]?.xmin);

describe('the open establishments the risk order reads, with their permit records', () => {
  it('are kept exact through every write to the establishments and their permits', async () => {
    // The market's homes, each with a valid permit (createMarket).
    await expectExact();

    // One home added, then two open and a closed one in one statement.
    const a = (
      await db.insertInto('establishments').values(home('A')).returning('id').execute()
    )[0]!.id;
    expect(await expectExact(a)).toMatchObject([{ name: 'A', permits: 0, last_checked_on: null }]);
    const [b, c, closed] = (
      await db
        .insertInto('establishments')
        .values([home('B'), home('C', { supplierId: s2 }), home('Stängt', { closed: true })])
        .returning('id')
        .execute()
    ).map((r) => r.id) as [string, string, string];
    expect(await expectExact(b, c, closed)).toMatchObject([
      { name: 'B', supplier_id: s1 },
      { name: 'C', supplier_id: s2 },
      null,
    ]);

    // Permits of three homes in one statement: A's statuses, its earliest valid end, its cases
    // added up and a check missing; B all checked.
    await db
      .insertInto('permits')
      .values([
        permit(a, 'A-1', { valid_to: '2027-01-31', open_cases: 1, last_checked_on: '2026-03-01' }),
        permit(a, 'A-2', { valid_to: '2026-12-31' }),
        permit(a, 'A-3', { status: 'revoked', valid_to: '2026-01-31', open_cases: 2 }),
        permit(a, 'A-4', { status: 'applied' }),
        permit(a, 'A-5', { status: 'revoked' }),
        permit(b, 'B-1', { status: 'changed', last_checked_on: '2026-05-01' }),
        permit(b, 'B-2', { last_checked_on: '2026-02-01' }),
        permit(closed, 'S-1'),
      ])
      .execute();
    expect(await expectExact(a, b, closed)).toEqual([
      expect.objectContaining({
        permits: 5,
        statuses_not_valid: ['applied', 'revoked'],
        valid_until: '2026-12-31',
        open_cases: 3,
        last_checked_on: null,
      }),
      expect.objectContaining({
        permits: 2,
        statuses_not_valid: ['changed'],
        valid_until: null,
        open_cases: 0,
        last_checked_on: '2026-02-01',
      }),
      null,
    ]);

    // A permit's status, end, cases and check changed, one at a time and several at once.
    await setPermit('A-2', { status: 'expired' });
    await setPermit('A-1', { open_cases: 0, valid_to: '2027-06-30' });
    await db
      .updateTable('permits')
      .set({ last_checked_on: '2026-06-01' })
      .where('establishment_id', '=', a)
      .execute();
    expect(await expectExact(a)).toMatchObject([
      {
        statuses_not_valid: ['applied', 'expired', 'revoked'],
        valid_until: '2027-06-30',
        open_cases: 2,
        last_checked_on: '2026-06-01',
      },
    ]);

    // A permit moved to another home: both read anew.
    await setPermit('A-1', { establishment_id: c });
    expect(await expectExact(a, c)).toMatchObject([
      { permits: 4, valid_until: null },
      { permits: 1, valid_until: '2027-06-30', statuses_not_valid: null },
    ]);

    // Renamed, moved to another city, another kind, another supplier; a write of what the order does not read (free
    // places, the name as it was: an edit saved whole) leaves the row as it was.
    await db.updateTable('establishments').set({ name: 'A nytt' }).where('id', '=', a).execute();
    await db.updateTable('establishments').set({ city: 'Åhus' }).where('id', '=', c).execute();
    expect(await expectExact(c)).toMatchObject([{ city: 'Åhus' }]);
    await db
      .updateTable('establishments')
      .set({ service_kind: 'supported_housing' })
      .where('id', '=', b)
      .execute();
    expect(await expectExact(a, b)).toMatchObject([
      { name: 'A nytt' },
      { service_kind: 'supported_housing', supplier_id: s1, permits: 2 },
    ]);
    await db.updateTable('establishments').set({ supplier_id: s2 }).where('id', '=', b).execute();
    expect(await expectExact(b)).toMatchObject([{ supplier_id: s2, permits: 2 }]);
    const before = await rowVersion(a);
    await db
      .updateTable('establishments')
      .set({ name: 'A nytt', places_total: 8, places_free: 2 })
      .where('id', '=', a)
      .execute();
    expect(await rowVersion(a)).toBe(before);

    // Closed, then opened again with its permits; closed homes' permits change nothing.
    await db.updateTable('establishments').set({ closed_at: now }).where('id', '=', a).execute();
    expect(await expectExact(a)).toEqual([null]);
    await setPermit('A-4', { status: 'valid' });
    expect(await expectExact(a)).toEqual([null]);
    await db.updateTable('establishments').set({ closed_at: null }).where('id', '=', a).execute();
    expect(await expectExact(a)).toMatchObject([
      { name: 'A nytt', permits: 4, statuses_not_valid: ['expired', 'revoked'] },
    ]);

    // A write rolled back leaves the rows as they were.
    await db
      .transaction()
      .execute(async (trx) => {
        await trx.deleteFrom('permits').where('establishment_id', '=', a).execute();
        await trx
          .updateTable('establishments')
          .set({ name: 'Ångrat' })
          .where('id', '=', c)
          .execute();
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    expect(await expectExact(a, c)).toMatchObject([{ permits: 4 }, { name: 'C' }]);

    // Permits deleted, one and then all of a home; a home deleted with its permits.
    await db.deleteFrom('permits').where('reference', '=', 'A-5').execute();
    expect(await expectExact(a)).toMatchObject([{ permits: 3 }]);
    await db.deleteFrom('permits').where('establishment_id', 'in', [a, c]).execute();
    expect(await expectExact(a, c)).toMatchObject([
      { permits: 0, statuses_not_valid: null, valid_until: null, last_checked_on: null },
      { permits: 0 },
    ]);
    await db.deleteFrom('permits').where('establishment_id', '=', b).execute();
    await db.deleteFrom('establishments').where('id', '=', b).execute();
    expect(await expectExact(b)).toEqual([null]);
  });
});
