// Demo data of the market: one running order. Kristianstad hired a social worker for financial
// assistance from its DPS a month ago: the need was called off as a DPS specific contract, bids
// were opened after the deadline, and the order went to the first admitted staffing firm of that
// category with one of its consultants. Runs after the needs and their draft call-off.
import { addCalendarDays, endOfLocalDay, localDate } from '@tildel/domain/calendar';
import type { Need } from '@tildel/domain/need';
import { appendAudit } from '../platform/audit.ts';
import { calloffOptionsOf } from '../modules/needs/calloff-options.ts';
import * as needsRepo from '../modules/needs/repo.ts';
import * as calloffRepo from '../modules/calloffs/repo.ts';
import { createOrder } from '../modules/orders/create-order.ts';
import { demoId, type DemoContext } from './demo-market.ts';

const CATEGORY = 'staffing_financial_assistance';
const TITLE = 'Inhyrd socialsekreterare, ekonomiskt bistånd, 100 %';
const DAY_MS = 24 * 60 * 60 * 1000;

/** The first staffing firm admitted to the category, and a consultant of it. */
async function admittedFirm(ctx: DemoContext, dpsId: string, categoryId: string) {
  const firm = await ctx.trx
    .selectFrom('dps_applications as a')
    .innerJoin('dps_application_categories as c', 'c.application_id', 'a.id')
    .select('a.supplier_id')
    .where('a.dps_id', '=', dpsId)
    .where('a.status', '=', 'approved')
    .where('c.category_id', '=', categoryId)
    .orderBy('a.received_at')
    .executeTakeFirstOrThrow();
  const consultant = await ctx.trx
    .selectFrom('consultants')
    .select('id')
    .where('supplier_id', '=', firm.supplier_id)
    .orderBy('created_at')
    .orderBy('id')
    .executeTakeFirst();
  const consultantId =
    consultant?.id ??
    (
      await ctx.trx
        .insertInto('consultants')
        .values({
          supplier_id: firm.supplier_id,
          name: 'Sara Lindqvist',
          educations: JSON.stringify([{ code: 'socionomexamen', year: 2014 }]),
          experience: JSON.stringify([{ area: 'financial_assistance', years: 8 }]),
          languages: ['sv', 'en'],
          created_at: ctx.clock.now(),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  return { supplierId: firm.supplier_id, consultantId };
}

export async function seedDemoOrders(ctx: DemoContext): Promise<void> {
  const { trx } = ctx;
  const now = ctx.clock.now();
  const today = localDate(now, 'SE');
  const organisationId = demoId(ctx, 'kristianstad');
  const buyer = demoId(ctx, 'user:bestallare@kristianstad.demo.tildel.se');
  const caseworker = demoId(ctx, 'user:handlaggare@kristianstad.demo.tildel.se');
  const dps = await trx
    .selectFrom('dynamic_purchasing_systems')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('reference', '=', 'KS-DIS-2026-01')
    .executeTakeFirstOrThrow();
  const category = await trx
    .selectFrom('service_categories')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('code', '=', CATEGORY)
    .executeTakeFirstOrThrow();

  const start = addCalendarDays(today, -30);
  const need: Need = {
    kind: 'staffing',
    role: 'Socialsekreterare, ekonomiskt bistånd',
    area: 'financial_assistance',
    educationCodes: ['socionomexamen'],
    yearsOfExperience: 2,
    languages: ['sv'],
    start,
    end: addCalendarDays(start, 180),
    extentPercent: 100,
    placeOfWork: 'Försörjningsstöd, Kristianstad',
    remotePossible: false,
    positions: 1,
    description: 'Förstärkning under införandet av nytt verksamhetssystem.',
  };
  const needId = await needsRepo.insertNeed(trx, now, {
    organisationId,
    kind: 'staffing',
    title: TITLE,
    details: need,
    createdBy: caseworker,
  });
  await needsRepo.updateNeed(trx, now, needId, 1, {
    status: 'in_calloff',
    submittedAt: new Date(now.getTime() - 60 * DAY_MS),
  });

  const { expectedVolume, options } = await calloffOptionsOf(trx, organisationId, need, now);
  const option = options.find((o) => o.kind === 'dps_category' && o.category.id === category.id);
  if (!option?.procedure) throw new Error(`the demo order's need cannot be called off`);
  const calloffId = await calloffRepo.insertCalloff(trx, now, {
    organisationId,
    needId,
    agreementId: null,
    lotId: null,
    dpsId: dps.id,
    categoryId: category.id,
    procedure: option.procedure,
    procedureReason: option.why,
    expectedVolume: expectedVolume.quantity,
    expectedUnit: expectedVolume.unit,
    currency: 'SEK',
    evaluationModel: { kind: 'lowest_price', basis: 'unit_price' },
    title: TITLE,
    createdBy: buyer,
  });
  const deadline = endOfLocalDay(addCalendarDays(today, -45), 'SE');
  await trx
    .updateTable('calloffs')
    .set({
      status: 'evaluation',
      request_text: 'Heltid i sex månader från startdatum. Tillträde enligt överenskommelse.',
      cost_centre: 'KS-5120',
      published_at: new Date(deadline.getTime() - 10 * DAY_MS),
      published_by: buyer,
      tender_deadline: deadline,
      opened_at: new Date(deadline.getTime() + DAY_MS / 2),
      opened_by: buyer,
    })
    .where('id', '=', calloffId)
    .execute();
  await appendAudit(trx, ctx.clock, {
    organisationId,
    actorUserId: buyer,
    action: 'calloff.created',
    objectType: 'calloff',
    objectId: calloffId,
    after: { status: 'draft', needId, procedure: option.procedure, why: option.why },
  });

  const { supplierId, consultantId } = await admittedFirm(ctx, dps.id, category.id);
  await createOrder(trx, ctx.clock, {
    organisationId,
    calloffId,
    supplierId,
    consultantId,
    establishmentId: null,
    unitPriceMinor: 68_500,
    currency: 'SEK',
    unit: expectedVolume.unit ?? 'hour',
    startDate: start,
    endDate: need.end,
    expectedVolume: expectedVolume.quantity ?? 0,
    costCentre: 'KS-5120',
    actorUserId: buyer,
    source: { via: 'award', demo: true },
  });
}
