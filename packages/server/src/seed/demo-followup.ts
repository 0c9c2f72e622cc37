// Demo data of follow-up: requests for correction and the logbook. The joint body's quality
// officer sent Lindgårdens HVB AB (supplier:0) a request for correction about awake night staff
// and staffing density that has three working days left (its first reminder already sent), and
// the logbook holds notes about it - one sensitive, one a concern - and one about another HVB
// home. Dates are relative to the day the demo is seeded. See demo-market.ts for the order.
import { addWorkingDays, localDate } from '@tildel/domain/calendar';
import {
  CORRECTION_CALENDAR,
  DEFAULT_CORRECTION_WORKING_DAYS,
} from '@tildel/domain/followup/correction';
import { demoSupplierKeys } from './demo-data.ts';
import { demoId, type DemoContext } from './demo-context.ts';

const OFFICER = 'user:kvalitet@sydupphandling.demo.tildel.se';
const DAY = 86_400_000;

export async function seedDemoFollowup(ctx: DemoContext): Promise<void> {
  const { trx } = ctx;
  const bodyId = demoId(ctx, 'body');
  const supplierId = demoId(ctx, 'supplier:0');
  const otherId = demoId(ctx, demoSupplierKeys('hvb')[1]!);
  const officerId = demoId(ctx, OFFICER);
  const now = ctx.clock.now();
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
  const agreement = await trx
    .selectFrom('framework_agreements')
    .select('id')
    .where('organisation_id', '=', bodyId)
    .where('reference', '=', 'SYD-2025-014')
    .executeTakeFirstOrThrow();
  const establishment = await trx
    .selectFrom('establishments')
    .select('id')
    .where('supplier_id', '=', supplierId)
    .orderBy('name')
    .executeTakeFirstOrThrow();
  const requirements = await trx
    .selectFrom('agreement_requirements')
    .select('id')
    .where('agreement_id', '=', agreement.id)
    .where('kind', 'in', ['staffing_density', 'awake_night_staff'])
    .execute();

  // Sent with the default 20 working days, of which 3 are left today.
  const deadline = addWorkingDays(localDate(now, 'SE'), 3, 'SE', CORRECTION_CALENDAR);
  const sentOn = addWorkingDays(
    deadline,
    -DEFAULT_CORRECTION_WORKING_DAYS,
    'SE',
    CORRECTION_CALENDAR,
  );
  await trx
    .insertInto('correction_requests')
    .values({
      organisation_id: bodyId,
      agreement_id: agreement.id,
      supplier_id: supplierId,
      establishment_id: establishment.id,
      requirement_ids: requirements.map((r) => r.id),
      description:
        'Vid uppföljningsbesöket fanns ingen vaken nattpersonal två av tre nätter, och ' +
        'personallistan för förra månaden visar 1,15 årsarbetare per placerad i stället för 1,2.',
      country: 'SE',
      sent_on: sentOn,
      deadline,
      reminders_sent: ['before_deadline'],
      created_by: officerId,
      created_at: new Date(`${sentOn}T08:00:00Z`),
    })
    .execute();

  const notes = [
    {
      supplier: supplierId,
      establishment: establishment.id,
      days: 30,
      text: 'Uppföljningsbesök genomfört. God struktur i vardagen och engagerad föreståndare.',
      sensitive: false,
      concern: false,
    },
    {
      supplier: supplierId,
      establishment: establishment.id,
      days: 21,
      text: 'Nattbemanningen räckte inte till: sovande jour i stället för vaken personal två nätter.',
      sensitive: false,
      concern: true,
    },
    {
      supplier: supplierId,
      establishment: establishment.id,
      days: 20,
      text: 'En placerad ungdom har berättat om en incident en natt; ärendet är anmält till IVO.',
      sensitive: true,
      concern: true,
    },
    {
      supplier: otherId,
      establishment: null,
      days: 45,
      text: 'Ny föreståndare sedan augusti. Inga avvikelser vid besöket.',
      sensitive: false,
      concern: false,
    },
  ];
  for (const note of notes) {
    await trx
      .insertInto('logbook_notes')
      .values({
        organisation_id: bodyId,
        agreement_id: agreement.id,
        supplier_id: note.supplier,
        establishment_id: note.establishment,
        text: note.text,
        sensitive: note.sensitive,
        concern: note.concern,
        created_by: officerId,
        created_at: daysAgo(note.days),
      })
      .execute();
  }
}
