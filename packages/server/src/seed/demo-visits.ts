// Demo data of the follow-up plan: the joint body's plan for this year (target 60) with 45
// planned visits to the establishments on its active agreements, 41 of them made - spread over
// the year's past months, findings mostly met, a couple partly met and one not met - two overdue
// and two still to come; and permit checks of a few establishments. There are fewer
// establishments than visits, so some are visited twice. See demo-market.ts for the order.
import { addCalendarDays, localDate } from '@tildel/domain/calendar';
import { candidatePairs } from '../modules/followup/followup/signals-repo.ts';
import { demoId, type DemoContext } from './demo-context.ts';

const OFFICER = 'user:kvalitet@sydupphandling.demo.tildel.se';
const TARGET = 60;
const PLANNED = 45;
const DONE = 41;
/** Visits (by their place among those made) where something was not, or only partly, met. */
const PARTLY_MET = new Set([9, 23]);
const NOT_MET = new Set([33]);
const PERMIT_CHECKS = 5;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

export async function seedDemoVisits(ctx: DemoContext): Promise<void> {
  const { trx } = ctx;
  const now = ctx.clock.now();
  const bodyId = demoId(ctx, 'body');
  const officerId = demoId(ctx, OFFICER);
  const today = localDate(now, 'SE');
  const year = Number(today.slice(0, 4));
  const pairs = await candidatePairs(trx, bodyId);
  if (pairs.length < PLANNED - DONE) return;

  const plan = await trx
    .insertInto('followup_plans')
    .values({
      organisation_id: bodyId,
      year,
      target_visits: TARGET,
      created_by: officerId,
      created_at: new Date(`${year}-01-08T09:00:00Z`),
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  // Made visits evenly from 10 January to a week ago; the rest two overdue, two to come.
  const first = `${year}-01-10`;
  const span = Math.max(1, daysBetween(first, addCalendarDays(today, -7)));
  const lastOfYear = `${year}-12-31`;
  const dateOf = (i: number) => {
    if (i < DONE) return addCalendarDays(first, Math.floor((i * span) / DONE));
    const later = addCalendarDays(today, [-4, -2, 12, 26][i - DONE]!);
    return later > lastOfYear ? lastOfYear : later;
  };
  const planned = Array.from({ length: PLANNED }, (_, i) => ({ ...pairs[i % pairs.length]!, i }));
  const plannedRows = await trx
    .insertInto('planned_visits')
    .values(
      planned.map((p) => ({
        plan_id: plan.id,
        organisation_id: bodyId,
        agreement_id: p.agreementId,
        supplier_id: p.supplierId,
        establishment_id: p.establishmentId,
        planned_on: dateOf(p.i),
        status: p.i < DONE ? ('done' as const) : ('planned' as const),
        created_at: new Date(`${year}-01-08T09:00:00Z`),
        version: p.i < DONE ? 2 : 1,
      })),
    )
    .returning('id')
    .execute();

  const made = planned.slice(0, DONE);
  const visits = await trx
    .insertInto('visits')
    .values(
      made.map((p) => ({
        organisation_id: bodyId,
        agreement_id: p.agreementId,
        supplier_id: p.supplierId,
        establishment_id: p.establishmentId,
        planned_visit_id: plannedRows[p.i]!.id,
        visited_on: dateOf(p.i),
        participants: ['Karin Kvalitet (Sydupphandling)', `Föreståndare, ${p.establishmentName}`],
        summary:
          'Genomgång av bemanning, personalens utbildning, tillstånd och dokumentation. ' +
          'Samtal med föreståndaren och två ur personalen.',
        created_by: officerId,
        created_at: new Date(`${dateOf(p.i)}T14:00:00Z`),
      })),
    )
    .returning('id')
    .execute();

  const agreementIds = [...new Set(made.map((p) => p.agreementId))];
  const requirements = await trx
    .selectFrom('agreement_requirements')
    .select(['id', 'agreement_id as agreementId', 'kind'])
    .where('agreement_id', 'in', agreementIds)
    .where('lot_id', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const findings = made.flatMap((p, v) =>
    requirements
      .filter((r) => r.agreementId === p.agreementId)
      .map((r, position) => {
        // The awake night staff requirement is where the deviations were seen.
        const deviating = r.kind === 'awake_night_staff' && (PARTLY_MET.has(v) || NOT_MET.has(v));
        const outcome = !deviating ? 'met' : NOT_MET.has(v) ? 'not_met' : 'partly_met';
        return {
          visit_id: visits[v]!.id,
          organisation_id: bodyId,
          requirement_id: r.id,
          outcome: outcome as 'met' | 'partly_met' | 'not_met',
          text:
            outcome === 'not_met'
              ? 'Ingen vaken nattpersonal två av de tre nätter som schemat visade.'
              : outcome === 'partly_met'
                ? 'Vaken natt fanns, men ensam i huset med åtta placerade under helgerna.'
                : '',
          position,
        };
      }),
  );
  if (findings.length > 0) await trx.insertInto('visit_findings').values(findings).execute();

  await seedPermitChecks(ctx, bodyId, officerId, today, [
    ...new Set(pairs.map((p) => p.establishmentId)),
  ]);
}

/** The permit record of the first few establishments checked, one of them over a year ago. */
async function seedPermitChecks(
  ctx: DemoContext,
  bodyId: string,
  officerId: string,
  today: string,
  establishmentIds: string[],
) {
  const { trx } = ctx;
  const officer = await trx
    .selectFrom('users')
    .select('name')
    .where('id', '=', officerId)
    .executeTakeFirstOrThrow();
  const permits = await trx
    .selectFrom('permits')
    .select(['id', 'establishment_id as establishmentId', 'supplier_id as supplierId'])
    .where('establishment_id', 'in', establishmentIds.slice(0, PERMIT_CHECKS))
    .execute();
  for (const [i, permit] of permits.entries()) {
    const checkedOn = addCalendarDays(today, i === 0 ? -400 : -20 * (i + 1));
    await trx
      .insertInto('permit_checks')
      .values({
        organisation_id: bodyId,
        establishment_id: permit.establishmentId,
        supplier_id: permit.supplierId,
        permit_id: permit.id,
        seen: 'valid',
        note: 'Kontrollerat i IVO:s register; inga öppna tillsynsärenden.',
        checked_on: checkedOn,
        checked_by: officerId,
        checked_at: new Date(`${checkedOn}T08:30:00Z`),
      })
      .execute();
    await trx
      .updateTable('permits')
      .set({
        last_checked_on: checkedOn,
        last_checked_by: officerId,
        last_checked_by_name: officer.name,
      })
      .where('id', '=', permit.id)
      .execute();
  }
}
