// Demo data for insights: two years of orders, so every spend and price chart has a shape. Each
// member municipality of the joint body (Kristianstad among them) placed young people in HVB under
// the body's HVB agreement — and before it started, under its predecessor (SYD-2023-002, expired,
// same lots and ranks, lower day prices, indexed once a year) — and in family homes under the
// family-home agreement since it began; Kristianstad also hired social workers from its own DPS.
// Needs, call-offs and orders are made in a few multi-row inserts (no bids: these call-offs went
// to the ranked supplier, as ranking does), so seeding stays fast. Runs after the demo order.
import { addMonths } from '@tildel/domain/agreement-period';
import { addCalendarDays, localDate, type PlainDate } from '@tildel/domain/calendar';
import {
  callOffMethodFrom,
  procedureForVolume,
  type CallOffMethod,
} from '@tildel/domain/calloff-method';
import type { PlacementNeed } from '@tildel/domain/need';
import { sql } from 'kysely';
import * as agreementsRepo from '../modules/agreements/agreements/repo.ts';
import { appendAudit } from '../platform/audit.ts';
import { DEMO_MEMBER_MUNICIPALITIES } from './demo-data.ts';
import { demoId, type DemoContext } from './demo-context.ts';

const OFFICER = 'user:upphandlare@sydupphandling.demo.tildel.se';
const MONTHS = 24;
/** The predecessor's day prices against today's: 92 % in its first year, 94.5 % in its second. */
const EARLIER_PRICE_PERMILLE = [920, 945] as const;
/** Family-home day prices: 1 850 kr, +3 % from the agreement's second year. */
const FAMILY_HOME_DAY_MINOR = 185_000;
/** Hourly prices of hired social workers, month by month, rising with demand. */
const STAFFING_HOUR_MINOR = [66_000, 67_500, 69_000, 70_500, 72_000];

interface Lot {
  agreementId: string;
  lotId: string;
  codes: string[];
  method: CallOffMethod;
  suppliers: { supplierId: string; rank: number; dayPriceMinor: number }[];
}

interface PlannedOrder {
  organisationId: string;
  code: string;
  lot: { agreementId: string; lotId: string } | null;
  dps: { dpsId: string; categoryId: string } | null;
  procedure: 'ranking' | 'renewed_competition' | 'dps_specific_contract';
  reason: unknown;
  supplierId: string;
  unitPriceMinor: number;
  unit: 'day' | 'hour';
  volume: number;
  start: PlainDate;
  end: PlainDate;
  title: string;
  need: PlacementNeed | null;
}

/** A small stable hash, so the demo is the same every time it is seeded. */
function spread(...parts: (string | number)[]): number {
  let h = 2166136261;
  for (const ch of parts.join('|')) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h;
}

async function lotsOf(ctx: DemoContext, agreementId: string): Promise<Lot[]> {
  const lots = await ctx.trx
    .selectFrom('agreement_lots')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .orderBy('number')
    .execute();
  const result: Lot[] = [];
  for (const lot of lots) {
    // Each supplier's latest agreed price for the lot's category (a supplier may hold several).
    const suppliers = await ctx.trx
      .selectFrom('lot_suppliers as ls')
      .select((eb) => [
        'ls.supplier_id',
        'ls.rank',
        eb
          .selectFrom('prices as p')
          .select('p.amount_minor')
          .whereRef('p.supplier_id', '=', 'ls.supplier_id')
          .where('p.category_id', '=', lot.category_id)
          .where('p.status', '=', 'agreed')
          .orderBy('p.valid_from', 'desc')
          .limit(1)
          .as('amount_minor'),
      ])
      .where('ls.lot_id', '=', lot.id)
      .orderBy('ls.rank')
      .execute();
    result.push({
      agreementId,
      lotId: lot.id,
      codes: lot.area_municipality_codes,
      method: callOffMethodFrom(lot.calloff_method, lot.volume_threshold, lot.volume_unit) ?? {
        kind: 'ranking',
      },
      suppliers: suppliers.map((s) => ({
        supplierId: s.supplier_id,
        rank: s.rank,
        dayPriceMinor: s.amount_minor ? Number(s.amount_minor) : FAMILY_HOME_DAY_MINOR,
      })),
    });
  }
  return result;
}

/** The HVB agreement's predecessor: the same lots and ranks for the two years before it. */
async function predecessorOf(ctx: DemoContext, hvb: { id: string; starts_on: string }) {
  const bodyId = demoId(ctx, 'body');
  const startsOn = addMonths(hvb.starts_on, -MONTHS);
  const earlier = await agreementsRepo.insertAgreement(ctx.trx, {
    organisationId: bodyId,
    reference: 'SYD-2023-002',
    title: 'Föregående HVB-avtal, barn och unga',
    description: 'Det tidigare HVB-avtalet, som SYD-2025-014 ersatte.',
    country: 'SE',
    startsOn,
    endsOn: addCalendarDays(hvb.starts_on, -1),
    extensionOptions: [],
    longPeriodReason: null,
    createdAt: new Date(`${startsOn}T08:00:00Z`),
    createdBy: demoId(ctx, OFFICER),
  });
  const members = await ctx.trx
    .selectFrom('agreement_municipalities')
    .select('municipality_id')
    .where('agreement_id', '=', hvb.id)
    .execute();
  await agreementsRepo.replaceMunicipalities(
    ctx.trx,
    earlier.id,
    members.map((m) => m.municipality_id),
  );
  const lots = await lotsOf(ctx, hvb.id);
  const copies: Lot[] = [];
  for (const [i, lot] of lots.entries()) {
    const { id: lotId } = await agreementsRepo.insertLot(ctx.trx, {
      agreementId: earlier.id,
      organisationId: bodyId,
      number: i + 1,
      name: `Delområde ${i + 1}`,
      categoryId: (await ctx.trx
        .selectFrom('agreement_lots')
        .select('category_id')
        .where('id', '=', lot.lotId)
        .executeTakeFirstOrThrow())!.category_id,
      areaMunicipalityCodes: lot.codes,
      calloffMethod: lot.method.kind,
      volumeThreshold: lot.method.kind === 'volume_rule' ? lot.method.threshold : null,
      volumeUnit: lot.method.kind === 'volume_rule' ? lot.method.unit : null,
    });
    for (const s of lot.suppliers)
      await agreementsRepo.insertLotSupplier(ctx.trx, {
        lotId,
        supplierId: s.supplierId,
        agreementId: earlier.id,
        organisationId: bodyId,
        rank: s.rank,
      });
    copies.push({ ...lot, agreementId: earlier.id, lotId });
  }
  // It ran its course: expired, as the agreements job marks an agreement past its end.
  await ctx.trx
    .updateTable('framework_agreements')
    .set({ status: 'expired' })
    .where('id', '=', earlier.id)
    .execute();
  return { startsOn, lots: copies, current: lots };
}

function placementNeed(code: string, start: PlainDate, days: number, h: number): PlacementNeed {
  return {
    kind: 'placement',
    person: {
      age: 13 + (h % 5),
      gender: h % 2 === 0 ? 'male' : 'female',
      targetGroups: ['youth_13_17'],
      needs: 'Struktur i vardagen och stöd i skolgången.',
      languages: ['sv'],
      homeCountry: 'SE',
      homeMunicipalityCode: code,
    },
    start,
    expectedDurationDays: days,
    intensity: 'enhanced',
    hoursPerWeek: null,
    description: '',
  };
}

export async function seedDemoSpendHistory(ctx: DemoContext): Promise<void> {
  const { trx } = ctx;
  const now = ctx.clock.now();
  const today = localDate(now, 'SE');
  const firstOfMonth = `${today.slice(0, 8)}01`;
  const bodyId = demoId(ctx, 'body');
  const hvb = await trx
    .selectFrom('framework_agreements')
    .select(['id', 'starts_on'])
    .where('organisation_id', '=', bodyId)
    .where('reference', '=', 'SYD-2025-014')
    .executeTakeFirstOrThrow();
  const familyHome = await trx
    .selectFrom('framework_agreements')
    .select(['id', 'starts_on'])
    .where('organisation_id', '=', bodyId)
    .where('reference', '=', 'SYD-2024-007')
    .executeTakeFirstOrThrow();
  const earlier = await predecessorOf(ctx, hvb);
  const [familyLot] = await lotsOf(ctx, familyHome.id);

  const planned: PlannedOrder[] = [];
  const firstMonth = addMonths(firstOfMonth, -MONTHS);
  for (const [name, code] of DEMO_MEMBER_MUNICIPALITIES) {
    const organisationId = demoId(ctx, code === '1290' ? 'kristianstad' : `municipality:${code}`);
    for (let k = 0; k <= MONTHS; k++) {
      const month = addMonths(firstMonth, k);
      const h = spread(code, month);
      // Up to two HVB placements a month (more in the larger municipalities), one family home now and then.
      const placements = (h % 3) + (code === '1290' || code === '0780' || code === '1380' ? 1 : 0);
      for (let p = 0; p < placements + 1; p++) {
        const hp = spread(code, month, p);
        const start = addCalendarDays(month, hp % 27);
        if (start >= today) continue;
        const familyHomeOrder = p === placements;
        if (familyHomeOrder && (hp % 4 !== 0 || start < familyHome.starts_on || !familyLot))
          continue;
        const underCurrent = start >= hvb.starts_on;
        const lots = familyHomeOrder ? [familyLot!] : underCurrent ? earlier.current : earlier.lots;
        const lot = lots.find((l) => l.codes.length === 0 || l.codes.includes(code));
        if (!lot || lot.suppliers.length === 0) continue;
        const days = 30 + (hp % 6) * 30;
        const choice = procedureForVolume(lot.method, days);
        // Ranking goes to the first supplier unless it declined (now and then the second).
        const supplier = lot.suppliers[hp % 5 === 0 ? Math.min(1, lot.suppliers.length - 1) : 0]!;
        const yearsIn = Math.floor(
          (Number(start.slice(0, 4)) * 12 +
            Number(start.slice(5, 7)) -
            (Number(earlier.startsOn.slice(0, 4)) * 12 + Number(earlier.startsOn.slice(5, 7)))) /
            12,
        );
        const permille = familyHomeOrder
          ? start >= addMonths(familyHome.starts_on, 12)
            ? 1030
            : 1000
          : underCurrent
            ? 1000
            : EARLIER_PRICE_PERMILLE[Math.min(yearsIn, 1)]!;
        // Whole kronor: prices are agreed in kronor.
        const unitPriceMinor = Math.round((supplier.dayPriceMinor * permille) / 100_000) * 100;
        planned.push({
          organisationId,
          code,
          lot: { agreementId: lot.agreementId, lotId: lot.lotId },
          dps: null,
          procedure: choice.procedure,
          reason:
            lot.method.kind === 'volume_rule'
              ? {
                  code: choice.reason,
                  params: { volume: days, threshold: lot.method.threshold, unit: lot.method.unit },
                }
              : { code: choice.reason },
          supplierId: supplier.supplierId,
          unitPriceMinor,
          unit: 'day',
          volume: days,
          start,
          end: addCalendarDays(start, days - 1),
          title: familyHomeOrder
            ? `Familjehem, ${name.replace(/s? kommun$| stad$/, '')}`
            : `HVB-placering, ${13 + (hp % 5)} år`,
          need: placementNeed(code, start, days, hp),
        });
      }
    }
  }
  await staffingHistory(ctx, today, planned);
  await insertPlanned(ctx, planned);
  await appendAudit(trx, ctx.clock, {
    organisationId: null,
    actorUserId: null,
    action: 'demo.order_history_seeded',
    objectType: 'platform',
    objectId: 'demo',
    after: { orders: planned.length, months: MONTHS },
  });
}

/** Kristianstad's hired social workers since its DPS opened: one a month, the price rising. */
async function staffingHistory(ctx: DemoContext, today: PlainDate, planned: PlannedOrder[]) {
  const organisationId = demoId(ctx, 'kristianstad');
  const dps = await ctx.trx
    .selectFrom('dynamic_purchasing_systems')
    .select(['id', 'valid_from'])
    .where('organisation_id', '=', organisationId)
    .where('reference', '=', 'KS-DIS-2026-01')
    .executeTakeFirstOrThrow();
  const category = await ctx.trx
    .selectFrom('service_categories')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('code', '=', 'staffing_children_youth')
    .executeTakeFirst();
  if (!category) return;
  const firms = await ctx.trx
    .selectFrom('dps_applications as a')
    .innerJoin('dps_application_categories as c', 'c.application_id', 'a.id')
    .select('a.supplier_id')
    .where('a.dps_id', '=', dps.id)
    .where('a.status', '=', 'approved')
    .where('c.category_id', '=', category.id)
    .orderBy('a.received_at')
    .execute();
  if (firms.length === 0) return;
  for (const [i, price] of STAFFING_HOUR_MINOR.entries()) {
    const start = addCalendarDays(dps.valid_from as PlainDate, 40 + i * 30);
    if (start >= today) break;
    planned.push({
      organisationId,
      code: '1290',
      lot: null,
      dps: { dpsId: dps.id, categoryId: category.id },
      procedure: 'dps_specific_contract',
      reason: { code: 'dps_category' },
      supplierId: firms[i % firms.length]!.supplier_id,
      unitPriceMinor: price,
      unit: 'hour',
      volume: 480,
      start,
      end: addCalendarDays(start, 89),
      // Titled by its month, so each earlier hire is told apart from the demo's open call-off.
      title: `Socialsekreterare barn och unga, ${start.slice(0, 7)}`,
      need: null,
    });
  }
}

/** Needs, call-offs and orders of the plan, each table in one insert. */
async function insertPlanned(ctx: DemoContext, planned: PlannedOrder[]) {
  const { trx } = ctx;
  const buyer = demoId(ctx, 'user:bestallare@kristianstad.demo.tildel.se');
  const at = (date: PlainDate) => new Date(`${date}T09:00:00Z`);
  const needs = await trx
    .insertInto('needs')
    .values(
      planned.map((o) => ({
        organisation_id: o.organisationId,
        kind: o.need ? ('placement' as const) : ('staffing' as const),
        status: 'fulfilled' as const,
        title: o.title,
        details: JSON.stringify(
          o.need ?? {
            kind: 'staffing',
            role: 'Socialsekreterare, barn och unga',
            area: 'children_youth',
            educationCodes: ['socionomexamen'],
            yearsOfExperience: 3,
            languages: ['sv'],
            start: o.start,
            end: o.end,
            extentPercent: 100,
            placeOfWork: 'Barn och familj, Kristianstad',
            remotePossible: false,
            positions: 1,
            description: '',
          },
        ),
        created_by: buyer,
        created_at: at(addCalendarDays(o.start, -20)),
        updated_at: at(addCalendarDays(o.start, -5)),
        submitted_at: at(addCalendarDays(o.start, -19)),
      })),
    )
    .returning('id')
    .execute();
  const calloffs = await trx
    .insertInto('calloffs')
    .values(
      planned.map((o, i) => ({
        organisation_id: o.organisationId,
        need_id: needs[i]!.id,
        agreement_id: o.lot?.agreementId ?? null,
        lot_id: o.lot?.lotId ?? null,
        dps_id: o.dps?.dpsId ?? null,
        category_id: o.dps?.categoryId ?? null,
        procedure: o.procedure,
        procedure_reason: JSON.stringify(o.reason),
        expected_volume: o.volume,
        expected_unit: o.unit,
        currency: 'SEK',
        evaluation_model: JSON.stringify({ kind: 'lowest_price', basis: 'unit_price' }),
        status: 'ordered' as const,
        title: o.title,
        created_by: buyer,
        created_at: at(addCalendarDays(o.start, -18)),
        updated_at: at(addCalendarDays(o.start, -5)),
      })),
    )
    .returning('id')
    .execute();
  const numbers = await sql<{ n: string }>`
    SELECT nextval('order_numbers')::text AS n FROM generate_series(1, ${planned.length}::int)
  `.execute(trx);
  await trx
    .insertInto('orders')
    .values(
      planned.map((o, i) => ({
        organisation_id: o.organisationId,
        calloff_id: calloffs[i]!.id,
        supplier_id: o.supplierId,
        reference: `A-${o.start.slice(0, 4)}-${numbers.rows[i]!.n.padStart(6, '0')}`,
        unit_price_minor: o.unitPriceMinor,
        currency: 'SEK',
        unit: o.unit,
        start_date: o.start,
        end_date: o.end,
        expected_volume: o.volume,
        status: o.end < localDate(ctx.clock.now(), 'SE') ? ('ended' as const) : ('active' as const),
        created_by: buyer,
        created_at: at(addCalendarDays(o.start, -5)),
        updated_at: at(addCalendarDays(o.start, -5)),
      })),
    )
    .execute();
}
