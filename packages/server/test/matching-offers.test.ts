// A supplier's offers as matching reads them: the supplier edits form, legal bases and capacity,
// adds tariffs and Socialtilsyn's assessment, confirms everything in one click or imports a CSV
// file all or nothing; stale offers are reminded through the outbox once per period; the matching
// team sees the share confirmed within its limit, keeps notes from supplier meetings and sets how
// matching works. Every write leaves an audit record.
import { describe, expect, it } from 'vitest';
import { findMunicipality } from '@tildel/domain/reference/municipalities';
import { remindStaleOffers } from '../src/modules/matching/offers/freshness.ts';
import { call, createTestApp } from './support/app.ts';
import {
  createMember,
  createOrganisation,
  createSession,
  randomUUID,
} from './support/factories.ts';

const t = await createTestApp(); // today: 2026-11-23 09:00 UTC
const { app, clock } = t;
const db = t.database.db;
const DAY = 86_400_000;

const supplier = await createOrganisation(db, {
  kind: 'supplier',
  country: 'DK',
  name: 'Familiehuset ApS',
});
const other = await createOrganisation(db, { kind: 'supplier', country: 'DK', name: 'Andet ApS' });
const admin = await createMember(db, clock, supplier.id, ['supplier_admin'], {
  name: 'Anna Andersen',
});
const aarhus = await createOrganisation(db, { kind: 'municipality', country: 'DK' });
const odense = await createOrganisation(db, { kind: 'municipality', country: 'DK' });
const matcher = await createMember(db, clock, aarhus.id, ['matching_officer'], {
  name: 'Mads Match',
});
const odenseMatcher = await createMember(db, clock, odense.id, ['matching_officer']);

const seat = findMunicipality('DK', '751')!;
async function establishment(supplierId: string, name: string, confirmedDaysAgo: number | null) {
  const row = await db
    .insertInto('establishments')
    .values({
      supplier_id: supplierId,
      name,
      service_kind: 'open_care',
      country: 'DK',
      municipality_code: seat.code,
      lat: seat.lat,
      lon: seat.lon,
      places_total: 4,
      places_free: 1,
      created_at: clock.now(),
      confirmed_at:
        confirmedDaysAgo === null ? null : new Date(clock.now().getTime() - confirmedDaysAgo * DAY),
      confirmed_by_name: confirmedDaysAgo === null ? null : 'Earlier Person',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const team = await establishment(supplier.id, 'Familiehuset – team', null);
const home = await establishment(supplier.id, 'Familiehuset – bosted', 40);
const foreign = await establishment(other.id, 'Andet – team', 5);

/** A call as the member, on a session opened now (the clock moves on by days in these tests). */
async function as(
  member: { user: { id: string }; organisationId: string },
  options: Parameters<typeof call>[2],
) {
  const session = await createSession(db, clock, member.user.id, member.organisationId);
  return call(app, session, options);
}

const offersUrl = `/api/organisations/${supplier.id}/offers`;

interface Offer {
  id: string;
  name: string;
  form: string;
  legalBases: string[];
  placesTotal: number;
  placesFree: number;
  tariffs: { unit: string; amountMinor: number; validFrom: string; inForce: boolean }[];
  assessment: { authority: string; assessedOn: string; scores: Record<string, number> } | null;
  approval: { status: string; since: string | null };
  freshness: {
    confirmedAt: string | null;
    confirmedBy: { name: string } | null;
    stale: boolean;
    limitDays: number;
  };
  version: number;
}

async function offer(id: string): Promise<Offer> {
  const response = await as(admin, { method: 'GET', url: `${offersUrl}/${id}` });
  expect(response.statusCode).toBe(200);
  return response.json() as Offer;
}

async function auditActions(objectId: string) {
  const rows = await db
    .selectFrom('audit_log')
    .select('action')
    .where('object_id', '=', objectId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => r.action);
}

const SCORES = {
  education_employment: 4,
  independence_relations: 5,
  target_group_methods_results: 4,
  health_wellbeing: 4,
  organisation_management: 3,
  competences: 5,
  physical_setting: 4,
};

describe("a supplier's offers", () => {
  it('lists its own open offers with their freshness, never another supplier’s', async () => {
    const response = await as(admin, { method: 'GET', url: offersUrl });
    expect(response.statusCode).toBe(200);
    const page = response.json() as { items: Offer[]; total: number };
    expect(page.total).toBe(2);
    expect(page.items.map((o) => [o.name, o.freshness.stale, o.freshness.limitDays])).toEqual([
      ['Familiehuset – bosted', true, 30],
      ['Familiehuset – team', true, 30],
    ]);
    const foreignRead = await as(admin, {
      method: 'GET',
      url: `${offersUrl}/${foreign}`,
    });
    expect(foreignRead.statusCode).toBe(404);
  });

  it('saves form, legal bases and capacity, which confirms the offer; refuses a stale version', async () => {
    const before = await offer(team);
    const body = {
      form: 'team',
      legalBases: ['dk_bl_32', 'dk_sel_85'],
      placesTotal: 0,
      placesFree: 0,
      nextFreeOn: null,
      assumedOccupancyPercent: null,
      version: before.version,
    };
    const saved = await as(admin, {
      method: 'PUT',
      url: `${offersUrl}/${team}`,
      payload: body,
    });
    expect(saved.statusCode).toBe(200);
    const after = saved.json() as Offer;
    expect(after).toMatchObject({ form: 'team', legalBases: ['dk_bl_32', 'dk_sel_85'] });
    expect(after.freshness).toMatchObject({
      confirmedBy: { name: 'Anna Andersen' },
      stale: false,
    });
    expect(await auditActions(team)).toEqual(['offer.updated']);

    const stale = await as(admin, {
      method: 'PUT',
      url: `${offersUrl}/${team}`,
      payload: body,
    });
    expect(stale.statusCode).toBe(409);
    const tooMany = await as(admin, {
      method: 'PUT',
      url: `${offersUrl}/${team}`,
      payload: { ...body, placesFree: 3, version: after.version },
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().errors[0].field).toBe('placesFree');
    const badBasis = await as(admin, {
      method: 'PUT',
      url: `${offersUrl}/${team}`,
      payload: { ...body, legalBases: ['§ 85'], version: after.version },
    });
    expect(badBasis.statusCode).toBe(400);
  });

  it('adds tariffs per unit; the newest from today or before is in force', async () => {
    for (const [validFrom, amountMinor] of [
      ['2026-01-01', 60_000],
      ['2026-07-01', 65_000],
      ['2027-01-01', 70_000],
    ] as const) {
      const added = await as(admin, {
        method: 'POST',
        url: `${offersUrl}/${home}/tariffs`,
        payload: {
          unit: 'hour',
          amountMinor,
          currency: 'DKK',
          validFrom,
          negotiatedOn: '2025-12-01',
          negotiatedByName: 'Mette Jensen',
        },
      });
      expect(added.statusCode).toBe(201);
    }
    const read = await offer(home);
    expect(read.tariffs.map((x) => [x.validFrom, x.amountMinor, x.inForce])).toEqual([
      ['2027-01-01', 70_000, false],
      ['2026-07-01', 65_000, true],
      ['2026-01-01', 60_000, false],
    ]);
    // Stating a tariff confirms the price.
    expect(read.freshness.stale).toBe(false);
    const twice = await as(admin, {
      method: 'POST',
      url: `${offersUrl}/${home}/tariffs`,
      payload: { unit: 'hour', amountMinor: 1, currency: 'DKK', validFrom: '2026-07-01' },
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().errors[0].field).toBe('validFrom');
  });

  it("records Socialtilsyn's seven theme scores for a Danish offer", async () => {
    const added = await as(admin, {
      method: 'POST',
      url: `${offersUrl}/${home}/assessments`,
      payload: { assessedOn: '2026-03-01', scores: SCORES },
    });
    expect(added.statusCode).toBe(201);
    expect((added.json() as Offer).assessment).toEqual({
      authority: 'Socialtilsyn',
      assessedOn: '2026-03-01',
      scores: SCORES,
    });
    const bad = await as(admin, {
      method: 'POST',
      url: `${offersUrl}/${home}/assessments`,
      payload: { assessedOn: '2026-04-01', scores: { ...SCORES, competences: 6 } },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('confirms every open offer in one click, or only those listed (its own)', async () => {
    clock.advance(DAY);
    const all = await as(admin, {
      method: 'POST',
      url: `${offersUrl}/confirm`,
      payload: {},
    });
    expect(all.statusCode).toBe(200);
    expect(all.json()).toMatchObject({ confirmed: 2, confirmedBy: { name: 'Anna Andersen' } });
    expect((await offer(team)).freshness.confirmedAt).toBe(clock.now().toISOString());
    expect(await auditActions(home)).toContain('offer.confirmed');

    const notOwn = await as(admin, {
      method: 'POST',
      url: `${offersUrl}/confirm`,
      payload: { establishmentIds: [team, foreign] },
    });
    expect(notOwn.statusCode).toBe(400);
    expect(notOwn.json().errors[0].field).toBe('establishmentIds');
  });
});

describe('the offer import', () => {
  const header =
    'establishment_name;places_total;places_free;tariff_unit;tariff_amount;tariff_currency;tariff_valid_from;assessed_on;education_employment;independence_relations;target_group_methods_results;health_wellbeing;organisation_management;competences;physical_setting';

  it('imports nothing when a row is rejected, and says why row by row', async () => {
    const response = await as(admin, {
      method: 'POST',
      url: `${offersUrl}/import`,
      payload: {
        csv: [
          header,
          'Familiehuset – bosted;6;2;day;2400;DKK;2026-12-01;;;;;;;;',
          'Ukendt tilbud;1;1;;;;;;;;;;;;',
          'Familiehuset – team;;;hour;650;DKK;2026-07-01;;;;;;;;',
        ].join('\n'),
      },
    });
    expect(response.statusCode).toBe(422);
    const report = response.json().report as {
      accepted: { line: number }[];
      rejected: { line: number; reasons: { code: string; column: string | null }[] }[];
    };
    expect(report.accepted.map((r) => r.line)).toEqual([2, 4]);
    expect(report.rejected.map((r) => [r.line, r.reasons.map((x) => x.code)])).toEqual([
      [3, ['unknown_establishment']],
    ]);
    expect((await offer(home)).placesTotal).toBe(4);
  });

  it('refuses a tariff already recorded for that unit and day', async () => {
    const response = await as(admin, {
      method: 'POST',
      url: `${offersUrl}/import/preview`,
      payload: {
        csv: [header, 'Familiehuset – bosted;;;hour;650;DKK;2026-07-01;;;;;;;;'].join('\n'),
      },
    });
    expect(response.statusCode).toBe(200);
    const imported = await as(admin, {
      method: 'POST',
      url: `${offersUrl}/import`,
      payload: {
        csv: [header, 'Familiehuset – bosted;;;hour;650;DKK;2026-07-01;;;;;;;;'].join('\n'),
      },
    });
    expect(imported.statusCode).toBe(422);
    expect(imported.json().report.rejected[0].reasons[0]).toMatchObject({
      code: 'tariff_exists',
      column: 'tariff_valid_from',
    });
  });

  it('imports capacity, tariffs and scores all together and confirms those offers', async () => {
    // Amounts are read as the supplier's country writes them: "2.400,50" in Denmark.
    clock.advance(DAY);
    const response = await as(admin, {
      method: 'POST',
      url: `${offersUrl}/import`,
      payload: {
        csv: [
          header,
          'Familiehuset – bosted;6;2;day;2.400,50;DKK;2026-12-01;2026-09-01;4;4;4;4;4;4;4',
          'familiehuset – bosted;;;month;60.000;DKK;2026-12-01;;;;;;;;',
        ].join('\n'),
      },
    });
    expect(response.statusCode).toBe(200);
    const read = await offer(home);
    expect(read).toMatchObject({ placesTotal: 6, placesFree: 2 });
    expect(read.tariffs.map((x) => [x.unit, x.amountMinor])).toEqual(
      expect.arrayContaining([
        ['day', 240_050],
        ['month', 6_000_000],
      ]),
    );
    expect(read.assessment?.assessedOn).toBe('2026-09-01');
    expect(read.freshness.confirmedAt).toBe(clock.now().toISOString());
    expect(await auditActions(home)).toContain('offer.imported');
  });
});

describe('freshness', () => {
  async function reminders() {
    return db
      .selectFrom('outbox')
      .select(['recipient', 'subject', 'body'])
      .where('organisation_id', '=', supplier.id)
      .where('subject', 'like', '%Confirm places%')
      .execute();
  }

  it('reminds a supplier once per limit period of its offers not confirmed within the limit', async () => {
    // Every offer was confirmed within the limit: nobody is reminded.
    expect(await remindStaleOffers({ db, clock, config: t.config })).toBe(0);
    expect(await reminders()).toHaveLength(0);
    clock.advance(31 * DAY);
    expect(await remindStaleOffers({ db, clock, config: t.config })).toBe(2);
    const sent = await reminders();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.recipient).toBe(admin.user.email);
    expect(sent[0]!.subject).toBe('Confirm places and tariffs of 2 offers');
    expect(sent[0]!.body).toContain('- Familiehuset – bosted\n- Familiehuset – team');
    // Once per period: the next run a day later sends nothing more.
    clock.advance(DAY);
    expect(await remindStaleOffers({ db, clock, config: t.config })).toBe(0);
    expect(await reminders()).toHaveLength(1);
    expect(await auditActions(supplier.id)).toContain('offer.freshness_reminded');
  });

  it('holds offers to the strictest limit a buyer of the country set', async () => {
    const set = await as(odenseMatcher, {
      method: 'PUT',
      url: `/api/organisations/${odense.id}/matching/settings`,
      payload: { freshnessLimitDays: 1, allowOutsideAgreements: false, weights: null },
    });
    expect(set.statusCode).toBe(200);
    // Reminded a day ago, with a one-day limit that is a new period.
    clock.advance(DAY + 1000);
    expect(await remindStaleOffers({ db, clock, config: t.config })).toBe(2);
    expect(await reminders()).toHaveLength(2);
    expect((await offer(team)).freshness.limitDays).toBe(1);
  });

  it('shows the matching team the share confirmed within its own limit and the stale ones', async () => {
    const confirm = await as(admin, {
      method: 'POST',
      url: `${offersUrl}/confirm`,
      payload: { establishmentIds: [team] },
    });
    expect(confirm.statusCode).toBe(200);
    const response = await as(matcher, {
      method: 'GET',
      url: `/api/organisations/${aarhus.id}/matching/freshness?limit=1`,
    });
    expect(response.statusCode).toBe(200);
    const answer = response.json();
    expect(answer).toMatchObject({
      limitDays: 30,
      goal: 0.9,
      confirmedWithinLimit: 1,
      total: 3,
      meetsGoal: false,
    });
    expect(answer.share).toBeCloseTo(1 / 3);
    // The longest unconfirmed first, one page of the two, with the total.
    expect(answer.stale.total).toBe(2);
    expect(answer.stale.items.map((o: { name: string }) => o.name)).toEqual(['Andet – team']);
    expect(answer.stale.items[0].supplier.name).toBe('Andet ApS');
  });
});

describe('matching settings', () => {
  const url = `/api/organisations/${aarhus.id}/matching/settings`;

  it('answers the documented defaults until set', async () => {
    const response = await as(matcher, { method: 'GET', url });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      freshnessLimitDays: 30,
      allowOutsideAgreements: false,
      weightsAreDefault: true,
      updatedBy: null,
    });
    const weights = response.json().weights as Record<string, number>;
    expect(Object.values(weights).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('refuses weights that do not add up to 100, naming the sum', async () => {
    const response = await as(matcher, {
      method: 'PUT',
      url,
      payload: {
        freshnessLimitDays: 14,
        allowOutsideAgreements: true,
        weights: { distance: 30, cost: 30, quality: 20, freshness: 10, continuity: 15 },
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      {
        field: 'weights',
        message: 'The weights must add up to 100 points; now they add up to 105.',
      },
    ]);
  });

  it('saves the settings with who changed them, audited', async () => {
    const weights = { distance: 20, cost: 40, quality: 20, freshness: 10, continuity: 10 };
    const response = await as(matcher, {
      method: 'PUT',
      url,
      payload: { freshnessLimitDays: 14, allowOutsideAgreements: true, weights },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      freshnessLimitDays: 14,
      allowOutsideAgreements: true,
      weights,
      weightsAreDefault: false,
      updatedBy: { name: 'Mads Match' },
    });
    expect(await auditActions(aarhus.id)).toContain('matching_settings.updated');
  });
});

describe('meeting notes', () => {
  const url = `/api/organisations/${aarhus.id}/suppliers/${supplier.id}/meeting-notes`;

  it('keeps what the team learned, read only by the organisation that wrote it', async () => {
    const added = await as(matcher, {
      method: 'POST',
      url,
      payload: {
        metOn: '2026-11-20',
        participants: 'Mads Match, Anna Andersen',
        learned: 'Two family therapists with MST training; Arabic and Somali spoken.',
      },
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ metOn: '2026-11-20', createdBy: { name: 'Mads Match' } });
    expect(await auditActions(added.json().id)).toEqual(['meeting_note.created']);

    const mine = await as(matcher, { method: 'GET', url });
    expect(mine.json()).toMatchObject({ total: 1 });
    const theirs = await as(odenseMatcher, {
      method: 'GET',
      url: `/api/organisations/${odense.id}/suppliers/${supplier.id}/meeting-notes`,
    });
    expect(theirs.statusCode).toBe(200);
    expect(theirs.json()).toMatchObject({ total: 0, items: [] });
  });

  it('refuses a blank note and an unknown supplier', async () => {
    const blank = await as(matcher, {
      method: 'POST',
      url,
      payload: { metOn: '2026-11-20', participants: ' ', learned: 'x' },
    });
    expect(blank.statusCode).toBe(400);
    const unknown = await as(matcher, {
      method: 'POST',
      url: `/api/organisations/${aarhus.id}/suppliers/${randomUUID()}/meeting-notes`,
      payload: { metOn: '2026-11-20', participants: 'A', learned: 'B' },
    });
    expect(unknown.statusCode).toBe(404);
  });
});
