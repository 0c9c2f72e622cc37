// Sealed bids: an invited supplier submits, replaces or withdraws its bid until the deadline by
// the server's clock; every word is sealed under the call-off's data key and the supplier gets a
// receipt. After the deadline the buyer opens the bids in an audited event. Nothing of a bid is
// written in clear anywhere before that, not even in the audit trail (only its receipt, in the
// supplier's own chain).
import { randomBytes, randomUUID } from 'node:crypto';
import { localDate, timeZoneOf } from '@tildel/domain/calendar';
import type { Currency } from '@tildel/domain/money';
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/types.ts';
import type { Actor } from '../../../platform/access.ts';
import { appendAudit, chainOf, changeWithAudit, type ChainHead } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import type { Locale, MessageKey } from '../../../platform/i18n.ts';
import { Problem, notFound } from '../../../platform/problem.ts';
import { openBid, sealBid, unwrapDataKey } from '../../../platform/sealing.ts';
import { offeredNames } from '../awards/repo.ts';
import { detailOf, returnNeed } from '../calloffs/service.ts';
import type { BidContent } from './content.ts';
import { openedBids } from './opened.ts';
import { receiptFileName, renderReceipt } from './receipt.ts';
import * as repo from './repo.ts';
import type { BidInput, BID_STATUSES, OpeningInput } from './schemas.ts';

type Country = 'SE' | 'DK';
type FieldError = { field: string; key: MessageKey };

/** A deadline as the municipality's clock shows it, for messages in any language. */
function deadlineText(deadline: Date, country: Country): string {
  return new Intl.DateTimeFormat('sv-SE', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: timeZoneOf(country),
    timeZoneName: 'short',
  }).format(deadline);
}

/**
 * The call-off and what a bid is checked against, if the supplier may still bid on it now
 * (locked as bidContext says); refuses with the reason otherwise.
 */
async function biddable(
  trx: Transaction<DB>,
  supplierId: string,
  calloffId: string,
  now: Date,
  consultantId: string | null = null,
) {
  const tender = await repo.bidContext(trx, supplierId, calloffId, consultantId);
  if (!tender || tender.status === 'draft' || tender.status === 'cancelled') throw notFound();
  if (tender.declinedAt) throw new Problem('conflict', 'bid.declined');
  if (tender.tenderDeadline && now.getTime() >= tender.tenderDeadline.getTime())
    throw new Problem('conflict', 'bid.deadline_passed', {
      params: { deadline: deadlineText(tender.tenderDeadline, tender.country) },
    });
  if (tender.status !== 'open' || !tender.tenderDeadline || !tender.dataKeyWrapped)
    throw new Problem('conflict', 'bid.not_open');
  const head: ChainHead = {
    chain: chainOf(supplierId),
    seq: Number(tender.headSeq),
    hash: tender.headHash,
  };
  return {
    ...tender,
    dataKeyWrapped: tender.dataKeyWrapped,
    dataKeyId: tender.dataKeyId ?? '',
    head,
  };
}

/** The bid's fields against the call-off: its requirements, the supplier's registry, dates. */
async function fieldErrors(
  db: Deps['db'],
  supplierId: string,
  tender: repo.BidContext,
  input: BidInput,
  today: string,
): Promise<FieldError[]> {
  const fields: FieldError[] = [];
  const kinds = new Map(tender.requirements.map((r) => [r.id, r.criterionKind]));
  for (const [id, answer] of Object.entries(input.answers)) {
    const kind = kinds.get(id);
    if (kind === undefined) fields.push({ field: `answers.${id}`, key: 'bid.unknown_requirement' });
    else if (kind === 'yes_no' && typeof answer !== 'boolean')
      fields.push({ field: `answers.${id}`, key: 'bid.answer_yes_no' });
    else if (kind === 'minimum' && typeof answer !== 'number')
      fields.push({ field: `answers.${id}`, key: 'bid.answer_number' });
  }
  for (const id of Object.keys(input.evidence))
    if (!kinds.has(id)) fields.push({ field: `evidence.${id}`, key: 'bid.unknown_requirement' });

  if (tender.needKind === 'staffing') {
    if (input.consultantId === null)
      fields.push({ field: 'consultantId', key: 'bid.consultant_required' });
    if (input.establishmentId !== null)
      fields.push({ field: 'establishmentId', key: 'bid.not_applicable' });
  } else {
    if (input.consultantId !== null)
      fields.push({ field: 'consultantId', key: 'bid.not_applicable' });
    if (input.establishmentId === null && tender.needKind === 'placement')
      fields.push({ field: 'establishmentId', key: 'bid.establishment_required' });
  }
  // bidContext checked the consultant offered, in the same round trip.
  if (input.consultantId !== null && tender.needKind === 'staffing' && !tender.ownConsultant)
    fields.push({ field: 'consultantId', key: 'bid.unknown_consultant' });
  if (
    input.establishmentId !== null &&
    tender.needKind !== 'staffing' &&
    !(await repo.isOwnPermittedEstablishment(db, supplierId, input.establishmentId, today))
  )
    fields.push({ field: 'establishmentId', key: 'bid.establishment_without_permit' });
  else if (
    input.establishmentId !== null &&
    tender.agreementId !== null &&
    (await repo.isHiddenOnAgreement(db, input.establishmentId, tender.agreementId, today))
  )
    fields.push({ field: 'establishmentId', key: 'bid.establishment_hidden' });

  if (input.earliestStart < today)
    fields.push({ field: 'earliestStart', key: 'bid.start_in_past' });
  if (input.validUntil < input.earliestStart)
    fields.push({ field: 'validUntil', key: 'bid.valid_before_start' });
  return fields;
}

function resultOf(row: {
  id: string;
  status: (typeof BID_STATUSES)[number];
  version: number;
  receipt_sha256: string;
  received_at: Date;
  needs_review: boolean;
}) {
  return {
    bidId: row.id,
    status: row.status,
    version: row.version,
    receipt: { sha256: row.receipt_sha256, receivedAt: row.received_at.toISOString() },
    needsReview: row.needs_review,
  };
}

/**
 * Submits or replaces the supplier's bid: sealed, stored, receipted. Two round trips for the
 * transaction (db/prepared.ts): what the bid is checked against (bidContext, with BEGIN in the
 * same write), and the bid with its audit record (storeBid, with COMMIT in the same write); a
 * placement bid reads its establishment besides.
 */
export async function submitBid(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  calloffId: string,
  input: BidInput,
) {
  const now = deps.clock.now();
  // The seal binds the bid's id, so it must be known first: the existing row's, or a new one.
  // storeBid commits its transaction whether it stored the bid or not; when a concurrent first
  // submission of the same supplier won the insert, start again: the next transaction reads its
  // row and seals for it.
  for (let attempt = 0; attempt < 3; attempt++) {
    const outcome = await deps.db.transaction().execute(async (trx) => {
      const tender = await biddable(trx, supplierId, calloffId, now, input.consultantId);
      const today = localDate(now, tender.country);
      const fields = await fieldErrors(trx, supplierId, tender, input, today);
      if (fields.length > 0) throw new Problem('validation', 'bid.invalid', { fields });
      const existing = tender.ownBid;
      if (existing && input.version !== undefined && existing.version !== input.version)
        throw new Problem('conflict', 'bid.version_conflict');
      const content: BidContent = {
        unitPriceMinor: input.unitPriceMinor,
        // A call-off's currency is one of the domain's (calloffs.currency is set from them).
        currency: tender.currency as Currency,
        unit: tender.unit,
        answers: input.answers,
        evidence: input.evidence,
        consultantId: input.consultantId,
        establishmentId: input.establishmentId,
        earliestStart: input.earliestStart,
        validUntil: input.validUntil,
        note: input.note,
      };
      const dataKey = unwrapDataKey(deps.masterKey(), {
        wrapped: tender.dataKeyWrapped,
        keyId: tender.dataKeyId,
      });
      const id = existing?.id ?? randomUUID();
      const { sealed, receipt } = sealBid(
        dataKey,
        { callOffId: calloffId, bidId: id },
        content,
        now,
      );
      const stored = await repo.storeBid(
        trx,
        tender.head,
        deps.clock,
        {
          organisationId: supplierId,
          actorUserId: actor.userId,
          action: existing ? 'bid.replaced' : 'bid.submitted',
          objectType: 'bid',
          objectId: id,
          after: { calloffId, receiptSha256: receipt.sha256, receivedAt: receipt.receivedAt },
        },
        {
          id,
          calloffId,
          supplierId,
          ...sealed,
          receiptSha256: receipt.sha256,
          receivedAt: new Date(receipt.receivedAt),
          submittedBy: actor.userId,
        },
        existing ? input.version : undefined,
      );
      return stored && { replaced: existing !== null, bid: resultOf(stored) };
    });
    if (outcome) return outcome;
  }
  throw new Problem('conflict', 'bid.version_conflict');
}

/** The supplier's own bid, opened for its author; 404 for anyone else, who has none. */
async function openOwnBid(deps: Deps, supplierId: string, calloffId: string) {
  const tender = await repo.tenderForBidder(deps.db, supplierId, calloffId);
  const row = tender && (await repo.ownBid(deps.db, supplierId, calloffId));
  if (!tender?.dataKeyWrapped || !tender.dataKeyId || !row) throw notFound();
  const dataKey = unwrapDataKey(deps.masterKey(), {
    wrapped: tender.dataKeyWrapped,
    keyId: tender.dataKeyId,
  });
  const opened = openBid(
    dataKey,
    { callOffId: calloffId, bidId: row.id },
    { iv: row.iv, ciphertext: row.ciphertext, authTag: row.auth_tag },
  );
  return { tender, row, content: opened.bid as BidContent };
}

/** The supplier's own bid, opened for its author. */
export async function readOwnBid(deps: Deps, supplierId: string, calloffId: string) {
  const { row, content } = await openOwnBid(deps, supplierId, calloffId);
  return {
    ...resultOf(row),
    firstReceivedAt: row.first_received_at.toISOString(),
    replacements: row.replacements,
    withdrawnAt: row.withdrawn_at?.toISOString() ?? null,
    content,
  };
}

/** The bid's receipt as a PDF, for its author only. */
export async function ownBidReceipt(
  deps: Deps,
  supplierId: string,
  calloffId: string,
  locale: Locale,
) {
  const { tender, row, content } = await openOwnBid(deps, supplierId, calloffId);
  const parties = await repo.receiptParties(deps.db, supplierId, calloffId);
  const offered = content.consultantId ?? content.establishmentId;
  const names = await offeredNames(
    deps.db,
    content.consultantId ? [content.consultantId] : [],
    content.establishmentId ? [content.establishmentId] : [],
  );
  const document = await renderReceipt(locale, {
    calloffTitle: parties.title,
    sourceReference: parties.sourceReference,
    buyerName: parties.buyerName,
    bidderName: parties.bidderName,
    country: tender.country,
    receiptSha256: row.receipt_sha256,
    receivedAt: row.received_at,
    firstReceivedAt: row.first_received_at,
    replacements: row.replacements,
    withdrawnAt: row.withdrawn_at,
    content,
    offeredName: (offered && names.get(offered)) ?? null,
  });
  return { fileName: receiptFileName(locale, row.receipt_sha256), content: document };
}

/** Withdraws the supplier's standing bid before the deadline. */
export async function withdrawBid(deps: Deps, actor: Actor, supplierId: string, calloffId: string) {
  return deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    const tender = await biddable(trx, supplierId, calloffId, now);
    // The record names the standing bid and its receipt, known before the write (the chain head
    // locked in bidContext keeps the supplier's other writers of its bid out until we commit).
    const standing = tender.ownBid;
    if (!standing || standing.status !== 'submitted')
      throw new Problem('conflict', 'bid.none_standing');
    const row = await changeWithAudit(
      trx,
      tender.head,
      deps.clock,
      {
        organisationId: supplierId,
        actorUserId: actor.userId,
        action: 'bid.withdrawn',
        objectType: 'bid',
        objectId: standing.id,
        after: {
          calloffId,
          receiptSha256: standing.receipt_sha256,
          // Read through JSON: a timestamp string, not a Date.
          receivedAt: new Date(standing.received_at).toISOString(),
        },
      },
      repo.bidWithdrawal(trx, supplierId, calloffId, now),
    );
    if (!row) throw new Problem('conflict', 'bid.none_standing');
    return resultOf(row);
  });
}

/**
 * Opens the bids after the deadline: records who opened them and when, seeds any lot drawing,
 * and checks that every standing bid opens and matches its receipt — or opens none.
 */
export async function openBids(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  calloffId: string,
  input: OpeningInput,
) {
  return deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    const calloff = await repo.lockForOpening(trx, organisationId, calloffId);
    if (!calloff) throw notFound();
    if (calloff.version !== input.version)
      throw new Problem('conflict', 'calloff.version_conflict');
    if (calloff.status !== 'open' || !calloff.tenderDeadline)
      throw new Problem('conflict', 'bid.opening.not_open');
    if (now.getTime() < calloff.tenderDeadline.getTime())
      throw new Problem('conflict', 'bid.opening.too_early', {
        params: { deadline: deadlineText(calloff.tenderDeadline, calloff.country) },
      });
    const standing = await repo.countStandingBids(trx, calloffId);
    const status = standing > 0 ? 'evaluation' : 'unfulfilled';
    await repo.markOpened(trx, calloffId, input.version, {
      at: now,
      by: actor.userId,
      drawingSeed: randomBytes(32).toString('hex'),
      status,
    });
    let bids: Awaited<ReturnType<typeof openedBids>>;
    try {
      bids = await openedBids(trx, deps.masterKey(), calloffId);
    } catch (error) {
      if (error instanceof Problem && error.messageKey === 'bid.unreadable')
        throw new Problem('conflict', 'bid.opening.unreadable');
      throw error;
    }
    if (bids.some((b) => !b.receiptVerified))
      throw new Problem('conflict', 'bid.opening.unreadable');
    await appendAudit(trx, deps.clock, {
      organisationId,
      actorUserId: actor.userId,
      action: 'calloff.opened',
      objectType: 'calloff',
      objectId: calloffId,
      before: { status: 'open' },
      after: {
        status,
        count: bids.length,
        bids: bids.map((b) => ({ supplierId: b.supplierId, receiptSha256: b.receiptSha256 })),
      },
    });
    if (status === 'unfulfilled')
      await returnNeed(trx, deps.clock, { organisationId, calloffId, actorUserId: actor.userId });
    return detailOf(trx, organisationId, calloffId, now);
  });
}

/** When and by whom the bids were opened; nulls before the opening. */
export async function readOpening(deps: Deps, organisationId: string, calloffId: string) {
  const row = await repo.openingOf(deps.db, organisationId, calloffId);
  if (!row) throw notFound();
  return {
    openedAt: row.openedAt?.toISOString() ?? null,
    openedBy: row.openedByName,
  };
}

/**
 * For insights: "calloffId:supplierId" of every standing bid in the call-offs whose bids are
 * opened; call-offs still sealed give nothing.
 */
export async function biddersAfterOpening(deps: Deps, calloffIds: readonly string[]) {
  if (calloffIds.length === 0) return new Set<string>();
  const rows = await repo.biddersAfterOpening(deps.db, calloffIds);
  return new Set(rows.map((r) => `${r.calloffId}:${r.supplierId}`));
}
