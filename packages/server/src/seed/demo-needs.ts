// Demo data of the market: needs and referrals. Kristianstad's caseworker has asked for a hired
// social worker for children and youth (submitted), an HVB placement for a 15-year-old
// (submitted) and keeps an open-care intervention as a draft; Aarhus' sagsbehandler has a
// submitted botilbud placement. Every need passes the same rules as one typed in the app.
import { addCalendarDays, localDate } from '@tildel/domain/calendar';
import { needProblems, type Need } from '@tildel/domain/need';
import { appendAudit } from '../platform/audit.ts';
import * as repo from '../modules/needs/repo.ts';
import { demoId, type DemoContext } from './demo-market.ts';

interface DemoNeed {
  organisation: string;
  author: string;
  title: string;
  need: Need;
  submitted: boolean;
}

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
  }
}
