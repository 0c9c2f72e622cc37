// The statistics' reads: the rows each view counts, always narrowed to what visibility.ts lets
// the viewer see and to the filter. Figures only; no bid is read here (the bids repository says
// who bid, and only once a call-off's bids are opened).
import { TIME_ZONES } from '@tildel/domain/calendar';
import { sql, type ExpressionBuilder } from 'kysely';
import type { CalloffProcedure, CalloffStatus } from '../../../db/types.ts';
import type { Db } from '../../../db/db.ts';
import type { Filter } from './filters.ts';
import { visibilityOf, type Viewer } from './visibility.ts';

const nothing = sql<boolean>`false`;

/** The agreements whose figures the viewer may count. */
function visibleAgreements(db: Db, viewer: Viewer) {
  const query = db.selectFrom('framework_agreements as a').select('a.id');
  switch (visibilityOf(viewer.kind).frameworks) {
    case 'owned':
      return query.where('a.organisation_id', '=', viewer.organisationId);
    case 'owned_or_participating':
      return query.where((eb) =>
        eb.or([
          eb('a.organisation_id', '=', viewer.organisationId),
          eb.exists(
            eb
              .selectFrom('agreement_municipalities as am')
              .select('am.agreement_id')
              .whereRef('am.agreement_id', '=', 'a.id')
              .where('am.municipality_id', '=', viewer.organisationId),
          ),
        ]),
      );
    case 'none':
      return query.where(nothing);
  }
}

/** The DPSs whose figures the viewer may count. */
function visibleDps(db: Db, viewer: Viewer) {
  const query = db.selectFrom('dynamic_purchasing_systems as d').select('d.id');
  switch (visibilityOf(viewer.kind).frameworks) {
    case 'owned':
      return query.where('d.organisation_id', '=', viewer.organisationId);
    case 'owned_or_participating':
      return query.where((eb) =>
        eb.or([
          eb('d.organisation_id', '=', viewer.organisationId),
          eb.exists(
            eb
              .selectFrom('dps_municipalities as dm')
              .select('dm.dps_id')
              .whereRef('dm.dps_id', '=', 'd.id')
              .where('dm.municipality_id', '=', viewer.organisationId),
          ),
        ]),
      );
    case 'none':
      return query.where(nothing);
  }
}

/** Rows `c` naming a call-off's municipality, agreement, DPS and procedure: calloffs, or counts. */
type CalloffRows = {
  c: {
    organisation_id: string;
    agreement_id: string | null;
    dps_id: string | null;
    procedure: string;
  };
};

/** The filter's municipality, agreement, DPS and procedure, as a condition on rows `c`. */
function inFilter(f: Filter) {
  return (eb: ExpressionBuilder<CalloffRows, 'c'>) =>
    eb.and([
      ...(f.municipalityId ? [eb('c.organisation_id', '=', f.municipalityId)] : []),
      ...(f.agreementId ? [eb('c.agreement_id', '=', f.agreementId)] : []),
      ...(f.dpsId ? [eb('c.dps_id', '=', f.dpsId)] : []),
      ...(f.procedure ? [eb('c.procedure', '=', f.procedure)] : []),
    ]);
}

/** The call-offs whose figures the viewer may count, as a condition on rows `c`. */
function calloffVisible(db: Db, viewer: Viewer) {
  return (eb: ExpressionBuilder<CalloffRows, 'c'>) => {
    switch (visibilityOf(viewer.kind).calloffs) {
      case 'own':
        return eb('c.organisation_id', '=', viewer.organisationId);
      case 'under_own_frameworks':
        return eb.or([
          eb('c.agreement_id', 'in', visibleAgreements(db, viewer)),
          eb('c.dps_id', 'in', visibleDps(db, viewer)),
        ]);
      case 'none':
        return nothing;
    }
  };
}

/** The call-offs whose figures the viewer may count. */
function visibleCalloffs(db: Db, viewer: Viewer) {
  return db.selectFrom('calloffs as c').select('c.id').where(calloffVisible(db, viewer));
}

/**
 * The call-offs (past their draft) a view counts: those the viewer may see, or for a supplier's
 * own figures every call-off (its invitations narrow them), narrowed by the filter. The period
 * is when the call-off was made.
 */
function filteredCalloffs(db: Db, viewer: Viewer, f: Filter, ownInvitations = false) {
  let query = ownInvitations
    ? db.selectFrom('calloffs as c').select('c.id')
    : visibleCalloffs(db, viewer);
  query = query.where('c.status', '<>', 'draft');
  if (f.from) query = query.where('c.created_at', '>=', f.from);
  if (f.to) query = query.where('c.created_at', '<=', f.to);
  return query.where(inFilter(f));
}

/**
 * Call-offs counted per procedure and state: the counted call-offs grouped themselves, not
 * calloffs again with `id IN (…)` (as orderLeadDays), which joined a body's ~900 000 to
 * themselves (3.9 s to 1.1 s under load 15; a municipality's 80 ms to 2 ms). Without a period,
 * from the counts kept per municipality, agreement or DPS, procedure and state (0034): the same
 * figures without reading a call-off (a body's 0.4-0.7 s to a few ms).
 */
export function calloffCounts(db: Db, viewer: Viewer, f: Filter) {
  if (!f.from && !f.to) return keptCalloffCounts(db, viewer, f);
  return filteredCalloffs(db, viewer, f)
    .clearSelect()
    .select((eb) => ['c.procedure', 'c.status', eb.fn.countAll<string>().as('count')])
    .groupBy(['c.procedure', 'c.status'])
    .execute();
}

/** calloffCounts over all time, from calloff_state_counts with the same narrowing. */
function keptCalloffCounts(db: Db, viewer: Viewer, f: Filter) {
  return db
    .selectFrom('calloff_state_counts as c')
    .where(calloffVisible(db, viewer))
    .where('c.status', '<>', 'draft')
    .where(inFilter(f))
    .select((eb) => [
      sql<CalloffProcedure>`c.procedure`.as('procedure'),
      sql<CalloffStatus>`c.status`.as('status'),
      eb.fn.sum<string>('c.calloffs').as('count'),
    ])
    .groupBy(['c.procedure', 'c.status'])
    .having((eb) => eb.fn.sum('c.calloffs'), '>', 0)
    .execute();
}

export function deviationCounts(db: Db, viewer: Viewer, f: Filter) {
  return db
    .selectFrom('ranking_deviations as rd')
    .where('rd.calloff_id', 'in', filteredCalloffs(db, viewer, f))
    .select((eb) => ['rd.reason_code as reason', eb.fn.countAll<string>().as('count')])
    .groupBy('rd.reason_code')
    .execute();
}

/** The newest deviations, without the free text (it may speak of the person placed). */
export function latestDeviations(db: Db, viewer: Viewer, f: Filter, limit: number) {
  return db
    .selectFrom('ranking_deviations as rd')
    .innerJoin('organisations as m', 'm.id', 'rd.organisation_id')
    .innerJoin('organisations as s', 's.id', 'rd.supplier_id')
    .innerJoin('framework_agreements as a', 'a.id', 'rd.agreement_id')
    .select([
      'rd.id',
      'rd.decided_at as decidedAt',
      'rd.calloff_id as calloffId',
      'rd.rank',
      'rd.reason_code as reason',
      'm.id as municipalityId',
      'm.name as municipalityName',
      's.id as supplierId',
      's.name as supplierName',
      'a.id as agreementId',
      'a.reference as agreementReference',
      'a.title as agreementTitle',
    ])
    .where('rd.calloff_id', 'in', filteredCalloffs(db, viewer, f))
    .orderBy('rd.decided_at', 'desc')
    .orderBy('rd.id')
    .limit(limit)
    .execute();
}

/** Each invitation the viewer may count, with what became of it apart from any bid. */
export function invitationOutcomes(db: Db, viewer: Viewer, f: Filter) {
  const own = visibilityOf(viewer.kind).suppliers === 'own';
  // A call-off has at most one award decision and one order (both unique by call-off): joined by
  // the call-off, they are looked up by their index, where an `EXISTS … OR EXISTS …` made the
  // database hash every award decision of the market for each statement.
  let query = db
    .selectFrom('calloff_invitations as ci')
    .innerJoin('calloffs as co', 'co.id', 'ci.calloff_id')
    .innerJoin('organisations as s', 's.id', 'ci.supplier_id')
    .leftJoin('award_decisions as ad', 'ad.calloff_id', 'co.id')
    .leftJoin('orders as o', 'o.calloff_id', 'co.id')
    .select([
      'ci.calloff_id as calloffId',
      'ci.supplier_id as supplierId',
      's.name as supplierName',
      'ci.kind',
      'co.opened_at as openedAt',
      'ci.accepted_at as acceptedAt',
      'ci.declined_at as declinedAt',
      sql<boolean>`coalesce(ad.supplier_id = ci.supplier_id OR o.supplier_id = ci.supplier_id, false)`.as(
        'won',
      ),
    ])
    .where('ci.calloff_id', 'in', filteredCalloffs(db, viewer, f, own));
  if (own) query = query.where('ci.supplier_id', '=', viewer.organisationId);
  return query.execute();
}

/**
 * Invitations per supplier over all time, counted as tallyInvitations counts them, from the counts
 * kept per municipality, agreement or DPS, procedure and supplier (0035) with the same narrowing
 * as invitationOutcomes: without reading an invitation (a body's 1-3 s to a few ms).
 */
export function keptSupplierCounts(db: Db, viewer: Viewer, f: Filter) {
  const counts = db
    .selectFrom('supplier_answer_counts as c')
    .innerJoin('organisations as s', 's.id', 'c.supplier_id');
  const visible =
    visibilityOf(viewer.kind).suppliers === 'own'
      ? counts.where('c.supplier_id', '=', viewer.organisationId)
      : counts.where(calloffVisible(db, viewer));
  return visible
    .where(inFilter(f))
    .select((eb) => [
      'c.supplier_id as supplierId',
      's.name as supplierName',
      eb.fn.sum<string>('c.invited').as('invited'),
      eb.fn.sum<string>('c.settled').as('settled'),
      eb.fn.sum<string>('c.responded').as('responded'),
      eb.fn.sum<string>('c.declined').as('declined'),
      eb.fn.sum<string>('c.bid').as('bid'),
      eb.fn.sum<string>('c.won').as('won'),
    ])
    .groupBy(['c.supplier_id', 's.name'])
    .having((eb) => eb.fn.sum('c.invited'), '>', 0)
    .execute();
}

/** A timestamp's local date in a country (the buying municipality's unless named), in SQL as calendar.ts has it. */
const localDateIn = (at: string, country = 'm.country') =>
  sql<string>`(${sql.ref(at)} AT TIME ZONE (CASE ${sql.ref(country)} ${sql.join(
    Object.entries(TIME_ZONES).map(([code, zone]) => sql`WHEN ${code} THEN ${zone}::text`),
    sql` `,
  )} END))::date`;

/**
 * Orders of the counted call-offs counted per procedure and whole local days from their need's
 * submission (daysBetween in SQL): a few hundred rows where a national market has a million orders.
 * Without a period, from the counts kept per municipality, agreement or DPS, procedure and days
 * (0034): the same figures without reading an order (a body's 3.6-5.8 s to a few ms).
 */
export function orderLeadDays(db: Db, viewer: Viewer, f: Filter) {
  if (!f.from && !f.to) return keptOrderLeadDays(db, viewer, f);
  const days = sql<number>`${localDateIn('o.created_at')} - ${localDateIn('n.submitted_at')}`;
  // Joined onto the counted call-offs themselves, not calloffs again with `id IN (…)`: the
  // database does not see that the two are one table, and joins 100 000s of rows to themselves.
  return filteredCalloffs(db, viewer, f)
    .innerJoin('orders as o', 'o.calloff_id', 'c.id')
    .innerJoin('needs as n', 'n.id', 'c.need_id')
    .innerJoin('organisations as m', 'm.id', 'c.organisation_id')
    .clearSelect()
    .select((eb) => ['c.procedure', days.as('days'), eb.fn.countAll<string>().as('orders')])
    .where('n.submitted_at', 'is not', null)
    .groupBy(['c.procedure', sql`2`])
    .execute();
}

/** orderLeadDays over all time, from order_lead_days with the same narrowing. */
function keptOrderLeadDays(db: Db, viewer: Viewer, f: Filter) {
  return db
    .selectFrom('order_lead_days as c')
    .where(calloffVisible(db, viewer))
    .where(inFilter(f))
    .select((eb) => [
      sql<CalloffProcedure>`c.procedure`.as('procedure'),
      'c.days',
      eb.fn.sum<string>('c.orders').as('orders'),
    ])
    .groupBy(['c.procedure', 'c.days'])
    .having((eb) => eb.fn.sum('c.orders'), '>', 0)
    .execute();
}

/**
 * Applications to the DPSs the viewer may count, received in the period, counted per DPS and per
 * local day of receipt and of decision in the DPS's country (decisionTimes' spans): a DPS's
 * thousands of applications are a few hundred rows. Those not decided fall into one row per DPS,
 * with its days null, where the pending ones are counted.
 */
export async function dpsDecisionSpans(db: Db, viewer: Viewer, f: Filter, now: Date) {
  const decided = sql<boolean>`ap.status <> 'pending' AND ap.decided_at IS NOT NULL`;
  const pending = sql<boolean>`ap.status = 'pending'`;
  const dayOf = (at: string) =>
    sql<string | null>`CASE WHEN ${decided} THEN ${localDateIn(at, 'd.country')} END`;
  let query = db
    .selectFrom('dps_applications as ap')
    .innerJoin('dynamic_purchasing_systems as d', 'd.id', 'ap.dps_id')
    .select((eb) => [
      'd.id as dpsId',
      'd.reference',
      'd.title',
      'd.country',
      dayOf('ap.received_at').as('receivedOn'),
      dayOf('ap.decided_at').as('decidedOn'),
      eb.fn.countAll<string>().filterWhere(decided).as('decided'),
      eb.fn
        .countAll<string>()
        .filterWhere(sql<boolean>`${decided} AND ap.decided_at <= ap.decision_due_at`)
        .as('onTime'),
      eb.fn.countAll<string>().filterWhere(pending).as('pending'),
      eb.fn
        .countAll<string>()
        .filterWhere(sql<boolean>`${pending} AND ap.decision_due_at < ${now}`)
        .as('pendingOverdue'),
    ])
    .where('d.id', 'in', visibleDps(db, viewer))
    .where('ap.status', 'in', ['pending', 'approved', 'rejected']);
  if (f.dpsId) query = query.where('d.id', '=', f.dpsId);
  if (f.from) query = query.where('ap.received_at', '>=', f.from);
  if (f.to) query = query.where('ap.received_at', '<=', f.to);
  const rows = await query
    .groupBy(['d.id', 'd.reference', 'd.title', 'd.country', sql`5`, sql`6`])
    .orderBy('d.reference')
    .orderBy('d.id')
    .execute();
  return rows.map((r) => ({
    ...r,
    decided: Number(r.decided),
    onTime: Number(r.onTime),
    pending: Number(r.pending),
    pendingOverdue: Number(r.pendingOverdue),
  }));
}

/**
 * Per follow-up plan, the visits planned and done on the agreements the viewer may count. A
 * body's own plans show even before a visit is planned; others' only through such visits.
 */
export function planCoverage(
  db: Db,
  viewer: Viewer,
  f: Filter,
  years: { from?: number; to?: number },
) {
  return db
    .selectFrom('followup_plans as p')
    .innerJoin('organisations as b', 'b.id', 'p.organisation_id')
    .leftJoin('planned_visits as pv', (join) => {
      const on = join
        .onRef('pv.plan_id', '=', 'p.id')
        .on('pv.agreement_id', 'in', visibleAgreements(db, viewer));
      return f.agreementId ? on.on('pv.agreement_id', '=', f.agreementId) : on;
    })
    .select((eb) => [
      'p.id',
      'p.year',
      'p.target_visits as targetVisits',
      'p.organisation_id as bodyId',
      'b.name as body',
      eb.fn.count<string>('pv.id').filterWhere('pv.status', '<>', 'cancelled').as('planned'),
      eb.fn.count<string>('pv.id').filterWhere('pv.status', '=', 'done').as('done'),
    ])
    .where((eb) =>
      eb.or([eb('p.organisation_id', '=', viewer.organisationId), eb('pv.id', 'is not', null)]),
    )
    .$if(years.from !== undefined, (q) => q.where('p.year', '>=', years.from!))
    .$if(years.to !== undefined, (q) => q.where('p.year', '<=', years.to!))
    .groupBy(['p.id', 'b.name'])
    .orderBy('p.year', 'desc')
    .orderBy('b.name')
    .execute();
}

/** Per agreement, the requests for correction not yet closed (sent in the period). */
export function openCorrections(
  db: Db,
  viewer: Viewer,
  f: Filter,
  days: { today: string; from?: string; to?: string },
) {
  let query = db
    .selectFrom('correction_requests as cr')
    .innerJoin('framework_agreements as a', 'a.id', 'cr.agreement_id')
    .select((eb) => [
      'a.id',
      'a.reference',
      'a.title',
      eb.fn.count<string>('cr.id').filterWhere('cr.status', '=', 'open').as('open'),
      eb.fn.count<string>('cr.id').filterWhere('cr.status', '=', 'answered').as('answered'),
      eb.fn
        .count<string>('cr.id')
        .filterWhere((w) => w.and([w('cr.status', '=', 'open'), w('cr.deadline', '<', days.today)]))
        .as('overdue'),
    ])
    .where('cr.agreement_id', 'in', visibleAgreements(db, viewer))
    .where('cr.status', 'in', ['open', 'answered']);
  if (f.agreementId) query = query.where('cr.agreement_id', '=', f.agreementId);
  if (days.from) query = query.where('cr.sent_on', '>=', days.from);
  if (days.to) query = query.where('cr.sent_on', '<=', days.to);
  return query.groupBy('a.id').orderBy('a.reference').execute();
}
