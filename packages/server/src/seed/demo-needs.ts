// Demo data of the market: needs and referrals. Kristianstad's caseworker has asked for a hired
// social worker for children and youth (submitted), an HVB placement for a 15-year-old
// (submitted) and keeps an open-care intervention as a draft; Aarhus' sagsbehandler has a
// submitted botilbud placement. Every need passes the same rules as one typed in the app. The
// staffing need is already in a draft call-off under Kristianstad's DPS, with its requirements.
import type { RequirementAsks } from '@tildel/domain/need-requirements';
import { addCalendarDays, localDate } from '@tildel/domain/calendar';
import { needProblems, type Need } from '@tildel/domain/need';
import { appendAudit } from '../platform/audit.ts';
import { calloffOptionsOf } from '../modules/calloffs/needs/calloff-options.ts';
import * as repo from '../modules/calloffs/needs/repo.ts';
import * as calloffRepo from '../modules/calloffs/calloffs/repo.ts';
import { demoId, type DemoContext } from './demo-context.ts';

interface DemoNeed {
  organisation: string;
  author: string;
  title: string;
  need: Need;
  submitted: boolean;
  /** Called off as a draft under the first DPS category that fits. */
  calloff?: {
    requirements: calloffRepo.RequirementValues[];
    model: { kind: 'comparison_price'; basis: 'unit_price' };
  };
}

const KRISTIANSTAD_BUYER = 'user:bestallare@kristianstad.demo.tildel.se';

const must = (
  title: string,
  minimum: number | null,
  asks: RequirementAsks,
): calloffRepo.RequirementValues => ({
  level: 'must',
  title,
  criterionKind: minimum === null ? 'yes_no' : 'minimum',
  minimum,
  valueKind: null,
  deductionMinor: null,
  currency: null,
  points: null,
  asks,
});

function demoNeeds(ctx: DemoContext): DemoNeed[] {
  const se = localDate(ctx.clock.now(), 'SE');
  const dk = localDate(ctx.clock.now(), 'DK');
  const caseworker = 'user:handlaggare@kristianstad.demo.tildel.se';
  return [
    {
      organisation: 'kristianstad',
      author: caseworker,
      title: 'Inhyrd socialsekreterare, barn och unga, 100 %',
      submitted: true,
      calloff: {
        requirements: [
          must('Socionomexamen', null, { about: 'education', codes: ['socionomexamen'] }),
          must('Minst 3 års erfarenhet av arbete med barn och unga (år)', 3, {
            about: 'experience',
            area: 'children_youth',
          }),
          {
            level: 'should',
            title: 'Talar arabiska',
            criterionKind: 'yes_no',
            minimum: null,
            valueKind: 'deduction',
            // 50 kr per hour off the compared price.
            deductionMinor: 5000,
            currency: 'SEK',
            points: null,
            asks: { about: 'language', code: 'ar' },
          },
        ],
        model: { kind: 'comparison_price', basis: 'unit_price' },
      },
      need: {
        kind: 'staffing',
        role: 'Socialsekreterare, barn och unga (utredning)',
        area: 'children_youth',
        educationCodes: ['socionomexamen'],
        yearsOfExperience: 3,
        languages: ['sv'],
        start: addCalendarDays(se, 30),
        end: addCalendarDays(se, 30 + 182),
        extentPercent: 100,
        placeOfWork: 'Socialförvaltningen, Kristianstad',
        remotePossible: false,
        positions: 1,
        description: 'Vakans under föräldraledighet; utredningar enligt SoL och LVU.',
      },
    },
    {
      organisation: 'kristianstad',
      author: caseworker,
      title: 'HVB-placering, pojke 15 år',
      submitted: true,
      need: {
        kind: 'placement',
        person: {
          age: 15,
          gender: 'male',
          targetGroups: ['youth_13_17', 'neuropsychiatric'],
          needs:
            'Behöver tydlig struktur i vardagen, stöd att gå i skolan och en miljö utan droger. ADHD-diagnos.',
          languages: ['sv'],
          homeCountry: 'SE',
          homeMunicipalityCode: '1290',
        },
        start: addCalendarDays(se, 14),
        expectedDurationDays: 180,
        intensity: 'enhanced',
        hoursPerWeek: null,
        description:
          'Gärna inom 10 mil från Kristianstad, så att kontakten med familjen kan hållas.',
      },
    },
    {
      organisation: 'kristianstad',
      author: caseworker,
      title: 'Öppenvård, familjestöd för flicka 12 år',
      submitted: false,
      need: {
        kind: 'intervention',
        person: {
          age: 12,
          gender: 'female',
          targetGroups: ['children_0_12'],
          needs: 'Familjen behöver stöd i föräldraskapet; flickan har hög skolfrånvaro.',
          languages: ['sv', 'ar'],
          homeCountry: 'SE',
          homeMunicipalityCode: '1290',
        },
        start: addCalendarDays(se, 21),
        expectedDurationDays: 120,
        intensity: 'standard',
        hoursPerWeek: 4,
        description: '',
      },
    },
    {
      organisation: 'aarhus',
      author: 'user:sagsbehandler@aarhus.demo.tildel.se',
      title: 'Botilbud til ung mand, 22 år',
      submitted: true,
      need: {
        kind: 'placement',
        person: {
          age: 22,
          gender: 'male',
          targetGroups: ['young_adults_18_25', 'psychiatric'],
          needs: 'Har brug for døgnstøtte og hjælp til at fastholde behandling og dagligdag.',
          languages: ['da'],
          homeCountry: 'DK',
          homeMunicipalityCode: '751',
        },
        start: addCalendarDays(dk, 30),
        expectedDurationDays: 365,
        intensity: 'intensive',
        hoursPerWeek: null,
        description: '',
      },
    },
  ];
}

export async function seedDemoNeeds(ctx: DemoContext): Promise<void> {
  for (const demo of demoNeeds(ctx)) {
    const problems = needProblems(demo.need);
    if (problems.length > 0)
      throw new Error(`demo need "${demo.title}" breaks a rule: ${JSON.stringify(problems)}`);
    const organisationId = demoId(ctx, demo.organisation);
    const actorUserId = demoId(ctx, demo.author);
    const now = ctx.clock.now();
    const id = await repo.insertNeed(ctx.trx, now, {
      organisationId,
      kind: demo.need.kind,
      title: demo.title,
      details: demo.need,
      createdBy: actorUserId,
    });
    const audit = { organisationId, actorUserId, objectType: 'need', objectId: id };
    await appendAudit(ctx.trx, ctx.clock, {
      ...audit,
      action: 'need.created',
      after: { status: 'draft', title: demo.title, kind: demo.need.kind },
    });
    if (!demo.submitted) continue;
    await repo.updateNeed(ctx.trx, now, id, 1, { status: 'submitted', submittedAt: now });
    await appendAudit(ctx.trx, ctx.clock, {
      ...audit,
      action: 'need.submitted',
      before: { status: 'draft' },
      after: { status: 'submitted' },
    });
    if (demo.calloff) await seedDemoCalloff(ctx, demo, id, demoId(ctx, KRISTIANSTAD_BUYER));
  }
}

/** A draft call-off of the need under the DPS category that fits, derived as in the app. */
async function seedDemoCalloff(ctx: DemoContext, demo: DemoNeed, needId: string, buyer: string) {
  const organisationId = demoId(ctx, demo.organisation);
  const now = ctx.clock.now();
  const { expectedVolume, options } = await calloffOptionsOf(
    ctx.trx,
    organisationId,
    demo.need,
    now,
  );
  const option = options.find((o) => o.kind === 'dps_category');
  if (!option?.procedure)
    throw new Error(`demo need "${demo.title}" cannot be called off: ${JSON.stringify(option)}`);
  const calloffId = await calloffRepo.insertCalloff(ctx.trx, now, {
    organisationId,
    needId,
    agreementId: null,
    lotId: null,
    dpsId: option.source.id,
    categoryId: option.category.id,
    procedure: option.procedure,
    procedureReason: option.why,
    expectedVolume: expectedVolume.quantity,
    expectedUnit: expectedVolume.unit,
    currency: 'SEK',
    evaluationModel: demo.calloff!.model,
    title: demo.title,
    createdBy: buyer,
  });
  await calloffRepo.replaceRequirements(
    ctx.trx,
    organisationId,
    calloffId,
    demo.calloff!.requirements,
  );
  await calloffRepo.setNeedStatus(ctx.trx, now, organisationId, needId, 'submitted', 'in_calloff');
  await appendAudit(ctx.trx, ctx.clock, {
    organisationId,
    actorUserId: buyer,
    action: 'calloff.created',
    objectType: 'calloff',
    objectId: calloffId,
    after: { status: 'draft', needId, procedure: option.procedure, why: option.why },
  });
}
