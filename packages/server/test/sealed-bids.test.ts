// The proof that a bid is sealed until its opening. Every GET route of the app is called, with
// concrete ids, as everyone but the bidder (the buyer, the municipality's org_admin, caseworker and
// controller, the platform admin, another invited supplier and a supplier not invited) once before
// a bid carrying canary values is submitted and once after. No answer may contain a canary, and
// no answer may change at all except the call-off's bidCount: so nothing tells who bid, when or
// what. The audit trail holds no canary either. After the deadline and the opening, the bid is
// readable for the evaluation.
import { describe, expect, it } from 'vitest';
import { openedBids } from '../src/modules/calloffs/bids/opened.ts';
import { masterKey } from '../src/platform/sealing.ts';
import { call, createTestApp, type Caller } from './support/app.ts';
import { openForBids } from './support/bids.ts';
import { createSession, createUser, createMember } from './support/factories.ts';
import { createMarket, type MarketSupplier } from './support/tendering.ts';

const t = await createTestApp();
const db = t.database.db;
const market = await createMarket(t, { staffingFirms: 4, hvbHomes: 1 });
const org = market.kristianstad.id;
const [bidder, invitedRival, , stranger] = market.staffingFirms as MarketSupplier[] as [
  MarketSupplier,
  MarketSupplier,
  MarketSupplier,
  MarketSupplier,
];
const calloff = await openForBids(t, market, market.staffingFirms.slice(0, 3));

const PRICE = 987_654;
const EVIDENCE = `CANARY-${crypto.randomUUID()}`;
const consultant = await db
  .selectFrom('consultants')
  .select(['id', 'name'])
  .where('id', '=', bidder.consultantId)
  .executeTakeFirstOrThrow();
const CANARIES = [String(PRICE), '987 654', '9876.54', EVIDENCE, consultant.id, consultant.name];

async function memberOf(organisationId: string, roles: ('org_admin' | 'buyer')[]) {
  return (await createMember(db, t.clock, organisationId, roles)).caller;
}
const platformAdmin = await createUser(db, { platformAdmin: true });

interface Viewer {
  who: string;
  caller: Caller;
  /** The organisations put in :orgId. */
  orgIds: string[];
}

const viewers: Viewer[] = [
  { who: 'buyer', caller: market.buyer, orgIds: [org] },
  { who: 'org_admin', caller: await memberOf(org, ['org_admin']), orgIds: [org] },
  { who: 'controller', caller: market.controller, orgIds: [org] },
  { who: 'caseworker', caller: market.caseworker, orgIds: [org] },
  {
    who: 'platform admin',
    caller: await createSession(db, t.clock, platformAdmin.id, null),
    orgIds: [org, bidder.id],
  },
  { who: 'invited rival', caller: invitedRival.caller, orgIds: [invitedRival.id] },
  { who: 'supplier not invited', caller: stranger.caller, orgIds: [stranger.id] },
];

const OTHER = '00000000-0000-4000-8000-00000000cafe';

/** The ids put in a route's parameters; :bidId is the bid's (a made-up one before it exists). */
function paramValue(name: string, orgId: string, bidId: string): string {
  const values: Record<string, string | null> = {
    orgId,
    calloffId: calloff.id,
    bidId,
    needId: calloff.needId,
    supplierId: bidder.id,
    consultantId: consultant.id,
    agreementId: market.agreement.id,
    lotId: market.agreement.lotId,
    dpsId: market.dps.id,
    categoryId: market.dps.categoryId,
  };
  return values[name] ?? OTHER;
}

const getRoutes = t.app.routeCatalogue
  .filter((r) => r.method === 'GET' && r.url.startsWith('/api/'))
  .map((r) => r.url);

const OWN_BID = '/api/organisations/:orgId/tenders/:calloffId/bid';

/** Routes that answer only with a query: search looks for the bid's own words. */
const QUERIES: Record<string, string> = {
  '/api/organisations/:orgId/search': `?q=${EVIDENCE}`,
};

/** An answer as compared: the problem's instance (the URL) and the bid count left out. */
function comparable(body: string): unknown {
  try {
    return JSON.parse(body, (key, value: unknown) =>
      key === 'bidCount' || key === 'instance' ? undefined : value,
    );
  } catch {
    return body;
  }
}

/** Every GET route as every viewer: "<viewer> GET <url>" → status and answer. */
async function everything(bidId: string) {
  const seen = new Map<string, { status: number; body: string; bytes: number }>();
  for (const viewer of viewers)
    for (const orgId of viewer.orgIds)
      for (const route of getRoutes) {
        const url =
          route.replace(/:(\w+)/g, (_m, name: string) => paramValue(name, orgId, bidId)) +
          (QUERIES[route] ?? '');
        const response = await call(t.app, viewer.caller, { method: 'GET', url });
        seen.set(`${viewer.who} in ${orgId}: GET ${route}`, {
          status: response.statusCode,
          body: response.body,
          bytes: response.rawPayload.length,
        });
      }
  return seen;
}

describe('before the deadline', () => {
  // Three rounds of every GET route as seven viewers: some hundreds of requests each.
  it(
    'leaks nothing of a bid through any GET route, to anyone but its author',
    { timeout: 180_000 },
    async () => {
      expect(getRoutes).toContain(OWN_BID);
      for (const route of Object.keys(QUERIES)) expect(getRoutes).toContain(route);
      expect(getRoutes.length).toBeGreaterThan(30);
      // A first round leaves every read-receipt (a tender marked read...) as it will stay.
      await everything(OTHER);
      const before = await everything('00000000-0000-4000-8000-0000000000b1');

      const submitted = await call(t.app, bidder.caller, {
        method: 'PUT',
        url: `/api/organisations/${bidder.id}/tenders/${calloff.id}/bid`,
        payload: {
          unitPriceMinor: PRICE,
          answers: { [calloff.yesNo.id]: true, [calloff.minimum.id]: 7 },
          evidence: { [calloff.yesNo.id]: EVIDENCE },
          consultantId: consultant.id,
          establishmentId: null,
          earliestStart: '2027-01-04',
          validUntil: '2027-03-31',
          note: EVIDENCE,
        },
      });
      expect(submitted.statusCode, submitted.body).toBe(201);
      const bidId: string = submitted.json().bidId;

      const after = await everything(bidId);
      expect([...after.keys()]).toEqual([...before.keys()]);
      const changed = [...after].filter(([key, answer]) => {
        const earlier = before.get(key);
        if (answer.status !== earlier?.status) return true;
        // A workbook made on each request carries its zip entries' times: compare its size.
        if (key.endsWith('.xlsx')) return answer.bytes !== earlier.bytes;
        return JSON.stringify(comparable(answer.body)) !== JSON.stringify(comparable(earlier.body));
      });
      expect(changed.map(([key]) => key)).toEqual([]);
      const leaks = [...after].flatMap(([key, answer]) =>
        CANARIES.filter((c) => answer.body.includes(c)).map((c) => `${key}: ${c}`),
      );
      expect(leaks).toEqual([]);

      // The author reads its own bid; the buyer sees only the count.
      const own = await call(t.app, bidder.caller, {
        method: 'GET',
        url: `/api/organisations/${bidder.id}/tenders/${calloff.id}/bid`,
      });
      expect(own.json().content.unitPriceMinor).toBe(PRICE);
      const detail = await call(t.app, market.buyer, {
        method: 'GET',
        url: `/api/organisations/${org}/calloffs/${calloff.id}`,
      });
      expect(detail.json().bidCount).toBe(1);
      expect(
        before.get(`buyer in ${org}: GET /api/organisations/:orgId/calloffs/:calloffId`)?.status,
      ).toBe(200);
    },
  );

  it('keeps the audit trail and the outbox free of bid content', async () => {
    const audit = JSON.stringify(await db.selectFrom('audit_log').selectAll().execute());
    const outbox = JSON.stringify(await db.selectFrom('outbox').selectAll().execute());
    for (const canary of CANARIES) {
      expect(audit).not.toContain(canary);
      expect(outbox).not.toContain(canary);
    }
    // The bid's only record is its receipt, in the bidder's own chain.
    const bidRecords = await db
      .selectFrom('audit_log')
      .select(['organisation_id', 'after'])
      .where('object_type', '=', 'bid')
      .execute();
    expect(bidRecords).toHaveLength(1);
    expect(bidRecords[0]!.organisation_id).toBe(bidder.id);
    expect(Object.keys(bidRecords[0]!.after as object).sort()).toEqual([
      'calloffId',
      'receiptSha256',
      'receivedAt',
    ]);
  });
});

describe('after the deadline', () => {
  it('opens the bid for the evaluation once the buyer has opened the bids', async () => {
    t.clock.set(new Date(calloff.deadline.getTime() + 60_000));
    const buyer = await createSession(db, t.clock, market.buyerUserId, org);
    const opened = await call(t.app, buyer, {
      method: 'POST',
      url: `/api/organisations/${org}/calloffs/${calloff.id}/opening`,
      payload: { version: calloff.version },
    });
    expect(opened.statusCode, opened.body).toBe(200);
    const bids = await db
      .transaction()
      .execute((trx) => openedBids(trx, masterKey(t.config.masterKey!), calloff.id));
    expect(bids).toHaveLength(1);
    expect(bids[0]).toMatchObject({
      supplierId: bidder.id,
      receiptVerified: true,
      content: { unitPriceMinor: PRICE, evidence: { [calloff.yesNo.id]: EVIDENCE } },
    });
  });
});
