// The queries of the risk signals (candidates.ts): a few set queries that read the signals of all the
// establishments a body follows up at once. A candidate is an open establishment on one of the
// body's active agreements: of a supplier on a lot (hidden included, terminated not) whose service
// kind is the lot's, as agreement_supplier_kinds keeps them (0039), read with its permit record
// from followup_establishments (0042).
//
// Each query is of one fixed shape, prepared (template), and names the body, not its thousands of
// establishments: those are read in SQL where a signal needs them, so no query carries thousands of
// ids as a parameter to escape, send and parse. A query may read signals of more than the
// candidates (every visit of the body); candidates.ts looks up only the candidates' own. What only
// a list shows (titles, names, cities) is read for a page's rows alone (shownCandidates), and for
// a download's, which shows every row, with its candidates (shownPairs).
import { sql, type CompiledQuery, type QueryCreator } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Db } from '../../../db/db.ts';
import { template } from '../../../db/prepared.ts';
import type { DB } from '../../../db/types.ts';

/** The candidates, joined: agreement `fa`, supplier kinds `k`, establishment `e`. */
function candidatesOf(db: QueryCreator<DB>, bodyId: string) {
  return db
    .selectFrom('framework_agreements as fa')
    .innerJoin('agreement_supplier_kinds as k', 'k.agreement_id', 'fa.id')
    .innerJoin('followup_establishments as e', (join) =>
      join
        .onRef('e.supplier_id', '=', 'k.supplier_id')
        .onRef('e.service_kind', '=', 'k.service_kind'),
    )
    .where('fa.organisation_id', '=', bodyId)
    .where('fa.status', '=', 'active');
}

/** The candidates by establishment name (the demo's visits are made in this order). */
export function candidatePairs(db: Db, bodyId: string) {
  return candidatesOf(db, bodyId)
    .select([
      'fa.id as agreementId',
      'k.supplier_id as supplierId',
      'e.establishment_id as establishmentId',
      'e.name as establishmentName',
    ])
    .orderBy('e.name')
    .orderBy('fa.id')
    .orderBy('e.establishment_id')
    .execute();
}

interface Values {
  bodyId: string;
  year: number;
  since: Date;
}

/** What ranks a candidate: its establishment's name and permit record summed up. */
const RANKING = [
  'fa.id as agreementId',
  'fa.country as agreementCountry',
  'k.supplier_id as supplierId',
  'e.establishment_id as establishmentId',
  'e.name as establishmentName',
  'e.permits',
  'e.statuses_not_valid as statusesNotValid',
  'e.valid_until as validUntil',
  'e.open_cases as openCases',
  'e.last_checked_on as lastCheckedOn',
] as const;

/**
 * Every candidate, in no order (the rule orders them), with what ranks it (followup_establishments:
 * how many permits, the statuses other than valid, the earliest end of the valid ones, their open
 * supervision cases, the oldest last check). What only a list shows (titles, names, cities) is
 * read for a page's rows alone (shownCandidates).
 */
export const rankingPairs = template((db: QueryCreator<DB>, v: Values) =>
  candidatesOf(db, v.bodyId).select(RANKING),
);

/** Every candidate as rankingPairs, with what a list shows of it: a download's, which shows all. */
export const shownPairs = template((db: QueryCreator<DB>, v: Values) =>
  candidatesOf(db, v.bodyId)
    .innerJoin('organisations as s', 's.id', 'k.supplier_id')
    .select(RANKING)
    .select([
      'fa.reference as agreementReference',
      'fa.title as agreementTitle',
      's.name as supplierName',
      'e.city as establishmentCity',
    ]),
);

/** A statement reading the body's candidates, a row each: rankingPairs or shownPairs. */
export type PairsQuery<Pair> = (db: Db, values: Values) => CompiledQuery<Pair>;
export type RankingPair = typeof rankingPairs extends PairsQuery<infer Pair> ? Pair : never;

/** What a list shows of a candidate beyond what ranks it. */
export interface Shown {
  agreementReference: string;
  agreementTitle: string;
  supplierName: string;
  establishmentCity: string;
}

/** Some candidates, given as three lists of ids in step (a page's). */
interface Given {
  agreementIds: string[];
  supplierIds: string[];
  establishmentIds: string[];
}
const shownOfGiven = template((db: Db, v: Given) => ({
  compile: () =>
    sql<Shown & { agreementId: string; establishmentId: string }>`
      SELECT p.agreement_id AS "agreementId", p.establishment_id AS "establishmentId",
        fa.reference AS "agreementReference", fa.title AS "agreementTitle",
        s.name AS "supplierName", e.city AS "establishmentCity"
      FROM unnest(${v.agreementIds}::uuid[], ${v.supplierIds}::uuid[],
        ${v.establishmentIds}::uuid[]) AS p(agreement_id, supplier_id, establishment_id)
      JOIN framework_agreements fa ON fa.id = p.agreement_id
      JOIN organisations s ON s.id = p.supplier_id
      JOIN establishments e ON e.id = p.establishment_id`.compile(db),
}));

/**
 * What a list shows of the given candidates (a page's rows) beyond what ranks them: the agreement's
 * reference and title, the supplier's name and the establishment's city; a row each.
 */
export async function shownCandidates(
  db: Db,
  candidates: readonly { agreementId: string; supplierId: string; establishmentId: string }[],
) {
  if (candidates.length === 0) return [];
  const given = {
    agreementIds: candidates.map((c) => c.agreementId),
    supplierIds: candidates.map((c) => c.supplierId),
    establishmentIds: candidates.map((c) => c.establishmentId),
  };
  return (await db.executeQuery(shownOfGiven(db, given))).rows;
}

/** The body's visits, latest first (last visit and its findings). */
function visitsOf(db: QueryCreator<DB>, v: Values) {
  return db
    .selectFrom('visits')
    .select([
      'id',
      'establishment_id as establishmentId',
      'agreement_id as agreementId',
      'visited_on as visitedOn',
    ])
    .where('organisation_id', '=', v.bodyId)
    .orderBy('visited_on', 'desc')
    .orderBy('created_at', 'desc');
}

/** The findings of the body's visits not met or partly met. */
function findingsNotMetOf(db: QueryCreator<DB>, v: Values) {
  return db
    .selectFrom('visit_findings as f')
    .innerJoin('visits as vi', 'vi.id', 'f.visit_id')
    .select(['f.visit_id as visitId', 'f.requirement_id as requirementId'])
    .where('vi.organisation_id', '=', v.bodyId)
    .where('f.outcome', '<>', 'met');
}

/** The body's requests for correction to the candidates' suppliers, open or not. */
function correctionsOf(db: QueryCreator<DB>, v: Values) {
  return db
    .selectFrom('correction_requests')
    .select([
      'agreement_id as agreementId',
      'supplier_id as supplierId',
      'establishment_id as establishmentId',
      'visit_id as visitId',
      'requirement_ids as requirementIds',
      'status',
    ])
    .where('organisation_id', '=', v.bodyId)
    .where('supplier_id', 'in', candidatesOf(db, v.bodyId).select('k.supplier_id'));
}

/** Logbook notes marked as concerns since a moment, about the suppliers on the agreements. */
function concernsOf(db: QueryCreator<DB>, v: Values) {
  return db
    .selectFrom('logbook_notes')
    .select([
      'agreement_id as agreementId',
      'supplier_id as supplierId',
      'establishment_id as establishmentId',
    ])
    .where('concern', '=', true)
    .where('agreement_id', 'in', (eb) =>
      eb
        .selectFrom('framework_agreements')
        .select('id')
        .where('organisation_id', '=', v.bodyId)
        .where('status', '=', 'active'),
    )
    .where('created_at', '>=', v.since);
}

/** The visits of the year's plan, if there is one, not cancelled. */
function plannedOf(db: QueryCreator<DB>, v: Values) {
  return db
    .selectFrom('planned_visits as pv')
    .innerJoin('followup_plans as p', 'p.id', 'pv.plan_id')
    .select([
      'pv.id',
      'pv.establishment_id as establishmentId',
      'pv.agreement_id as agreementId',
      'pv.status',
    ])
    .where('p.organisation_id', '=', v.bodyId)
    .where('p.year', '=', v.year)
    .where('pv.status', '<>', 'cancelled');
}

/**
 * The body's signals of a few rows each (visits, findings, requests, concern notes, the plan) in
 * one statement, each as a JSON array: one round trip instead of five, each of which cost the
 * service more than PostgreSQL took to answer it.
 */
const bodySignals = template((db: QueryCreator<DB>, v: Values) =>
  db.selectNoFrom([
    jsonArrayFrom(visitsOf(db, v)).as('visits'),
    jsonArrayFrom(findingsNotMetOf(db, v)).as('findingsNotMet'),
    jsonArrayFrom(correctionsOf(db, v)).as('corrections'),
    jsonArrayFrom(concernsOf(db, v)).as('concerns'),
    jsonArrayFrom(plannedOf(db, v)).as('planned'),
  ]),
);

/**
 * The orders the agreement's municipalities placed with each candidate since a moment: their
 * price per unit and expected volume, each order once per agreement it falls under. The service
 * multiplies and sums them by the domain's rule (priceTimesVolume), as the order itself does.
 */
const orders = template((db: QueryCreator<DB>, v: Values) =>
  candidatesOf(db, v.bodyId)
    // Per candidate, so each is one look-up in the orders of its establishment.
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom('orders as o')
          .innerJoin('agreement_municipalities as am', 'am.municipality_id', 'o.organisation_id')
          .whereRef('o.establishment_id', '=', 'e.establishment_id')
          .whereRef('am.agreement_id', '=', 'fa.id')
          .where('o.created_at', '>=', v.since)
          .select([
            'o.currency',
            (eb) => eb.cast<string>('o.unit_price_minor', 'text').as('unitPriceMinor'),
            (eb) => eb.cast<string>('o.expected_volume', 'text').as('expectedVolume'),
          ])
          .as('o'),
      (join) => join.onTrue(),
    )
    .select([
      'fa.id as agreementId',
      'e.establishment_id as establishmentId',
      'o.currency',
      'o.unitPriceMinor',
      'o.expectedVolume',
    ]),
);

/**
 * Every signal of the body's candidates in the year, the queries run side by side; the candidates
 * as `pairs` reads them (rankingPairs or shownPairs).
 */
export async function candidateSignals<Pair>(db: Db, values: Values, pairs: PairsQuery<Pair>) {
  const run = <Row>(query: (db: Db, values: Values) => CompiledQuery<Row>) =>
    db.executeQuery(query(db, values)).then((result) => result.rows);
  const [pairRows, orderRows, [signals]] = await Promise.all([
    run(pairs),
    run(orders),
    run(bodySignals),
  ]);
  return { pairs: pairRows, orders: orderRows, ...signals! };
}
