// The home page's work lists: what awaits the caller in the active organisation, by role
// (DOMAIN.md "What each role sees first"). Only lists the caller's roles call for are read.
import { addCalendarDays, localDate } from '@tildel/domain/calendar';
import type { Role } from '@tildel/domain/permissions';
import type { Deps } from '../../../platform/deps.ts';
import { Problem } from '../../../platform/problem.ts';
import { buyerList } from './buyer.ts';
import * as followup from './followup.ts';
import * as repo from './repo.ts';
import type { DocumentExpiring, Worklist } from './schemas.ts';

/** How far ahead the lists look. */
export const WORKLIST_HORIZON = {
  agreementEndingDays: 180,
  documentExpiryDays: 30,
  /** Free places older than this are asked to be confirmed: buyers plan on them. */
  capacityStaleDays: 14,
} as const;

function iso(d: Date | string): string;
function iso(d: Date | string | null): string | null;
function iso(d: Date | string | null) {
  return d === null ? null : new Date(d).toISOString();
}

export async function worklist(deps: Deps, organisationId: string, roles: readonly Role[]) {
  const organisation = await repo.organisationOf(deps.db, organisationId);
  if (!organisation) throw new Problem('not_found', 'problem.not_found.detail');
  const now = deps.clock.now();
  const today = localDate(now, organisation.country);
  const has = (...wanted: Role[]) => wanted.some((r) => roles.includes(r));
  const result: Worklist = { today };

  if (has('buyer')) result.buyer = await buyerList(deps.db, organisationId, now, today);

  if (has('procurement_officer')) {
    const [applications, agreements, documents] = await Promise.all([
      repo.pendingApplications(deps.db, organisationId),
      repo.agreementsEndingBy(
        deps.db,
        organisationId,
        addCalendarDays(today, WORKLIST_HORIZON.agreementEndingDays),
      ),
      repo.documentsExpiring(
        deps.db,
        { workingWith: organisationId },
        addCalendarDays(today, WORKLIST_HORIZON.documentExpiryDays),
      ),
    ]);
    result.procurement = {
      applications: applications.map((a) => ({
        id: a.id,
        dpsId: a.dps_id,
        dpsTitle: a.dps_title,
        supplierName: a.supplier_name,
        receivedAt: iso(a.received_at),
        decisionDueAt: iso(a.decision_due_at),
        extended: a.extended_at !== null,
        overdue: new Date(a.decision_due_at).getTime() < now.getTime(),
      })),
      agreementsEnding: agreements.map((a) => {
        const options = Array.isArray(a.extension_options) ? a.extension_options.length : 0;
        return {
          id: a.id,
          reference: a.reference,
          title: a.title,
          endsOn: a.ends_on,
          extensionsLeft: Math.max(0, options - a.extensions_used),
        };
      }),
      documentsExpiring: documents.map(documentItem),
    };
  }

  if (has('quality_officer')) {
    const [plan, corrections, staffLists, hidden, permits] = await Promise.all([
      followup.planOnHome(deps, organisationId, today),
      followup.correctionsDue(deps.db, organisationId, now),
      followup.staffListsAwaited(deps.db, { bodyId: organisationId }, now),
      repo.hiddenSuppliers(deps.db, organisationId),
      repo.permitProblems(deps.db, organisationId, today),
    ]);
    result.quality = {
      plan,
      correctionsDue: corrections,
      staffListsAwaited: staffLists,
      hiddenSuppliers: hidden.map((h) => ({
        supplierId: h.supplier_id,
        supplierName: h.supplier_name,
        agreementId: h.agreement_id,
        reference: h.reference,
        lotName: h.lot_name,
        reason: h.status_reason,
        hiddenFrom: h.hidden_from,
        hiddenTo: h.hidden_to,
      })),
      permitProblems: permits.map((p) => ({
        id: p.id,
        supplierId: p.supplier_id,
        supplierName: p.supplier_name,
        establishmentName: p.establishment_name,
        authority: p.authority,
        status: p.status,
        validTo: p.valid_to,
        openCases: p.open_cases,
        lastCheckedOn: p.last_checked_on,
      })),
    };
  }

  if (organisation.kind === 'supplier' && has('supplier_user', 'supplier_admin')) {
    const staleSince = new Date(now.getTime() - WORKLIST_HORIZON.capacityStaleDays * 86_400_000);
    const [staffLists, corrections, applications, requests, documents, capacity] =
      await Promise.all([
        followup.staffListsAwaited(deps.db, { supplierId: organisationId }, now),
        followup.correctionsToAnswer(deps.db, organisationId, now),
        repo.ownApplications(deps.db, organisationId),
        repo.openDeclarationRequests(deps.db, organisationId),
        repo.documentsExpiring(
          deps.db,
          { supplierId: organisationId },
          addCalendarDays(today, WORKLIST_HORIZON.documentExpiryDays),
        ),
        repo.staleCapacity(deps.db, organisationId, staleSince),
      ]);
    result.supplier = {
      staffListRequests: staffLists,
      correctionRequests: corrections,
      applications: applications.map((a) => ({
        id: a.id,
        dpsId: a.dps_id,
        dpsTitle: a.dps_title,
        ownerName: a.owner_name,
        status: a.status,
        receivedAt: iso(a.received_at),
        decisionDueAt: iso(a.decision_due_at),
        decisionReason: a.decision_reason,
      })),
      declarationRequests: requests.map((r) => ({
        id: r.id,
        dpsId: r.dps_id,
        dpsTitle: r.dps_title,
        requestedAt: iso(r.requested_at),
        dueAt: iso(r.due_at),
        overdue: new Date(r.due_at).getTime() < now.getTime(),
      })),
      documentsExpiring: documents.map(documentItem),
      capacityToConfirm: capacity.map((e) => ({
        id: e.id,
        name: e.name,
        placesTotal: e.places_total,
        placesFree: e.places_free,
        placesUpdatedAt: iso(e.places_updated_at),
      })),
    };
  }
  return result;
}

function documentItem(d: {
  id: string;
  supplier_id: string;
  supplier_name: string;
  kind: string;
  title: string;
  valid_until: string | null;
}): DocumentExpiring {
  return {
    id: d.id,
    supplierId: d.supplier_id,
    supplierName: d.supplier_name,
    kind: d.kind,
    title: d.title,
    validUntil: d.valid_until,
  };
}
