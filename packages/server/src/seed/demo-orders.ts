// Demo data of the market: one running order. Kristianstad hired a social worker for financial
// assistance from its DPS a month ago: the need was called off as a DPS specific contract, the
// admitted firms with a demo user bid (sealed under the call-off's own key as the bid route
// seals), the bids were opened after the deadline, the lowest price was awarded and the order
// went to its consultant. So the call-off's evaluation, decision and timeline read as a real one does. Runs
// after the needs and their draft call-off.
import { randomBytes, randomUUID } from 'node:crypto';
import { addCalendarDays, endOfLocalDay, localDate } from '@tildel/domain/calendar';
import type { Need } from '@tildel/domain/need';
import { appendAudit } from '../platform/audit.ts';
import { newDataKey, sealBid, unwrapDataKey } from '../platform/sealing.ts';
import { calloffOptionsOf } from '../modules/calloffs/needs/calloff-options.ts';
import * as needsRepo from '../modules/calloffs/needs/repo.ts';
import * as calloffRepo from '../modules/calloffs/calloffs/repo.ts';
import * as bidsRepo from '../modules/calloffs/bids/repo.ts';
import * as awardsRepo from '../modules/calloffs/awards/repo.ts';
import { evaluationReport } from '../modules/calloffs/awards/report.ts';
import type { BidContent } from '../modules/calloffs/bids/content.ts';
import { createOrder } from '../modules/calloffs/orders/create-order.ts';
import { demoId, type DemoContext } from './demo-context.ts';

const CATEGORY = 'staffing_financial_assistance';
const TITLE = 'Inhyrd socialsekreterare, ekonomiskt bistånd, 100 %';
const DAY_MS = 24 * 60 * 60 * 1000;
/** Hourly prices in öre of up to three bidders, in the order they were admitted; the first wins. */
const PRICES = [68_500, 71_000, 74_500];

/** The staffing firms admitted to the category with a user to bid (up to three), each with a consultant. */
async function admittedFirms(ctx: DemoContext, dpsId: string, categoryId: string) {
  const firms = await ctx.trx
    .selectFrom('dps_applications as a')
    .innerJoin('dps_application_categories as c', 'c.application_id', 'a.id')
    .select('a.supplier_id')
    .where('a.dps_id', '=', dpsId)
    .where('a.status', '=', 'approved')
    .where('c.category_id', '=', categoryId)
    .orderBy('a.received_at')
    .execute();
  const result = [];
  for (const firm of firms) {
    if (result.length === PRICES.length) break;
    const user = await ctx.trx
      .selectFrom('memberships')
      .select('user_id')
      .where('organisation_id', '=', firm.supplier_id)
      .orderBy('user_id')
      .executeTakeFirst();
    if (!user) continue;
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
    result.push({ supplierId: firm.supplier_id, consultantId, userId: user.user_id });
  }
  if (result.length === 0) throw new Error('the demo order needs an admitted staffing firm');
  return result;
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
  const publishedAt = new Date(deadline.getTime() - 10 * DAY_MS);
  const openedAt = new Date(deadline.getTime() + DAY_MS / 2);
  const decidedAt = new Date(openedAt.getTime() + DAY_MS);
  const key = newDataKey(ctx.masterKey);
  await trx
    .updateTable('calloffs')
    .set({
      status: 'open',
      request_text: 'Heltid i sex månader från startdatum. Tillträde enligt överenskommelse.',
      cost_centre: 'KS-5120',
      published_at: publishedAt,
      published_by: buyer,
      tender_deadline: deadline,
      data_key_wrapped: key.wrapped,
      data_key_id: key.keyId,
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

  // Each firm's bid, sealed as the bid route seals it, received a few days before the deadline.
  const firms = await admittedFirms(ctx, dps.id, category.id);
  const dataKey = unwrapDataKey(ctx.masterKey, key);
  for (const [i, firm] of firms.entries()) {
    const bidId = randomUUID();
    const receivedAt = new Date(deadline.getTime() - (firms.length - i) * DAY_MS);
    const content: BidContent = {
      unitPriceMinor: PRICES[i]!,
      currency: 'SEK',
      unit: expectedVolume.unit ?? 'hour',
      answers: {},
      evidence: {},
      consultantId: firm.consultantId,
      establishmentId: null,
      earliestStart: start,
      validUntil: addCalendarDays(start, 60),
      note: '',
    };
    const { sealed, receipt } = sealBid(
      dataKey,
      { callOffId: calloffId, bidId },
      content,
      receivedAt,
    );
    await bidsRepo
      .bidUpsert(trx, {
        id: bidId,
        calloffId,
        supplierId: firm.supplierId,
        ...sealed,
        receiptSha256: receipt.sha256,
        receivedAt,
        submittedBy: firm.userId,
      })
      .execute();
    await appendAudit(trx, ctx.clock, {
      organisationId: firm.supplierId,
      actorUserId: firm.userId,
      action: 'bid.submitted',
      objectType: 'bid',
      objectId: bidId,
      after: { calloffId, receiptSha256: receipt.sha256, receivedAt: receipt.receivedAt },
    });
  }

  // The opening after the deadline, then the award to the lowest price without standstill.
  const opened = await bidsRepo.markOpened(trx, calloffId, 1, {
    at: openedAt,
    by: buyer,
    drawingSeed: randomBytes(32).toString('hex'),
    status: 'evaluation',
  });
  await appendAudit(trx, ctx.clock, {
    organisationId,
    actorUserId: buyer,
    action: 'calloff.opened',
    objectType: 'calloff',
    objectId: calloffId,
    before: { status: 'open' },
    after: { status: 'evaluation', count: firms.length },
  });
  const calloff = await awardsRepo.findCalloff(trx, organisationId, calloffId);
  const report = await evaluationReport(trx, ctx.masterKey, calloff!);
  const winner = report.bids.find((b) => b.rank === 1)!;
  const reasons = 'Lägsta pris per timme bland anbuden som uppfyller kraven.';
  const decisionId = await awardsRepo.insertDecision(trx, {
    calloffId,
    organisationId,
    bidId: winner.bidId,
    supplierId: winner.supplierId,
    reasons,
    report,
    decidedBy: buyer,
    decidedAt,
    standstillUntil: null,
  });
  const awarded = await awardsRepo.moveCalloff(trx, decidedAt, calloffId, 2, 'awarded');
  if (!opened || !awarded) throw new Error("the demo call-off's version moved unexpectedly");
  await appendAudit(trx, ctx.clock, {
    organisationId,
    actorUserId: buyer,
    action: 'calloff.awarded',
    objectType: 'calloff',
    objectId: calloffId,
    before: { status: 'evaluation' },
    after: { status: 'awarded', decisionId, bidId: winner.bidId, supplierId: winner.supplierId },
  });

  const winningFirm = firms.find((f) => f.supplierId === winner.supplierId)!;
  await createOrder(trx, ctx.clock, {
    organisationId,
    calloffId,
    supplierId: winner.supplierId,
    consultantId: winningFirm.consultantId,
    establishmentId: null,
    unitPriceMinor: winner.unitPriceMinor,
    currency: 'SEK',
    unit: expectedVolume.unit ?? 'hour',
    startDate: start,
    endDate: need.end,
    expectedVolume: expectedVolume.quantity ?? 0,
    costCentre: 'KS-5120',
    actorUserId: buyer,
    source: { via: 'award', bidId: winner.bidId },
  });
}
