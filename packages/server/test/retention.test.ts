// Retention: RETENTION_YEARS after a need about a person closes, its free text (the person's needs
// in words, the description) is emptied by the daily job, one audit record per need without the
// text; the rest of the need is kept, and open needs and staffing needs are left alone.
import { describe, expect, it } from 'vitest';
import { verifyAuditChain, chainOf } from '../src/platform/audit.ts';
import { purgeClosedNeedTexts } from '../src/modules/calloffs/needs/retention.ts';
import { call, createTestApp } from './support/app.ts';
import { createOrganisation, createSession, createUser } from './support/factories.ts';
import {
  createDraftCalloff,
  createMarket,
  PLACEMENT_NEED,
  STAFFING_NEED,
} from './support/tendering.ts';
import { createOrder } from '../src/modules/calloffs/orders/create-order.ts';

const testApp = await createTestApp({ retentionYears: 2 });
const { app, database, clock, config } = testApp;
const { db } = database;
const deps = { db, clock, config };

const municipality = await createOrganisation(db, { kind: 'municipality' });
const user = await createUser(db, {
  memberships: [{ organisationId: municipality.id, roles: ['caseworker'] }],
});
/** A fresh session at the clock's time (the tests move the clock years ahead). */
const caseworker = () => createSession(db, clock, user.id, municipality.id);
const needsUrl = `/api/organisations/${municipality.id}/needs`;

const SECRET = 'Behöver struktur i vardagen efter en svår tid hemma.';

/** The shared HVB placement, with this test's texts about the person. */
function placement(description: string) {
  return {
    ...PLACEMENT_NEED,
    need: {
      ...PLACEMENT_NEED.need,
      person: { ...PLACEMENT_NEED.need.person, needs: SECRET },
      description,
    },
  };
}

const staffing = {
  ...STAFFING_NEED,
  need: { ...STAFFING_NEED.need, description: 'Kontor i centrum.' },
};

async function createNeed(payload: object, withdraw: boolean) {
  const created = await call(app, await caseworker(), { method: 'POST', url: needsUrl, payload });
  expect(created.statusCode, created.body).toBe(201);
  const need = created.json<{ id: string; version: number }>();
  if (withdraw) {
    const withdrawn = await call(app, await caseworker(), {
      method: 'POST',
      url: `${needsUrl}/${need.id}/withdraw`,
      payload: { version: need.version },
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
  }
  return need.id;
}

const row = (id: string) =>
  db.selectFrom('needs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('retention of closed needs’ free text', () => {
  it('purges a closed need’s text two years after it closed, audited, the rest kept', async () => {
    const closedAt = clock.now();
    const withdrawn = await createNeed(placement('Tycker om fotboll.'), true);
    const draft = await createNeed(placement('Utkast.'), false);
    const staffingNeed = await createNeed(staffing, true);
    const before = await row(withdrawn);

    // A day short of two years: nothing yet.
    clock.set(new Date(closedAt.getTime() + (2 * 365 - 1) * 24 * 3600 * 1000));
    expect(await purgeClosedNeedTexts(deps)).toBe(0);

    clock.set(new Date('2028-11-23T09:00:00Z')); // two calendar years after closing
    expect(await purgeClosedNeedTexts(deps)).toBe(1);
    expect(await purgeClosedNeedTexts(deps)).toBe(0); // once only

    const after = await row(withdrawn);
    expect(after.text_purged_at).toEqual(clock.now());
    expect(after.details).toMatchObject({ person: { needs: '', age: 15 }, description: '' });
    expect(after).toMatchObject({
      title: before.title,
      status: 'withdrawn',
      kind: 'placement',
      version: before.version + 1,
    });
    expect(JSON.stringify(after.details)).not.toContain('fotboll');
    // Open needs and staffing needs keep their text.
    expect((await row(draft)).details).toMatchObject({ person: { needs: SECRET } });
    expect((await row(staffingNeed)).details).toMatchObject({ description: 'Kontor i centrum.' });
    expect((await row(draft)).text_purged_at).toBeNull();

    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id', 'after'])
      .where('object_id', '=', withdrawn)
      .orderBy('seq')
      .execute();
    const purge = audit.at(-1)!;
    expect(purge).toMatchObject({
      action: 'need.text_purged',
      actor_user_id: null,
      after: { fields: ['person.needs', 'description'], retentionYears: 2 },
    });
    expect(JSON.stringify(purge.after)).not.toContain(SECRET.slice(0, 20));
    expect((await verifyAuditChain(db, chainOf(municipality.id))).ok).toBe(true);

    // The need still opens for its caseworker, with the text gone.
    const read = await call(app, await caseworker(), {
      method: 'GET',
      url: `${needsUrl}/${withdrawn}`,
    });
    expect(read.statusCode).toBe(200);
    expect(read.body).not.toContain(SECRET);
    expect(read.json()).toMatchObject({ textPurgedAt: clock.now().toISOString() });
  });

  it('counts the years from a fulfilled need’s closing, as configured', async () => {
    const id = await createNeed(placement(''), false);
    await db
      .updateTable('needs')
      .set({ status: 'fulfilled', updated_at: new Date('2025-03-01T12:00:00Z') })
      .where('id', '=', id)
      .execute();
    clock.set(new Date('2028-02-29T12:00:00Z'));
    const threeYears = { ...deps, config: { ...config, retentionYears: 3 } };
    expect(await purgeClosedNeedTexts(threeYears)).toBe(0);
    clock.set(new Date('2028-03-01T12:00:00Z'));
    expect(await purgeClosedNeedTexts(threeYears)).toBe(1);
    expect((await row(id)).details).toMatchObject({ person: { needs: '' } });
  });

  it('keeps a fulfilled need’s text while an order from it runs, and counts from its end', async () => {
    clock.set(new Date('2026-11-23T09:00:00Z')); // while the market's agreement runs
    const market = await createMarket(testApp, { staffingFirms: 0, hvbHomes: 1 });
    const home = market.hvbHomes[0]!;
    const calloff = await createDraftCalloff(testApp, market, { kind: 'placement' });
    await db.transaction().execute((trx) =>
      createOrder(
        trx,
        { clock, config },
        {
          organisationId: market.kristianstad.id,
          calloffId: calloff.id,
          supplierId: home.id,
          consultantId: null,
          establishmentId: home.establishmentId,
          unitPriceMinor: 450_000,
          currency: 'SEK',
          unit: 'day',
          startDate: '2026-12-15',
          endDate: '2029-06-30',
          expectedVolume: 900,
          costCentre: null,
          actorUserId: market.buyerUserId,
          source: { via: 'award', bidId: null },
        },
      ),
    );
    expect((await row(calloff.needId)).status).toBe('fulfilled');
    // Two years after the need was fulfilled the placement still runs: the text stays.
    clock.set(new Date('2028-11-24T09:00:00Z'));
    expect(await purgeClosedNeedTexts(deps)).toBe(0);
    clock.set(new Date('2031-06-29T12:00:00Z'));
    expect(await purgeClosedNeedTexts(deps)).toBe(0);
    // Two years after the order's last day.
    clock.set(new Date('2031-07-01T12:00:00Z'));
    expect(await purgeClosedNeedTexts(deps)).toBe(1);
    expect((await row(calloff.needId)).details).toMatchObject({ person: { needs: '' } });
  });
});
