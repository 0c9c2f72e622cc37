// OCDS: the release and record packages of a framework agreement, a DPS and call-offs, validated
// against the OCDS 1.1 schemas with the techniques extension and their codelists; nothing of a bid
// before the award and no person anywhere; the public endpoint only when the owner publishes and
// only for awarded procurements.
import { describe, expect, it } from 'vitest';
import { addCalendarDays, localDate } from '@tildel/domain/calendar';
import { call, createTestApp, type Caller } from './support/app.ts';
import { openForBids } from './support/bids.ts';
import { createOrganisation, createSession, createUser } from './support/factories.ts';
import { ocdsProblems } from './support/ocds.ts';
import { orderFor } from './support/orders.ts';
import { createDraftCalloff, createMarket, STAFFING_NEED } from './support/tendering.ts';

const t = await createTestApp();
const db = t.database.db;
const market = await createMarket(t, { staffingFirms: 2, hvbHomes: 2 });
const org = market.kristianstad.id;
const [firm] = market.staffingFirms as [(typeof market.staffingFirms)[0]];
const prefix = t.config.ocdsPrefix;

async function member(
  orgId: string,
  roles: ('procurement_officer' | 'org_admin' | 'controller')[],
) {
  const user = await createUser(db, { memberships: [{ organisationId: orgId, roles }] });
  return createSession(db, t.clock, user.id, orgId);
}
const officer = await member(market.body.id, ['procurement_officer']);
const admin = await member(org, ['org_admin']);

interface Party {
  id: string;
  name: string;
  identifier: { scheme: string; id: string };
  roles: string[];
}
interface Release {
  ocid: string;
  id: string;
  tag: string[];
  parties?: Party[];
  tender?: Record<string, unknown> & { tenderers?: { id: string }[] };
  awards?: { suppliers: { id: string }[]; value?: { amount: number; currency: string } }[];
  contracts?: { status: string; value?: { amount: number; currency: string } }[];
  relatedProcesses?: { relationship: string[]; scheme: string; identifier: string }[];
}
interface RecordPackage {
  records: { ocid: string; releases: Release[]; compiledRelease: Release }[];
}

const get = (caller: Caller | null, url: string) => call(t.app, caller, { method: 'GET', url });

/** Reads both packages, checks both against the standard and returns the record's compiled release. */
async function compiled(caller: Caller, orgId: string, path: string) {
  const releases = await get(caller, `/api/organisations/${orgId}/ocds/${path}/releases`);
  expect(releases.statusCode, releases.body).toBe(200);
  expect(releases.headers['content-type']).toContain('application/json');
  expect(ocdsProblems('release', releases.json())).toEqual([]);
  const record = await get(caller, `/api/organisations/${orgId}/ocds/${path}/record`);
  expect(record.statusCode, record.body).toBe(200);
  expect(ocdsProblems('record', record.json())).toEqual([]);
  const [only] = record.json<RecordPackage>().records;
  return {
    compiledRelease: only!.compiledRelease,
    releases: only!.releases,
    body: releases.body + record.body,
  };
}

const orderedCalloff = () => orderFor(t, market);

describe('the validation', () => {
  it('refuses a package with a missing field and one with a code not in its codelist', () => {
    const release = {
      ocid: `${prefix}-x`,
      id: 'x-tender',
      date: '2026-01-01T00:00:00Z',
      tag: ['tender'],
      initiationType: 'tender',
      tender: { id: 'x', status: 'active', techniques: { hasFrameworkAgreement: true } },
    };
    const pkg = {
      uri: 'http://tildel.test/x',
      version: '1.1',
      publishedDate: '2026-01-01T00:00:00Z',
      publisher: { name: 'Sydupphandling' },
      releases: [release],
    };
    expect(ocdsProblems('release', pkg)).toEqual([]);
    expect(
      ocdsProblems('release', { ...pkg, releases: [{ ...release, ocid: undefined }] }),
    ).not.toEqual([]);
    const wrongCode = { ...release, tender: { ...release.tender, status: 'ongoing' } };
    expect(ocdsProblems('release', { ...pkg, releases: [wrongCode] })).toContain(
      'release.tender.status: ongoing (tenderStatus.csv)',
    );
    const wrongMethod = {
      ...release,
      tender: { id: 'x', techniques: { frameworkAgreement: { method: 'sometimes' } } },
    };
    expect(ocdsProblems('release', { ...pkg, releases: [wrongMethod] })).toContain(
      'release.tender.techniques.frameworkAgreement.method: sometimes (frameworkAgreementMethod.csv)',
    );
  });
});

describe('a framework agreement', () => {
  it('is one ocid with its lot, its buyers and its admitted suppliers, valid OCDS', async () => {
    const { compiledRelease: r } = await compiled(
      officer,
      market.body.id,
      `agreements/${market.agreement.id}`,
    );
    expect(r.ocid).toBe(`${prefix}-${market.agreement.id}`);
    expect(r.tender).toMatchObject({
      title: 'HVB för barn och unga',
      techniques: {
        hasFrameworkAgreement: true,
        frameworkAgreement: { method: 'withoutReopeningCompetition' },
      },
      lots: [{ id: market.agreement.lotId, title: 'Skåne nordost' }],
    });
    const suppliers = r.parties!.filter((p) => p.roles.includes('supplier'));
    expect(suppliers.map((p) => p.name).sort()).toEqual(['HVB-hemmet 1 AB', 'HVB-hemmet 2 AB']);
    for (const p of r.parties!) {
      expect(p.identifier.scheme).toBe('SE-BLV');
      expect(p.identifier.id).toMatch(/^\d{10}$/);
      expect(p.id).toBe(`SE-BLV-${p.identifier.id}`);
    }
    const buyers = r.parties!.filter((p) => p.roles.includes('buyer')).map((p) => p.name);
    expect(buyers.sort()).toEqual(['Kristianstads kommun', 'Sydupphandling']);
    expect(r.awards![0]!.suppliers.map((s) => s.id).sort()).toEqual(
      suppliers.map((s) => s.id).sort(),
    );
  });

  it('is read by a participating municipality but not by another one or a supplier', async () => {
    await compiled(market.controller, org, `agreements/${market.agreement.id}`);
    const other = await createOrganisation(db, { kind: 'municipality' });
    const stranger = await member(other.id, ['controller']);
    const url = (o: string) =>
      `/api/organisations/${o}/ocds/agreements/${market.agreement.id}/record`;
    expect((await get(stranger, url(other.id))).statusCode).toBe(404);
    expect((await get(firm.caller, url(firm.id))).statusCode).toBe(404);
  });
});

describe('a dynamic purchasing system', () => {
  it('names its admitted suppliers as tenderers, with the techniques DPS fields', async () => {
    const { compiledRelease: r, releases } = await compiled(
      market.controller,
      org,
      `dps/${market.dps.id}`,
    );
    expect(r.tender).toMatchObject({
      techniques: {
        hasDynamicPurchasingSystem: true,
        dynamicPurchasingSystem: { type: 'closed', status: 'active' },
      },
    });
    const tenderers = r.parties!.filter((p) => p.roles.includes('tenderer')).map((p) => p.name);
    expect(tenderers.sort()).toEqual(['Bemanning 1 AB', 'Bemanning 2 AB']);
    expect(r.tender!.tenderers).toHaveLength(2);
    // Compiling merges into its own copies: each admission beside it still names its one supplier.
    const admissions = releases.filter((release) => release.id.includes('-admission-'));
    expect(admissions.map((a) => [a.tender!.tenderers!.length, a.parties!.length])).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });
});

describe('a call-off', () => {
  it('in its tender phase points to its DPS and holds nothing of the bids', async () => {
    const calloff = await openForBids(t, market, [firm]);
    const today = localDate(t.clock.now(), 'SE');
    const bid = await call(t.app, firm.caller, {
      method: 'PUT',
      url: `/api/organisations/${firm.id}/tenders/${calloff.id}/bid`,
      payload: {
        unitPriceMinor: 87_654,
        answers: { [calloff.yesNo.id]: true, [calloff.minimum.id]: 6 },
        evidence: { [calloff.yesNo.id]: 'Examen från Lunds universitet' },
        consultantId: firm.consultantId,
        establishmentId: null,
        earliestStart: addCalendarDays(today, 14),
        validUntil: addCalendarDays(today, 90),
        note: 'Anbudets egen anteckning',
      },
    });
    expect(bid.statusCode, bid.body).toBe(201);
    const { compiledRelease: r, body } = await compiled(
      market.buyer,
      org,
      `calloffs/${calloff.id}`,
    );
    expect(r.relatedProcesses).toEqual([
      {
        id: 'framework',
        relationship: ['framework'],
        scheme: 'ocid',
        identifier: `${prefix}-${market.dps.id}`,
      },
    ]);
    expect(r.tender).toMatchObject({
      status: 'active',
      techniques: { hasDynamicPurchasingSystem: true },
    });
    expect(r.awards).toBeUndefined();
    expect(r.parties!.map((p) => p.name)).toEqual(['Kristianstads kommun']);
    for (const secret of [
      '876.54',
      '87654',
      'Anbudets egen anteckning',
      'Lunds universitet',
      'Konsult hos',
    ])
      expect(body).not.toContain(secret);
    // The body that owns the agreement or DPS sees its call-offs; the DPS here is Kristianstad's.
    const elsewhere = await get(
      officer,
      `/api/organisations/${market.body.id}/ocds/calloffs/${calloff.id}/record`,
    );
    expect(elsewhere.statusCode).toBe(404);
  });

  it('once awarded, shows the winner and its value only, never the losing bid', async () => {
    const [first, second] = market.staffingFirms as [typeof firm, typeof firm];
    const calloff = await openForBids(t, market, [first, second]);
    const today = localDate(t.clock.now(), 'SE');
    const bidIds: string[] = [];
    for (const [supplier, unitPriceMinor] of [
      [first, 87_654],
      [second, 91_234],
    ] as const) {
      const bid = await call(t.app, supplier.caller, {
        method: 'PUT',
        url: `/api/organisations/${supplier.id}/tenders/${calloff.id}/bid`,
        payload: {
          unitPriceMinor,
          answers: { [calloff.yesNo.id]: true, [calloff.minimum.id]: 6 },
          evidence: {},
          consultantId: supplier.consultantId,
          establishmentId: null,
          earliestStart: addCalendarDays(today, 14),
          validUntil: addCalendarDays(today, 90),
          note: '',
        },
      });
      expect(bid.statusCode, bid.body).toBe(201);
      bidIds.push(bid.json<{ bidId: string }>().bidId);
    }
    t.clock.set(new Date(calloff.deadline.getTime() + 60_000));
    const calloffUrl = `/api/organisations/${org}/calloffs/${calloff.id}`;
    const opened = await call(t.app, market.buyer, {
      method: 'POST',
      url: `${calloffUrl}/opening`,
      payload: { version: calloff.version },
    });
    expect(opened.statusCode, opened.body).toBe(200);
    const evaluation = await get(market.buyer, `${calloffUrl}/evaluation`);
    const awarded = await call(t.app, market.buyer, {
      method: 'POST',
      url: `${calloffUrl}/award`,
      payload: {
        version: evaluation.json<{ version: number }>().version,
        bidId: bidIds[0],
        reasons: 'Lägst pris.',
        standstill: false,
      },
    });
    expect(awarded.statusCode, awarded.body).toBe(200);

    const { compiledRelease: r, body } = await compiled(
      market.controller,
      org,
      `calloffs/${calloff.id}`,
    );
    const { expected_volume } = await db
      .selectFrom('calloffs')
      .select('expected_volume')
      .where('id', '=', calloff.id)
      .executeTakeFirstOrThrow();
    expect(Number(expected_volume)).toBe(80);
    // 876,54 kr an hour for the 80 hours expected: the winner's price, from the award's report.
    expect(r.awards).toMatchObject([
      { suppliers: [{ name: 'Bemanning 1 AB' }], value: { amount: 70_123.2, currency: 'SEK' } },
    ]);
    expect(r.contracts).toBeUndefined();
    expect(body).not.toContain('912.34');
    expect(body).not.toContain('91234');
    expect(body).not.toContain('Bemanning 2 AB');
  });

  it('once ordered, has the award and the contract with the expected cost in kronor', async () => {
    const order = await orderedCalloff();
    const { calloff } = order;
    const { compiledRelease: r } = await compiled(market.controller, org, `calloffs/${calloff.id}`);
    // 650,00 kr an hour for the 112.5 hours expected.
    expect(r.awards).toMatchObject([
      { suppliers: [{ name: 'Bemanning 1 AB' }], value: { amount: 73_125, currency: 'SEK' } },
    ]);
    expect(r.contracts).toMatchObject([
      { id: order.id, status: 'active', value: { amount: 73_125, currency: 'SEK' } },
    ]);
    expect(r.tender!.status).toBe('complete');
  });

  it('as a draft has nothing to publish yet', async () => {
    const draft = await createDraftCalloff(t, market, { kind: 'placement' });
    const response = await get(
      market.buyer,
      `/api/organisations/${org}/ocds/calloffs/${draft.id}/record`,
    );
    expect(response.statusCode).toBe(404);
    expect(response.json<{ detail: string }>().detail).toContain('draft');
  });
});

describe('personal data', () => {
  it('appears in no package: no user, no citizen, no consultant', async () => {
    const { calloff } = await orderedCalloff();
    const bodies = [
      (await compiled(officer, market.body.id, `agreements/${market.agreement.id}`)).body,
      (await compiled(market.controller, org, `dps/${market.dps.id}`)).body,
      (await compiled(market.controller, org, `calloffs/${calloff.id}`)).body,
    ].join('\n');
    const users = await db.selectFrom('users').select(['email', 'name']).execute();
    expect(users.length).toBeGreaterThan(5);
    for (const u of users) {
      expect(bodies).not.toContain(u.email);
      expect(bodies).not.toContain(u.name);
    }
    expect(bodies).not.toContain(STAFFING_NEED.title);
    expect(bodies).not.toContain('Konsult hos');
  });
});

describe('public publishing', () => {
  it('answers 404 while off, the awarded record when on, and never a call-off still in tender', async () => {
    const { calloff } = await orderedCalloff();
    const tendering = await openForBids(t, market, [firm]);
    const publicUrl = (path: string) => `/api/public/ocds/${org}/${path}`;
    const setting = await get(admin, `/api/organisations/${org}/ocds/publishing`);
    expect(setting.json()).toMatchObject({ published: false, changedAt: null });
    expect((await get(null, publicUrl(`calloffs/${calloff.id}`))).statusCode).toBe(404);

    const turnedOn = await call(t.app, admin, {
      method: 'PUT',
      url: `/api/organisations/${org}/ocds/publishing`,
      payload: { published: true },
    });
    expect(turnedOn.statusCode, turnedOn.body).toBe(200);
    expect(turnedOn.json()).toMatchObject({
      published: true,
      publicPath: `/api/public/ocds/${org}`,
    });
    const audit = await db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('action', '=', 'ocds.publishing_changed')
      .where('organisation_id', '=', org)
      .execute();
    expect(audit).toMatchObject([{ before: { published: false }, after: { published: true } }]);

    const open = await get(null, publicUrl(`calloffs/${calloff.id}`));
    expect(open.statusCode, open.body).toBe(200);
    expect(ocdsProblems('record', open.json())).toEqual([]);
    expect((await get(null, publicUrl(`dps/${market.dps.id}`))).statusCode).toBe(200);
    expect((await get(null, publicUrl(`calloffs/${tendering.id}`))).statusCode).toBe(404);
    // Only under its owner: the joint body's agreement is not Kristianstad's to publish.
    expect((await get(null, publicUrl(`agreements/${market.agreement.id}`))).statusCode).toBe(404);

    await call(t.app, admin, {
      method: 'PUT',
      url: `/api/organisations/${org}/ocds/publishing`,
      payload: { published: false },
    });
    expect((await get(null, publicUrl(`calloffs/${calloff.id}`))).statusCode).toBe(404);
  });

  it('is for buying organisations only', async () => {
    const supplierAdmin = await member(firm.id, ['org_admin']);
    const response = await call(t.app, supplierAdmin, {
      method: 'PUT',
      url: `/api/organisations/${firm.id}/ocds/publishing`,
      payload: { published: true },
    });
    expect(response.statusCode).toBe(409);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});
