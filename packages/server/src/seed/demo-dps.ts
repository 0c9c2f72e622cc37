// Demo data of the market: dps. Kristianstad's DPS for hired social workers, opened months ago
// with its initial period over: 13 admitted staffing firms, two pending applications (one close
// to its decision deadline, one fresh) and one rejected. Lindgårdens HVB AB (supplier:0) has not
// applied, so a demo user can.
import { createHash } from 'node:crypto';
import {
  addCalendarDays,
  addWorkingDays,
  localDate,
  startOfLocalDay,
  type PlainDate,
} from '@tildel/domain/calendar';
import {
  decisionDeadline,
  isInInitialPeriod,
  STANDARD_REQUIREMENTS,
} from '@tildel/domain/qualification';
import { demoSupplierKeys } from './demo-data.ts';
import { demoId, type DemoContext } from './demo-context.ts';

const CATEGORY_CODES = [
  'staffing_children_youth',
  'staffing_adult_addiction',
  'staffing_financial_assistance',
] as const;
const DOCUMENT_KINDS = ['insurance', 'tax_certificate', 'collective_agreement'] as const;
const HOUR_MS = 3_600_000;

/** 10:00 local time on a day in Sweden. */
function morningOf(date: PlainDate): Date {
  return new Date(startOfLocalDay(date, 'SE').getTime() + 10 * HOUR_MS);
}

/** The supplier's current documents of the kinds the DPS asks for, added where missing. */
async function documentsOf(ctx: DemoContext, supplierId: string, today: PlainDate) {
  const existing = await ctx.trx
    .selectFrom('compliance_documents')
    .select(['id', 'kind'])
    .where('supplier_id', '=', supplierId)
    .where('replaced_at', 'is', null)
    .execute();
  const byKind = new Map<string, string>(existing.map((d) => [d.kind, d.id]));
  for (const kind of DOCUMENT_KINDS) {
    if (byKind.has(kind)) continue;
    const content = Buffer.from(`%PDF-1.4\n% demo ${kind}\n`);
    const file = await ctx.trx
      .insertInto('stored_files')
      .values({
        organisation_id: supplierId,
        file_name: `${kind}.pdf`,
        content_type: 'application/pdf',
        size_bytes: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        content,
        created_at: ctx.clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const doc = await ctx.trx
      .insertInto('compliance_documents')
      .values({
        supplier_id: supplierId,
        kind,
        title: {
          insurance: 'Ansvarsförsäkring',
          tax_certificate: 'Skatteintyg',
          collective_agreement: 'Kollektivavtal',
        }[kind],
        file_id: file.id,
        valid_until: addCalendarDays(today, 300),
        created_at: ctx.clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    byKind.set(kind, doc.id);
  }
  return byKind;
}

export async function seedDemoDps(ctx: DemoContext): Promise<void> {
  const { trx } = ctx;
  const now = ctx.clock.now();
  const today = localDate(now, 'SE');
  const owner = demoId(ctx, 'kristianstad');
  const officer = demoId(ctx, 'user:upphandlare@sydupphandling.demo.tildel.se');
  const openedOn = addCalendarDays(today, -150);
  const initialPeriodEndsOn = addCalendarDays(openedOn, 30);
  const validTo = `${Number(openedOn.slice(0, 4)) + 4}${addCalendarDays(openedOn, -1).slice(4)}`;

  const dps = await trx
    .insertInto('dynamic_purchasing_systems')
    .values({
      organisation_id: owner,
      reference: 'KS-DIS-2026-01',
      title: 'Dynamiskt inköpssystem för hyrsocionomer',
      description:
        'Inhyrda socionomer till myndighetsutövning inom barn och unga, vuxna med missbruk och ekonomiskt bistånd.',
      country: 'SE',
      status: 'open',
      valid_from: openedOn,
      valid_to: validTo,
      initial_period_ends_on: initialPeriodEndsOn,
      owner_is_central_purchasing_body: false,
      agreed_tender_period_days: 5,
      opened_at: morningOf(openedOn),
      created_at: morningOf(addCalendarDays(openedOn, -7)),
      created_by: officer,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  const categories = await trx
    .selectFrom('service_categories')
    .select(['id', 'code'])
    .where('organisation_id', '=', owner)
    .where('code', 'in', [...CATEGORY_CODES])
    .execute();
  const categoryId = (code: (typeof CATEGORY_CODES)[number]) => {
    const found = categories.find((c) => c.code === code);
    if (!found) throw new Error(`Kristianstad's taxonomy lacks ${code}`);
    return found.id;
  };
  await trx
    .insertInto('dps_categories')
    .values(CATEGORY_CODES.map((code) => ({ dps_id: dps.id, category_id: categoryId(code) })))
    .execute();
  await trx
    .insertInto('dps_municipalities')
    .values({ dps_id: dps.id, municipality_id: owner })
    .execute();

  const requirements = await trx
    .insertInto('dps_requirements')
    .values(
      STANDARD_REQUIREMENTS.map((r, i) => ({
        dps_id: dps.id,
        organisation_id: owner,
        position: i + 1,
        kind: r.kind,
        text_sv: r.texts.sv,
        text_da: r.texts.da,
        text_en: r.texts.en,
        minimum: r.minimum,
        unit: r.unit,
        document_kind: r.documentKind,
      })),
    )
    .returning(['id', 'kind', 'minimum', 'document_kind'])
    .execute();

  const initial = { initialPeriodEndsOn, country: 'SE' as const };

  async function application(
    supplierKey: string,
    receivedAt: Date,
    codes: readonly (typeof CATEGORY_CODES)[number][],
    decision: { status: 'approved' | 'rejected'; reason?: string } | null,
    numbers: { years: number; turnover: number },
  ) {
    const supplierId = demoId(ctx, supplierKey);
    const documents = await documentsOf(ctx, supplierId, today);
    const answers = requirements.map((r) =>
      r.kind === 'declaration'
        ? { requirementId: r.id, declared: true }
        : r.kind === 'numeric_minimum'
          ? {
              requirementId: r.id,
              value: Number(r.minimum) < 100 ? numbers.years : numbers.turnover,
            }
          : { requirementId: r.id, documentId: documents.get(r.document_kind ?? '')! },
    );
    const decidedAt = new Date(receivedAt.getTime() + 4 * 24 * HOUR_MS);
    const row = await trx
      .insertInto('dps_applications')
      .values({
        dps_id: dps.id,
        organisation_id: owner,
        supplier_id: supplierId,
        status: decision?.status ?? 'pending',
        received_at: receivedAt,
        in_initial_period: isInInitialPeriod(receivedAt, initial),
        decision_due_at: decisionDeadline(receivedAt, 'SE'),
        answers: JSON.stringify(answers),
        decided_at: decision ? decidedAt : null,
        decided_by: decision ? officer : null,
        decision_reason: decision?.reason ?? null,
        created_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('dps_application_categories')
      .values(codes.map((code) => ({ application_id: row.id, category_id: categoryId(code) })))
      .execute();
  }

  const staffing = demoSupplierKeys('staffing');
  const [youth, addiction, assistance] = CATEGORY_CODES;
  const spreads = [
    [youth],
    [youth, addiction],
    [youth, assistance],
    [addiction, assistance],
    [youth, addiction, assistance],
  ] as const;
  // 13 admitted: applied during the initial period, decided within days.
  for (const [i, key] of staffing.slice(0, 13).entries()) {
    await application(
      key,
      morningOf(addCalendarDays(openedOn, 1 + i * 2)),
      spreads[i % spreads.length]!,
      { status: 'approved' },
      { years: 3 + i, turnover: 2_500_000 + i * 400_000 },
    );
  }
  // One pending close to its deadline (two working days left: about eight have passed), one
  // fresh.
  const statutory = { statutory: true } as const;
  const dueSoon = addWorkingDays(today, 2, 'SE', statutory);
  await application(
    staffing[13]!,
    morningOf(addWorkingDays(dueSoon, -10, 'SE', statutory)),
    [youth],
    null,
    { years: 4, turnover: 1_800_000 },
  );
  await application(
    staffing[14]!,
    new Date(now.getTime() - 2 * HOUR_MS),
    [addiction, assistance],
    null,
    {
      years: 2,
      turnover: 1_200_000,
    },
  );
  // One rejected, with the reason the supplier sees.
  await application(
    staffing[15]!,
    morningOf(addCalendarDays(today, -60)),
    [assistance],
    {
      status: 'rejected',
      reason:
        'Årsomsättningen understiger kravet på 1 000 000 kronor och bolaget har varit verksamt kortare tid än två år.',
    },
    { years: 1, turnover: 600_000 },
  );
  // Lindgårdens HVB AB has documents ready but no application, so a demo user can apply.
  await documentsOf(ctx, demoId(ctx, 'supplier:0'), today);
}
