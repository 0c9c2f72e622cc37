// A supplier's follow-up timeline as one body's officers see it: every status change on the body's
// agreements, establishment hidings and their lifting, permit checks, staff-list requests and the
// results of what was submitted (never the rows: they name staff), visits with their findings
// counted, logbook notes on the body's agreements (a sensitive note without its text — reading it
// is the logbook's recorded read), requests for correction with answers and decisions, and the
// orders under the body's agreements counted per month. Newest first, a page at a time; each item
// links to the page where it is read in full.
import type { Deps } from '../../../platform/deps.ts';
import { pageOf, pageOfRows, type SortOrder } from '../../../platform/paging.ts';
import { Problem } from '../../../platform/problem.ts';
import { reportOn, requirementsForSupplier, summaryOf } from '../stafflists/report.ts';
import * as repo from './repo.ts';

/** What a timeline item is about. */
export const TIMELINE_KINDS = [
  'supplier_hidden',
  'supplier_hiding_lifted',
  'supplier_terminated',
  'establishment_hidden',
  'establishment_hiding_lifted',
  'permit_checked',
  'staff_list_requested',
  'staff_list_submitted',
  'visit',
  'logbook_note',
  'correction_requested',
  'correction_answered',
  'correction_decided',
  'orders',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** The timeline runs by time only; by default newest first. */
export const TIMELINE_PAGE_DEFAULTS = { sort: 'at', order: 'desc' } as const;

export type TimelineDetail = Record<string, string | number | boolean | null>;

export interface TimelineItem {
  at: Date;
  kind: TimelineKind;
  actor: string | null;
  link: string | null;
  detail: TimelineDetail;
}

const STATUS_KIND = {
  hidden: 'supplier_hidden',
  active: 'supplier_hiding_lifted',
  terminated: 'supplier_terminated',
} as const;

async function standingItems(deps: Deps, orgId: string, supplierId: string) {
  const [events, hidings] = await Promise.all([
    repo.statusEvents(deps.db, orgId, supplierId),
    repo.establishmentHidings(deps.db, orgId, supplierId),
  ]);
  const items: TimelineItem[] = events.map((e) => ({
    at: e.at,
    kind: STATUS_KIND[e.status],
    actor: e.actor_name,
    link: `/agreements/${e.agreement_id}`,
    detail: {
      agreement: e.reference,
      lot: e.lot_number,
      reason: e.reason,
      from: e.effective_from,
      to: e.effective_to,
    },
  }));
  for (const h of hidings) {
    const common = { agreement: h.reference, establishment: h.establishment_name };
    items.push({
      at: h.created_at,
      kind: 'establishment_hidden',
      actor: h.actor,
      link: `/agreements/${h.agreement_id}`,
      detail: { ...common, reason: h.reason, from: h.hidden_from, to: h.hidden_to },
    });
    if (h.lifted_at)
      items.push({
        at: h.lifted_at,
        kind: 'establishment_hiding_lifted',
        actor: h.lifter,
        link: `/agreements/${h.agreement_id}`,
        detail: { ...common, reason: h.lifted_reason },
      });
  }
  return items;
}

async function staffListItems(deps: Deps, orgId: string, supplierId: string) {
  const requests = await repo.staffListRequests(deps.db, orgId, supplierId);
  const submissions = await repo.staffListSubmissions(
    deps.db,
    requests.map((r) => r.id),
  );
  const items: TimelineItem[] = [];
  for (const r of requests) {
    const link = `/followup/staff-lists/${r.id}`;
    items.push({
      at: r.requested_at,
      kind: 'staff_list_requested',
      actor: r.actor,
      link,
      detail: {
        establishment: r.establishment_name,
        periodFrom: r.period_from,
        periodTo: r.period_to,
        deadline: r.deadline.toISOString(),
      },
    });
    const own = submissions.filter((s) => s.request_id === r.id);
    if (own.length === 0) continue;
    const requirements = await requirementsForSupplier(deps.db, r.agreement_id, supplierId);
    for (const s of own) {
      const report = reportOn(s, requirements, {
        placedResidents: r.placed_residents,
        periodFrom: r.period_from,
        periodTo: r.period_to,
      });
      items.push({
        at: s.submitted_at,
        kind: 'staff_list_submitted',
        actor: s.actor,
        link,
        detail: { establishment: r.establishment_name, source: s.source, ...summaryOf(report) },
      });
    }
  }
  return items;
}

async function inspectionItems(deps: Deps, orgId: string, supplierId: string) {
  const [checks, visits] = await Promise.all([
    repo.permitChecks(deps.db, orgId, supplierId),
    repo.visits(deps.db, orgId, supplierId),
  ]);
  return [
    ...checks.map((c): TimelineItem => ({
      at: c.checked_at,
      kind: 'permit_checked',
      actor: c.actor,
      link: '/followup',
      detail: { establishment: c.establishment_name, seen: c.seen, checkedOn: c.checked_on },
    })),
    ...visits.map((v): TimelineItem => ({
      at: v.created_at,
      kind: 'visit',
      actor: v.actor,
      link: '/followup',
      detail: {
        establishment: v.establishment_name,
        visitedOn: v.visited_on,
        met: Number(v.met ?? 0),
        partlyMet: Number(v.partly_met ?? 0),
        notMet: Number(v.not_met ?? 0),
      },
    })),
  ];
}

async function correctionItems(deps: Deps, orgId: string, supplierId: string) {
  const requests = await repo.correctionRequests(deps.db, orgId, supplierId);
  const answers = await repo.correctionAnswers(
    deps.db,
    requests.map((r) => r.id),
  );
  const items: TimelineItem[] = requests.map((r) => ({
    at: r.created_at,
    kind: 'correction_requested',
    actor: r.actor,
    link: `/followup/corrections/${r.id}`,
    detail: { sentOn: r.sent_on, deadline: r.deadline, status: r.status },
  }));
  for (const a of answers) {
    const link = `/followup/corrections/${a.request_id}`;
    items.push({
      at: a.answered_at,
      kind: 'correction_answered',
      actor: a.actor,
      link,
      detail: {},
    });
    if (a.decision && a.decided_at)
      items.push({
        at: a.decided_at,
        kind: 'correction_decided',
        actor: a.decider,
        link,
        detail: { decision: a.decision },
      });
  }
  return items;
}

async function noteAndOrderItems(deps: Deps, orgId: string, supplierId: string) {
  const [notes, orders] = await Promise.all([
    repo.logbookNotes(deps.db, orgId, supplierId),
    repo.ordersPerMonth(deps.db, orgId, supplierId),
  ]);
  return [
    ...notes.map((n): TimelineItem => ({
      at: n.created_at,
      kind: 'logbook_note',
      actor: n.actor,
      link: null,
      detail: { text: n.sensitive ? null : n.text, sensitive: n.sensitive, concern: n.concern },
    })),
    ...orders.map((o): TimelineItem => ({
      at: new Date(o.month),
      kind: 'orders',
      actor: null,
      link: null,
      detail: { count: Number(o.count) },
    })),
  ];
}

/** The timeline, when the supplier is on one of the body's agreements or in its follow-up. */
export async function supplierTimeline(
  deps: Deps,
  orgId: string,
  supplierId: string,
  // The route's query (schemas.ts), spelt out here as the schemas read this file's kinds.
  query: { limit?: number; offset?: number; sort?: 'at'; order?: SortOrder },
) {
  const supplier = await repo.findSupplier(deps.db, supplierId);
  if (!supplier || !(await repo.supplierFollowedBy(deps.db, orgId, supplierId)))
    throw new Problem('not_found', 'problem.not_found.detail');
  const parts = await Promise.all([
    standingItems(deps, orgId, supplierId),
    staffListItems(deps, orgId, supplierId),
    inspectionItems(deps, orgId, supplierId),
    correctionItems(deps, orgId, supplierId),
    noteAndOrderItems(deps, orgId, supplierId),
  ]);
  // Oldest first (reversed for newest first: of two items at the same instant the later-made
  // comes first), then one page of it.
  const page = pageOf(query, TIMELINE_PAGE_DEFAULTS);
  const items = parts.flat().sort((a, b) => a.at.getTime() - b.at.getTime());
  if (page.order === 'desc') items.reverse();
  return { supplierId, name: supplier.name, ...pageOfRows(items, page) };
}
