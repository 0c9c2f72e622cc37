// The supplier's side: its inbox of call-offs it was invited to or offered, the pseudonymised
// request of one of them, and declining. A call-off is reached only through the supplier's own
// invitation; anything else is answered as not found.
import { TIE_RULE } from '@tildel/domain/evaluation/index';
import type { Need } from '@tildel/domain/need';
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/types.ts';
import type { Actor } from '../../../platform/access.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import { queryRows } from '../../../platform/export.ts';
import { pageOf } from '../../../platform/paging.ts';
import { Problem } from '../../../platform/problem.ts';
import type { SearchMatch } from '../../../platform/search.ts';
import { detailOf } from '../calloffs/service.ts';
import * as needsRepo from '../needs/repo.ts';
import * as repo from './repo.ts';
import {
  INBOX_PAGE_DEFAULTS,
  type DeclineInput,
  type InboxQuery,
  type SUPPLIER_STATUSES,
} from './schemas.ts';
import * as bidsRepo from '../bids/repo.ts';

/** Where the call-off stands for this supplier, from its invitation and its own bid only. */
export type SupplierStatus = (typeof SUPPLIER_STATUSES)[number];

function deadlineOf(row: repo.InboxRow) {
  return row.kind === 'offer' ? row.responseDeadline : row.tenderDeadline;
}

export function supplierStatusOf(
  row: repo.InboxRow,
  supplierId: string,
  now: Date,
): SupplierStatus {
  if (row.calloffStatus === 'cancelled') return 'cancelled';
  const winner = row.awardedSupplierId ?? row.orderedSupplierId;
  if (winner !== null) return winner === supplierId ? 'awarded' : 'not_awarded';
  if (row.declinedAt !== null) return 'declined';
  if (row.kind === 'offer') {
    if (row.acceptedAt !== null) return 'accepted';
    if (row.expiredAt !== null) return 'expired';
  }
  const bid = row.bidStatus === 'submitted';
  const deadline = deadlineOf(row);
  const over =
    row.calloffStatus !== (row.kind === 'offer' ? 'offering' : 'open') ||
    (deadline !== null && deadline.getTime() <= now.getTime());
  if (over) return bid ? 'bid_given' : 'closed';
  if (bid) return 'bid_given';
  if (row.kind === 'offer') return 'offered';
  return row.firstReadAt === null ? 'new' : 'read';
}

function inboxItem(row: repo.InboxRow, supplierId: string, now: Date) {
  return {
    calloffId: row.calloffId,
    title: row.title,
    buyerName: row.buyerName,
    procedure: row.procedure,
    kind: row.kind,
    invitedAt: row.invitedAt,
    deadline: deadlineOf(row),
    status: supplierStatusOf(row, supplierId, now),
    bidNeedsReview: row.bidStatus === 'submitted' && row.bidNeedsReview === true,
  };
}

/** A call-off as the supplier's inbox shows it. */
export type InboxItem = ReturnType<typeof inboxItem>;

export async function inbox(deps: Deps, supplierId: string, query: InboxQuery) {
  const { items, ...paging } = await repo.inbox(
    deps.db,
    supplierId,
    pageOf(query, INBOX_PAGE_DEFAULTS),
  );
  const now = deps.clock.now();
  return { ...paging, items: items.map((r) => inboxItem(r, supplierId, now)) };
}

/** Every call-off of the supplier's inbox in its order, as the inbox shows it: a download's rows. */
export function inboxRows(
  deps: Deps,
  supplierId: string,
  query: Omit<InboxQuery, 'limit' | 'offset'>,
) {
  const now = deps.clock.now();
  return queryRows(
    deps.db,
    repo.inboxInOrder(deps.db, supplierId, pageOf(query, INBOX_PAGE_DEFAULTS)),
    (row) => inboxItem(row, supplierId, now),
  );
}

/** The call-offs the supplier was invited to or offered, by title, as its inbox shows them. */
export async function searchTenders(
  deps: Deps,
  supplierId: string,
  q: string,
  limit: number,
): Promise<SearchMatch[]> {
  const rows = await repo.searchInvitedTo(deps.db, supplierId, q, limit);
  return rows.map((r) => ({
    id: r.calloffId,
    title: r.title,
    reference: null,
    context: r.buyerName,
  }));
}

/**
 * The supplier's tender invitation, locked, while it may still act on it: the call-off open,
 * the deadline not passed by the server's clock, and not declined.
 */
export async function openInvitationOf(
  trx: Transaction<DB>,
  supplierId: string,
  calloffId: string,
  now: Date,
) {
  const invitation = await repo.invitationOf(trx, supplierId, calloffId, true);
  if (!invitation) throw new Problem('not_found', 'problem.not_found.detail');
  const terms = (await repo.calloffTerms(trx, invitation.organisation_id, calloffId))!;
  if (invitation.kind !== 'tender' || terms.status !== 'open')
    throw new Problem('conflict', 'invitation.not_open');
  if (terms.tenderDeadline === null || terms.tenderDeadline.getTime() <= now.getTime())
    throw new Problem('conflict', 'invitation.tender_period_over');
  if (invitation.declined_at !== null) throw new Problem('conflict', 'invitation.declined');
  return invitation;
}

/** The person's needs in words are sensitive: who read them is logged for the municipality. */
const SENSITIVE_FIELD = 'person.needs';

/** The pseudonymised request as the invited supplier reads it; the first read is recorded. */
export async function readTender(deps: Deps, actor: Actor, supplierId: string, calloffId: string) {
  return deps.db.transaction().execute(async (trx) => {
    const row = await repo.inboxItem(trx, supplierId, calloffId);
    if (!row) throw new Problem('not_found', 'problem.not_found.detail');
    const now = deps.clock.now();
    const municipalityId = row.organisationId;
    const detail = await detailOf(trx, municipalityId, calloffId, now);
    const need = (await needsRepo.findNeed(trx, municipalityId, detail.need.id))!;
    const details = need.details as Need;
    if (details.kind !== 'staffing')
      await needsRepo.logSensitiveRead(trx, {
        organisationId: municipalityId,
        objectType: 'need',
        objectId: need.id,
        field: SENSITIVE_FIELD,
        userId: actor.userId,
        at: now,
      });
    if (await repo.markFirstRead(trx, row.invitationId, now))
      await appendAudit(trx, deps.clock, {
        organisationId: supplierId,
        actorUserId: actor.userId,
        action: 'tender.first_read',
        objectType: 'calloff',
        objectId: calloffId,
        after: { firstReadAt: now.toISOString() },
      });
    const invitation = (await repo.invitationOf(trx, supplierId, calloffId))!;
    const bid = await bidsRepo.ownBidStatus(trx, supplierId, calloffId);
    return {
      calloffId,
      title: detail.title,
      buyerName: row.buyerName,
      country: row.buyerCountry,
      procedure: detail.procedure,
      kind: row.kind,
      calloffStatus: detail.status,
      status: supplierStatusOf({ ...row, firstReadAt: invitation.first_read_at }, supplierId, now),
      category: detail.category,
      // The pseudonymised need as the caseworker wrote it (identity numbers were refused at entry).
      need: details,
      requestText: detail.requestText,
      requirements: detail.requirements,
      model: detail.model,
      tieRule: [...TIE_RULE],
      expectedVolume: detail.expectedVolume,
      currency: detail.currency,
      publishedAt: detail.publishedAt,
      deadline: deadlineOf(row),
      deadlinePassed: deadlineOf(row) !== null && deadlineOf(row)!.getTime() <= now.getTime(),
      changes: await repo.changesOf(trx, calloffId),
      questions: await repo.questionsForSupplier(trx, supplierId, calloffId),
      invitation: {
        invitedAt: invitation.invited_at,
        firstReadAt: invitation.first_read_at,
        declinedAt: invitation.declined_at,
        declineReason: invitation.decline_reason,
      },
      bid: bid ? { status: bid.status, needsReview: bid.needsReview } : null,
    };
  });
}

export async function declineTender(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  calloffId: string,
  input: DeclineInput,
) {
  return deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    const invitation = await openInvitationOf(trx, supplierId, calloffId, now);
    const bid = await bidsRepo.ownBidStatus(trx, supplierId, calloffId);
    if (bid?.status === 'submitted') throw new Problem('conflict', 'invitation.withdraw_bid_first');
    const reason = input.reason.trim();
    await repo.declineInvitation(trx, invitation.id, { at: now, reason, userId: actor.userId });
    await appendAudit(trx, deps.clock, {
      organisationId: supplierId,
      actorUserId: actor.userId,
      action: 'tender.declined',
      objectType: 'calloff',
      objectId: calloffId,
      after: { declinedAt: now.toISOString(), reason },
    });
    return { declinedAt: now, declineReason: reason };
  });
}
