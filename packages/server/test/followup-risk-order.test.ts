// The risk order of a body with every kind of signal, many ties and more than one page, held to
// the order the service gave before its signals were read by the body rather than by thousands of
// ids and its candidates from agreement_supplier_kinds (0039): EXPECTED was recorded from that
// code on this same data. Each page of each sort is the whole order's slice with its total, the
// download holds the same rows, and homes equal in everything are ranked by their ids.
import { describe, expect, it } from 'vitest';
import { call, createTestApp } from './support/app.ts';
import { createOrganisation, createSession, createUser } from './support/factories.ts';
import { createDraftCalloff, createMarket } from './support/tendering.ts';

const t = await createTestApp();
const db = t.database.db;
t.clock.set(new Date('2026-06-15T08:00:00Z'));
const now = t.clock.now();
const market = await createMarket(t, { staffingFirms: 0, hvbHomes: 4 });
const [s1, s2, s3, s4] = market.hvbHomes as [
  (typeof market.hvbHomes)[number],
  (typeof market.hvbHomes)[number],
  (typeof market.hvbHomes)[number],
  (typeof market.hvbHomes)[number],
];
const body = market.body.id;
const officerUser = await createUser(db, {
  memberships: [{ organisationId: body, roles: ['quality_officer'] }],
});
const officer = await createSession(db, t.clock, officerUser.id, body);

async function agreement(
  reference: string,
  status: 'active' | 'draft',
  country: 'SE' | 'DK',
  id?: string,
) {
  const row = await db
    .insertInto('framework_agreements')
    .values({
      id,
      organisation_id: body,
      reference,
      title: `Avtal ${reference}`,
      country,
      status,
      starts_on: '2026-01-01',
      ends_on: '2027-12-31',
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('agreement_municipalities')
    .values({ agreement_id: row.id, municipality_id: market.kristianstad.id })
    .execute();
  const lot = await db
    .insertInto('agreement_lots')
    .values({
      agreement_id: row.id,
      organisation_id: body,
      number: 1,
      name: 'Delområde 1',
      category_id: market.agreement.categoryId,
      calloff_method: 'ranking',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, lotId: lot.id };
}
const onLot = (
  lot: { id: string; lotId: string },
  supplierId: string,
  rank: number,
  status: 'active' | 'hidden' | 'terminated',
) =>
  db
    .insertInto('lot_suppliers')
    .values({
      lot_id: lot.lotId,
      supplier_id: supplierId,
      agreement_id: lot.id,
      organisation_id: body,
      rank,
      status,
    })
    .execute();

// A second agreement, Danish: s1 on it, s2 hidden (still followed up), s3 terminated (not). Its id
// comes last, so a home alike on both agreements is ranked on the first agreement first.
const dk = await agreement('DK-2026-1', 'active', 'DK', 'ffffffff-ffff-4fff-bfff-ffffffffffff');
await onLot(dk, s1.id, 1, 'active');
await onLot(dk, s2.id, 2, 'hidden');
await onLot(dk, s3.id, 3, 'terminated');
// A draft agreement is followed up by nobody.
await onLot(await agreement('UTKAST-1', 'draft', 'SE'), s4.id, 1, 'active');

async function home(supplierId: string, name: string, values: { closed?: boolean } = {}) {
  const row = await db
    .insertInto('establishments')
    .values({
      supplier_id: supplierId,
      name,
      service_kind: 'hvb',
      country: 'SE',
      municipality_code: '1290',
      lat: 56,
      lon: 14.1,
      created_at: now,
      closed_at: values.closed ? now : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
// Twelve homes of s1 alike but for their names, three of them named alike (ranked by id), a closed
// one (not followed up) and one of another kind than the lots' (neither).
const alike: string[] = [];
for (let n = 1; n <= 9; n++) alike.push(await home(s1.id, `Likt hem ${n}`));
const twins = [await home(s1.id, 'Tvilling'), await home(s1.id, 'Tvilling')];
twins.push(await home(s1.id, 'Tvilling'));
await home(s4.id, 'Stängt hem', { closed: true });
await db
  .insertInto('establishments')
  .values({
    supplier_id: s4.id,
    name: 'Stödboende',
    service_kind: 'supported_housing',
    country: 'SE',
    municipality_code: '1290',
    lat: 56,
    lon: 14.1,
    created_at: now,
  })
  .execute();

// Permits: s2's valid permit ended (expired), s3's applied for with two open cases and checked,
// and a second permit of s4 checked while its first never was.
await db
  .updateTable('permits')
  .set({ valid_to: '2026-05-31' })
  .where('establishment_id', '=', s2.establishmentId!)
  .execute();
await db
  .updateTable('permits')
  .set({ status: 'applied', open_cases: 2, last_checked_on: '2026-06-01' })
  .where('establishment_id', '=', s3.establishmentId!)
  .execute();
await db
  .insertInto('permits')
  .values({
    establishment_id: s4.establishmentId!,
    supplier_id: s4.id,
    authority: 'IVO',
    reference: 'IVO-ANDRA',
    status: 'changed',
    open_cases: 1,
    last_checked_on: '2026-02-01',
    created_at: now,
    updated_at: now,
  })
  .execute();

const requirement = async (description: string) =>
  (
    await db
      .insertInto('agreement_requirements')
      .values({
        agreement_id: market.agreement.id,
        organisation_id: body,
        kind: 'awake_night_staff',
        parameters: JSON.stringify({}),
        description,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
const [r1, r2, r3] = [await requirement('R1'), await requirement('R2'), await requirement('R3')];

async function visit(
  agreementId: string,
  supplierId: string,
  establishmentId: string,
  visitedOn: string,
  findings: [string, 'met' | 'partly_met' | 'not_met'][] = [],
) {
  const row = await db
    .insertInto('visits')
    .values({
      organisation_id: body,
      agreement_id: agreementId,
      supplier_id: supplierId,
      establishment_id: establishmentId,
      visited_on: visitedOn,
      created_by: officerUser.id,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [position, [requirementId, outcome]] of findings.entries())
    await db
      .insertInto('visit_findings')
      .values({
        visit_id: row.id,
        organisation_id: body,
        requirement_id: requirementId,
        outcome,
        position,
      })
      .execute();
  return row.id;
}
// s1's home: an old visit with a finding not met, then the last one on the agreement with two
// findings not (fully) met, one covered by a request; a later visit on the Danish agreement is the
// home's last visit of all.
await visit(market.agreement.id, s1.id, s1.establishmentId!, '2024-02-01', [[r1, 'not_met']]);
const lastOnA = await visit(market.agreement.id, s1.id, s1.establishmentId!, '2026-03-01', [
  [r1, 'not_met'],
  [r2, 'partly_met'],
  [r3, 'met'],
]);
await visit(dk.id, s1.id, s1.establishmentId!, '2026-05-01');
// Two of the alike homes visited on the same day: still alike, now ranked after the others.
await visit(market.agreement.id, s1.id, alike[0]!, '2025-06-15');
await visit(market.agreement.id, s1.id, alike[1]!, '2025-06-15');

async function correction(
  supplierId: string,
  establishmentId: string | null,
  status: 'open' | 'answered' | 'accepted',
  cover: { visitId: string; requirementIds: string[] } | null = null,
) {
  await db
    .insertInto('correction_requests')
    .values({
      organisation_id: body,
      agreement_id: market.agreement.id,
      supplier_id: supplierId,
      establishment_id: establishmentId,
      visit_id: cover?.visitId ?? null,
      requirement_ids: cover?.requirementIds ?? [],
      description: 'Rätta',
      country: 'SE',
      sent_on: '2026-03-05',
      deadline: '2026-04-05',
      status,
      created_by: officerUser.id,
      created_at: now,
    })
    .execute();
}
await correction(s1.id, s1.establishmentId, 'accepted', { visitId: lastOnA, requirementIds: [r1] });
await correction(s3.id, null, 'open');
await correction(s3.id, s3.establishmentId, 'answered');
await correction(s4.id, s4.establishmentId, 'accepted');

async function note(
  supplierId: string,
  establishmentId: string | null,
  concern: boolean,
  at: Date,
) {
  await db
    .insertInto('logbook_notes')
    .values({
      organisation_id: body,
      agreement_id: market.agreement.id,
      supplier_id: supplierId,
      establishment_id: establishmentId,
      text: 'Anteckning',
      concern,
      created_by: officerUser.id,
      created_at: at,
    })
    .execute();
}
await note(s4.id, s4.establishmentId, true, now);
await note(s4.id, null, true, now);
await note(s4.id, null, true, new Date('2025-05-01T08:00:00Z'));
await note(s4.id, null, false, now);
await note(s1.id, alike[2]!, true, now);

async function order(
  establishmentId: string,
  supplierId: string,
  unitPriceMinor: number,
  currency: 'SEK' | 'DKK',
  createdAt: Date,
) {
  const calloff = await createDraftCalloff(t, market, { kind: 'placement' });
  await db
    .insertInto('orders')
    .values({
      organisation_id: market.kristianstad.id,
      calloff_id: calloff.id,
      supplier_id: supplierId,
      establishment_id: establishmentId,
      reference: `A-${unitPriceMinor}-${currency}`,
      unit_price_minor: unitPriceMinor,
      currency,
      unit: 'day',
      start_date: '2026-07-01',
      expected_volume: 30,
      created_by: market.buyerUserId,
      created_at: createdAt,
      updated_at: createdAt,
    })
    .execute();
}
await order(s2.establishmentId!, s2.id, 400_000, 'SEK', now);
await order(s2.establishmentId!, s2.id, 10_000, 'DKK', now);
await order(s3.establishmentId!, s3.id, 300_000, 'SEK', new Date('2025-01-10T08:00:00Z'));
await order(alike[3]!, s1.id, 20_000, 'SEK', now);

const plan = await db
  .insertInto('followup_plans')
  .values({
    organisation_id: body,
    year: 2026,
    target_visits: 4,
    created_by: officerUser.id,
    created_at: now,
  })
  .returning('id')
  .executeTakeFirstOrThrow();
for (const [establishmentId, supplierId, status] of [
  [s4.establishmentId!, s4.id, 'planned'],
  [s1.establishmentId!, s1.id, 'done'],
  [alike[4]!, s1.id, 'cancelled'],
] as const)
  await db
    .insertInto('planned_visits')
    .values({
      plan_id: plan.id,
      organisation_id: body,
      agreement_id: market.agreement.id,
      supplier_id: supplierId,
      establishment_id: establishmentId,
      planned_on: '2026-09-01',
      status,
      created_at: now,
    })
    .execute();

// Another body's agreement with the same suppliers is not this body's to follow up.
const other = await createOrganisation(db, { kind: 'procurement_body', name: 'Annat förbund' });
const othersAgreement = await db
  .insertInto('framework_agreements')
  .values({
    organisation_id: other.id,
    reference: 'ANNAT-1',
    title: 'Annat avtal',
    country: 'SE',
    status: 'active',
    starts_on: '2026-01-01',
    ends_on: '2027-12-31',
    created_at: now,
  })
  .returning('id')
  .executeTakeFirstOrThrow();
const othersLot = await db
  .insertInto('agreement_lots')
  .values({
    agreement_id: othersAgreement.id,
    organisation_id: other.id,
    number: 1,
    name: 'Annat',
    category_id: market.agreement.categoryId,
    calloff_method: 'ranking',
  })
  .returning('id')
  .executeTakeFirstOrThrow();
await db
  .insertInto('lot_suppliers')
  .values({
    lot_id: othersLot.id,
    supplier_id: s4.id,
    agreement_id: othersAgreement.id,
    organisation_id: other.id,
    rank: 1,
    status: 'active',
  })
  .execute();

interface Candidate {
  rank: number;
  score: number;
  reasons: { code: string; points: number; count?: number; months?: number | null }[];
  agreement: { id: string; reference: string };
  supplier: { id: string; name: string };
  establishment: { id: string; name: string; city: string | null };
  openDeviations: number;
  permit: { status: string; openCases: number; lastCheckedOn: string | null } | null;
  lastVisitOn: string | null;
  bought: { amountMinor: number; currency: string } | null;
  concernNotes: number;
  plannedVisitId: string | null;
  doneThisYear: boolean;
}
interface Page {
  year: number;
  items: Candidate[];
  total: number;
  limit: number;
  offset: number;
}

const list = async (query: string) => {
  const response = await call(t.app, officer, {
    method: 'GET',
    url: `/api/organisations/${body}/followup/candidates?year=2026&${query}`,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Page>();
};

/** A row as recorded, its ids as the names they stand for. */
const recorded = (c: Candidate) =>
  [
    c.rank,
    c.establishment.name,
    c.agreement.reference,
    c.supplier.name,
    c.score,
    c.reasons.map((r) => `${r.code}:${r.points}`).join(' '),
    c.openDeviations,
    c.permit ? `${c.permit.status}/${c.permit.openCases}/${c.permit.lastCheckedOn}` : null,
    c.lastVisitOn,
    c.bought ? `${c.bought.amountMinor} ${c.bought.currency}` : null,
    c.concernNotes,
    c.plannedVisitId === null ? null : 'planned',
    c.doneThisYear,
  ].join(' | ');

// The risk order as the service gave it before, by rank.
const EXPECTED: string[] = [
  '1 | HVB-hemmet 2 AB – boendet | SYD-2025-014 | HVB-hemmet 2 AB | 622 | permit_expired:500 never_visited:72 high_volume:40 permit_check_stale:10 | 0 | expired/0/null |  | 12000000 SEK | 0 |  | false',
  '2 | HVB-hemmet 2 AB – boendet | DK-2026-1 | HVB-hemmet 2 AB | 622 | permit_expired:500 never_visited:72 high_volume:40 permit_check_stale:10 | 0 | expired/0/null |  | 300000 DKK | 0 |  | false',
  '3 | HVB-hemmet 3 AB – boendet | SYD-2025-014 | HVB-hemmet 3 AB | 182 | never_visited:72 open_deviations:50 permit_applied:30 open_supervision_cases:30 | 2 | applied/2/2026-06-01 |  |  | 0 |  | false',
  '4 | HVB-hemmet 4 AB – boendet | SYD-2025-014 | HVB-hemmet 4 AB | 137 | never_visited:72 permit_changed:20 logbook_concerns:20 open_supervision_cases:15 permit_check_stale:10 | 0 | changed/1/null |  |  | 2 | planned | false',
  '5 | Likt hem 3 | SYD-2025-014 | HVB-hemmet 1 AB | 122 | never_visited:72 permit_missing:40 logbook_concerns:10 | 0 |  |  |  | 1 |  | false',
  '6 | Likt hem 3 | DK-2026-1 | HVB-hemmet 1 AB | 112 | never_visited:72 permit_missing:40 | 0 |  |  |  | 0 |  | false',
  '7 | Likt hem 4 | SYD-2025-014 | HVB-hemmet 1 AB | 112 | never_visited:72 permit_missing:40 | 0 |  |  | 600000 SEK | 0 |  | false',
  '8 | Likt hem 4 | DK-2026-1 | HVB-hemmet 1 AB | 112 | never_visited:72 permit_missing:40 | 0 |  |  |  | 0 |  | false',
  '9 | Likt hem 5 | SYD-2025-014 | HVB-hemmet 1 AB | 112 | never_visited:72 permit_missing:40 | 0 |  |  |  | 0 |  | false',
  '10 | Likt hem 5 | DK-2026-1 | HVB-hemmet 1 AB | 112 | never_visited:72 permit_missing:40 | 0 |  |  |  | 0 |  | false',
  '11 | Likt hem 6 | SYD-2025-014 | HVB-hemmet 1 AB | 112 | never_visited:72 permit_missing:40 | 0 |  |  |  | 0 |  | false',
  '12 | Likt hem 6 | DK-2026-1 | HVB-hemmet 1 AB | 112 | never_visited:72 permit_missing:40 | 0 |  |  |  | 0 |  | false',
  '13 | Likt hem 7 | SYD-2025-014 | HVB-hemmet 1 AB | 112 | never_visited:72 permit_missing:40 | 0 |  |  |  | 0 |  | false',
  '14 | Likt hem 7 | DK-2026-1 | HVB-hemmet 1 AB | 112 | never_visited:72 permit_missing:40 | 0 |  |  |  | 0 |  | false',
  '15 | Likt hem 8 | SYD-2025-014 | HVB-hemmet 1 AB | 112 | never_visited:72 permit_missing:40 | 0 |  |  |  | 0 |  | false',
  '16 | Likt hem 8 | DK-2026-1 | HVB-hemmet 1 AB | 112 | never_visited:72 permit_missing:40 | 0 |  |  |  | 0 |  | false',
  '17 | Likt hem 9 | SYD-2025-014 | HVB-hemmet 1 AB | 112 | never_visited:72 permit_missing:40 | 0 |  |  |  | 0 |  | false',
  '18 | Likt hem 9 | DK-2026-1 | HVB-hemmet 1 AB | 112 | never_visited:72 permit_missing:40 | 0 |  |  |  | 0 |  | false',
  '19 | Tvilling | SYD-2025-014 | HVB-hemmet 1 AB | 112 | never_visited:72 permit_missing:40 | 0 |  |  |  | 0 |  | false',
  '20 | Tvilling | DK-2026-1 | HVB-hemmet 1 AB | 112 | never_visited:72 permit_missing:40 | 0 |  |  |  | 0 |  | false',
  '21 | Tvilling | SYD-2025-014 | HVB-hemmet 1 AB | 112 | never_visited:72 permit_missing:40 | 0 |  |  |  | 0 |  | false',
  '22 | Tvilling | DK-2026-1 | HVB-hemmet 1 AB | 112 | never_visited:72 permit_missing:40 | 0 |  |  |  | 0 |  | false',
  '23 | Tvilling | SYD-2025-014 | HVB-hemmet 1 AB | 112 | never_visited:72 permit_missing:40 | 0 |  |  |  | 0 |  | false',
  '24 | Tvilling | DK-2026-1 | HVB-hemmet 1 AB | 112 | never_visited:72 permit_missing:40 | 0 |  |  |  | 0 |  | false',
  '25 | Likt hem 1 | SYD-2025-014 | HVB-hemmet 1 AB | 64 | permit_missing:40 not_visited_for:24 | 0 |  | 2025-06-15 |  | 0 |  | false',
  '26 | Likt hem 1 | DK-2026-1 | HVB-hemmet 1 AB | 64 | permit_missing:40 not_visited_for:24 | 0 |  | 2025-06-15 |  | 0 |  | false',
  '27 | Likt hem 2 | SYD-2025-014 | HVB-hemmet 1 AB | 64 | permit_missing:40 not_visited_for:24 | 0 |  | 2025-06-15 |  | 0 |  | false',
  '28 | Likt hem 2 | DK-2026-1 | HVB-hemmet 1 AB | 64 | permit_missing:40 not_visited_for:24 | 0 |  | 2025-06-15 |  | 0 |  | false',
  '29 | HVB-hemmet 1 AB – boendet | SYD-2025-014 | HVB-hemmet 1 AB | 37 | open_deviations:25 permit_check_stale:10 not_visited_for:2 | 1 | valid/0/null | 2026-05-01 |  | 0 |  | true',
  '30 | HVB-hemmet 1 AB – boendet | DK-2026-1 | HVB-hemmet 1 AB | 12 | permit_check_stale:10 not_visited_for:2 | 0 | valid/0/null | 2026-05-01 |  | 0 |  | false',
];

describe('the risk order with every signal, ties and several pages', () => {
  it('ranks as before', async () => {
    const all = await list('limit=200');
    expect(all.items.map(recorded)).toEqual(EXPECTED);
    expect(all.total).toBe(EXPECTED.length);
  });

  it('ranks homes alike in everything but their ids by their ids', async () => {
    const all = await list('limit=200');
    const ranked = all.items.filter(
      (c) => twins.includes(c.establishment.id) && c.agreement.id === market.agreement.id,
    );
    expect(ranked.map((c) => c.establishment.id)).toEqual(twins.toSorted());
    expect(new Set(ranked.map((c) => c.score)).size).toBe(1);
  });

  it('answers each page of each sort as the slice of the whole order, with the total', async () => {
    const all = (await list('limit=200')).items;
    const byName = new Intl.Collator('sv').compare;
    const turned = {
      'risk asc': all,
      'risk desc': all.toReversed(),
      'establishment asc': all.toSorted(
        (a, b) => byName(a.establishment.name, b.establishment.name) || a.rank - b.rank,
      ),
      'establishment desc': all.toSorted(
        (a, b) => byName(b.establishment.name, a.establishment.name) || a.rank - b.rank,
      ),
    };
    for (const [turn, rows] of Object.entries(turned)) {
      const [sort, order] = turn.split(' ');
      const pages: Candidate[] = [];
      for (let offset = 0; offset < all.length; offset += 4) {
        const page = await list(`sort=${sort}&order=${order}&limit=4&offset=${offset}`);
        expect(page, turn).toMatchObject({ year: 2026, total: all.length, limit: 4, offset });
        pages.push(...page.items);
      }
      expect(
        pages.map((c) => c.rank),
        turn,
      ).toEqual(rows.map((c) => c.rank));
      expect(pages, turn).toEqual(rows);
    }
  });

  // The download reads what a list shows with its candidates, a page for its rows alone.
  it('downloads the same rows in the same order, showing the same', async () => {
    const all = (await list('limit=200')).items;
    const csv = await call(t.app, officer, {
      method: 'GET',
      url: `/api/organisations/${body}/followup/candidates/export?year=2026&format=csv`,
    });
    expect(csv.statusCode, csv.body).toBe(200);
    const lines = csv.body.slice(1).trimEnd().split('\r\n').slice(1);
    // Up to the agreement's reference (none of these names has a comma to quote).
    expect(lines.map((l) => l.split(',').slice(0, 6).join(','))).toEqual(
      all.map((c) =>
        [
          c.rank,
          c.score,
          c.establishment.name,
          c.establishment.city,
          c.supplier.name,
          c.agreement.reference,
        ].join(','),
      ),
    );
  });
});
