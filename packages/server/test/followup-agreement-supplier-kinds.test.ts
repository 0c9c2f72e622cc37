// The kinds the risk order follows up (agreement_supplier_kinds, 0039) against what they
// summarise: after suppliers are put on lots one by one and several in one statement, hidden,
// terminated and taken back, a lot moved to a category of another kind, a category to another
// kind, and suppliers and a lot deleted, the stored rows are exactly what reading the lots gives.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestApp } from './support/app.ts';
import { createMarket } from './support/tendering.ts';

const t = await createTestApp();
const db = t.database.db;
t.clock.set(new Date('2026-06-15T08:00:00Z'));
const market = await createMarket(t, { staffingFirms: 0, hvbHomes: 3 });
const [s1, s2, s3] = market.hvbHomes.map((h) => h.id) as [string, string, string];
const body = market.body.id;
const agreementId = market.agreement.id;

type Kind = 'hvb' | 'supported_housing' | 'botilbud';
const kept = () =>
  sql<{ agreement_id: string; supplier_id: string; service_kind: Kind }>`
    SELECT agreement_id, supplier_id, service_kind FROM agreement_supplier_kinds
    ORDER BY 1, 2, 3`
    .execute(db)
    .then((r) => r.rows);
const readAnew = () =>
  sql<{ agreement_id: string; supplier_id: string; service_kind: Kind }>`
    SELECT DISTINCT agreement_id, supplier_id, service_kind FROM agreement_supplier_kinds_source
    ORDER BY 1, 2, 3`
    .execute(db)
    .then((r) => r.rows);
/** The kept rows are the ones read anew; answers the kinds of each supplier on the agreement. */
async function expectExact() {
  const rows = await kept();
  expect(rows).toEqual(await readAnew());
  const kinds = (supplierId: string) =>
    rows
      .filter((r) => r.agreement_id === agreementId && r.supplier_id === supplierId)
      .map((r) => r.service_kind);
  return { s1: kinds(s1), s2: kinds(s2), s3: kinds(s3) };
}

const housing = await db
  .insertInto('service_categories')
  .values({
    organisation_id: body,
    code: 'stodboende',
    service_kind: 'supported_housing',
    name_sv: 'Stödboende',
    name_da: 'Støttet bolig',
    name_en: 'Supported housing',
    default_unit: 'day',
    created_at: t.clock.now(),
  })
  .returning('id')
  .executeTakeFirstOrThrow();
const lot2 = await db
  .insertInto('agreement_lots')
  .values({
    agreement_id: agreementId,
    organisation_id: body,
    number: 2,
    name: 'Stödboende',
    category_id: housing.id,
    calloff_method: 'ranking',
  })
  .returning('id')
  .executeTakeFirstOrThrow();
const onLot2 = (supplierId: string) => ({
  lot_id: lot2.id,
  supplier_id: supplierId,
  agreement_id: agreementId,
  organisation_id: body,
  rank: supplierId === s1 ? 1 : 2,
  status: 'active' as const,
});
const setStatus = (supplierId: string, status: 'active' | 'hidden' | 'terminated') =>
  db
    .updateTable('lot_suppliers')
    .set({ status })
    .where('lot_id', '=', market.agreement.lotId)
    .where('supplier_id', '=', supplierId)
    .execute();

describe('the kinds each supplier is on each agreement for', () => {
  it('are kept exact through every write to the lots, their categories and suppliers', async () => {
    // Put on the first lot one by one (createMarket).
    expect(await expectExact()).toEqual({ s1: ['hvb'], s2: ['hvb'], s3: ['hvb'] });

    // Two on the second lot in one statement.
    await db
      .insertInto('lot_suppliers')
      .values([onLot2(s1), onLot2(s2)])
      .execute();
    expect(await expectExact()).toEqual({
      s1: ['hvb', 'supported_housing'],
      s2: ['hvb', 'supported_housing'],
      s3: ['hvb'],
    });

    // Hidden stays, terminated goes, taken back comes again.
    await setStatus(s1, 'hidden');
    await setStatus(s3, 'terminated');
    expect(await expectExact()).toMatchObject({ s1: ['hvb', 'supported_housing'], s3: [] });
    await setStatus(s3, 'active');
    expect(await expectExact()).toMatchObject({ s3: ['hvb'] });

    // A rank change alone leaves the kinds as they were.
    await db
      .updateTable('lot_suppliers')
      .set({ rank: 3 })
      .where('lot_id', '=', lot2.id)
      .where('supplier_id', '=', s2)
      .execute();
    expect(await expectExact()).toMatchObject({ s2: ['hvb', 'supported_housing'] });

    // The first lot moved to the second lot's category: nobody is on it for hvb any more.
    await db
      .updateTable('agreement_lots')
      .set({ category_id: housing.id })
      .where('id', '=', market.agreement.lotId)
      .execute();
    expect(await expectExact()).toEqual({
      s1: ['supported_housing'],
      s2: ['supported_housing'],
      s3: ['supported_housing'],
    });

    // The category made another kind.
    await db
      .updateTable('service_categories')
      .set({ service_kind: 'botilbud' })
      .where('id', '=', housing.id)
      .execute();
    expect(await expectExact()).toEqual({ s1: ['botilbud'], s2: ['botilbud'], s3: ['botilbud'] });

    // A supplier taken off the second lot keeps the first; the second lot deleted as the agreement
    // deletes it (its suppliers first).
    await db
      .deleteFrom('lot_suppliers')
      .where('lot_id', '=', lot2.id)
      .where('supplier_id', '=', s2)
      .execute();
    expect(await expectExact()).toMatchObject({ s2: ['botilbud'] });
    await db.deleteFrom('lot_suppliers').where('lot_id', '=', lot2.id).execute();
    await db.deleteFrom('agreement_lots').where('id', '=', lot2.id).execute();
    await db.deleteFrom('lot_suppliers').where('lot_id', '=', market.agreement.lotId).execute();
    expect(await expectExact()).toEqual({ s1: [], s2: [], s3: [] });
  });
});
