// Hiding removes the supplier from every invitation path, one test per procedure, each on its own
// market and through the real routes: the quality officer hides (or the DPS owner excludes), then
// the buyer starts the ranking cascade or publishes the call-off and the hidden one is not reached.
// The clock stands at Monday 2026-11-23 09:00Z.
import { describe, expect, it } from 'vitest';
import { call, createTestApp, type Caller } from './support/app.ts';
import { createMember } from './support/factories.ts';
import { createDraftCalloff, createMarket, type Market } from './support/tendering.ts';

const t = await createTestApp();
const db = t.database.db;

const EVALUATION = {
  requirements: [{ level: 'must', title: 'Socionomexamen', criterion: { kind: 'yes_no' } }],
  model: { kind: 'lowest_price', basis: 'unit_price' },
};

async function member(organisationId: string, role: 'quality_officer' | 'procurement_officer') {
  return (await createMember(db, t.clock, organisationId, [role])).caller;
}

async function qualityOfficer(market: Market) {
  return member(market.body.id, 'quality_officer');
}

const agreementUrl = (market: Market, rest: string) =>
  `/api/organisations/${market.body.id}/agreements/${market.agreement.id}${rest}`;
const calloffUrl = (market: Market, id: string, rest: string) =>
  `/api/organisations/${market.kristianstad.id}/calloffs/${id}${rest}`;

async function hideSupplier(market: Market, officer: Caller, supplierId: string) {
  const res = await call(t.app, officer, {
    method: 'POST',
    url: agreementUrl(market, `/suppliers/${supplierId}/status`),
    payload: { action: 'hide', reason: 'Rättelse uteblev', from: '2026-11-23' },
  });
  expect(res.statusCode, res.body).toBe(200);
}

async function hideEstablishment(market: Market, officer: Caller, establishmentId: string) {
  const res = await call(t.app, officer, {
    method: 'POST',
    url: agreementUrl(market, `/establishments/${establishmentId}/hide`),
    payload: { reason: 'Vaken nattpersonal saknas', hiddenFrom: '2026-11-23', hiddenTo: null },
  });
  expect(res.statusCode, res.body).toBe(200);
}

/** Starts the cascade of a new placement call-off; returns its steps. */
async function cascadeSteps(market: Market) {
  const draft = await createDraftCalloff(t, market, { kind: 'placement' });
  const started = await call(t.app, market.buyer, {
    method: 'POST',
    url: calloffUrl(market, draft.id, '/cascade'),
    payload: {
      version: draft.version,
      requestText: 'Placering från mitten av december.',
      window: { unit: 'hours', amount: 24 },
      skips: [],
    },
  });
  expect(started.statusCode, started.body).toBe(200);
  const view = await call(t.app, market.buyer, {
    method: 'GET',
    url: calloffUrl(market, draft.id, '/cascade'),
  });
  return view.json<{
    steps: { kind: string; supplierId: string; standing: string | null }[];
  }>().steps;
}

/** Publishes a new call-off (placement on the lot, staffing in the DPS); returns who was invited. */
async function publishedInvitees(market: Market, kind: 'placement' | 'staffing') {
  const draft = await createDraftCalloff(t, market, {
    kind,
    ...(kind === 'staffing' ? { evaluation: EVALUATION } : {}),
  });
  const published = await call(t.app, market.buyer, {
    method: 'POST',
    url: calloffUrl(market, draft.id, '/publish'),
    payload: {
      version: draft.version,
      requestText: 'Se behovet.',
      tenderDeadline: '2026-12-18T12:00:00Z',
      costCentre: '',
    },
  });
  expect(published.statusCode, published.body).toBe(200);
  const invitations = await db
    .selectFrom('calloff_invitations')
    .select('supplier_id')
    .where('calloff_id', '=', draft.id)
    .execute();
  return invitations.map((i) => i.supplier_id).sort();
}

async function renewedCompetition(market: Market) {
  await db
    .updateTable('agreement_lots')
    .set({ calloff_method: 'renewed_competition' })
    .where('id', '=', market.agreement.lotId)
    .execute();
}

describe('hiding removes the supplier from every invitation path', () => {
  it('ranking cascade: the hidden supplier is passed over and never offered', async () => {
    const market = await createMarket(t, { staffingFirms: 1, hvbHomes: 3 });
    const [first, second] = market.hvbHomes;
    await hideSupplier(market, await qualityOfficer(market), first!.id);
    const steps = await cascadeSteps(market);
    expect(steps.map((s) => [s.kind, s.supplierId, s.standing])).toEqual([
      ['passed_over', first!.id, 'hidden'],
      ['offered', second!.id, null],
    ]);
  });

  it('renewed competition: the hidden supplier is not invited', async () => {
    const market = await createMarket(t, { staffingFirms: 1, hvbHomes: 3 });
    await renewedCompetition(market);
    const [first, second, third] = market.hvbHomes;
    await hideSupplier(market, await qualityOfficer(market), second!.id);
    expect(await publishedInvitees(market, 'placement')).toEqual([first!.id, third!.id].sort());
  });

  it('DPS specific contract: a supplier excluded from the DPS is not invited', async () => {
    // A DPS keeps no hiding of its own: its owner excludes the supplier (invitations/invitees.ts).
    const market = await createMarket(t, { staffingFirms: 3, hvbHomes: 1 });
    const [firm1, firm2, firm3] = market.staffingFirms;
    const application = await db
      .selectFrom('dps_applications')
      .select(['id', 'version'])
      .where('supplier_id', '=', firm2!.id)
      .executeTakeFirstOrThrow();
    const owner = await member(market.kristianstad.id, 'procurement_officer');
    const excluded = await call(t.app, owner, {
      method: 'POST',
      url: `/api/organisations/${market.kristianstad.id}/dps/${market.dps.id}/applications/${application.id}/exclude`,
      payload: { reason: 'Rättelse uteblev efter uppföljning', version: application.version },
    });
    expect(excluded.statusCode, excluded.body).toBe(200);
    expect(await publishedInvitees(market, 'staffing')).toEqual([firm1!.id, firm3!.id].sort());
  });

  it('placements: a supplier whose only establishment on the lot is hidden is left out', async () => {
    const market = await createMarket(t, { staffingFirms: 1, hvbHomes: 3 });
    const [first, second, third] = market.hvbHomes;
    const officer = await qualityOfficer(market);
    await hideEstablishment(market, officer, first!.establishmentId!);
    const steps = await cascadeSteps(market);
    expect(steps.map((s) => [s.kind, s.supplierId, s.standing])).toEqual([
      ['passed_over', first!.id, 'hidden'],
      ['offered', second!.id, null],
    ]);

    // The same hiding keeps it out of a renewed competition of the lot.
    await renewedCompetition(market);
    expect(await publishedInvitees(market, 'placement')).toEqual([second!.id, third!.id].sort());

    // A second, open establishment of the same kind keeps the supplier on the list.
    await db
      .insertInto('establishments')
      .values({
        supplier_id: first!.id,
        name: `${first!.name} – andra boendet`,
        service_kind: 'hvb',
        country: 'SE',
        municipality_code: '1290',
        lat: 56.03,
        lon: 14.15,
        created_at: t.clock.now(),
      })
      .execute();
    expect(await publishedInvitees(market, 'placement')).toEqual(
      [first!.id, second!.id, third!.id].sort(),
    );
  });
});
