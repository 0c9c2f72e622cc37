// The buyer's side of the ranking cascade: start offering a draft down the lot's ranking (with
// any skips decided up front), read the steps, skip a supplier with a reason; and the deviation
// report of an agreement. Each change is one transaction with its audit record.
import { skip, startCascade, type CascadeRefusal } from '@tildel/domain/procedures/ranking';
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/types.ts';
import type { Actor } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { queryRows } from '../../../platform/export.ts';
import { pageOf } from '../../../platform/paging.ts';
import { Problem } from '../../../platform/problem.ts';
import * as agreementsService from '../../agreements/agreements/service.ts';
import { detailOf } from '../calloffs/service.ts';
import { withMatchingFailures } from './must-requirements.ts';
import { moveOn } from './progress.ts';
import { refusalProblem } from './refusals.ts';
import * as repo from './repo.ts';
import {
  DEVIATION_PAGE_DEFAULTS,
  type DeviationQuery,
  type SkipInput,
  type StartInput,
} from './schemas.ts';
import { cascadeView, lotSuppliersOf, rankingCalloff, stateOf } from './views.ts';

/** What this uses of the agreements area. */
const agreements: Pick<typeof agreementsService, 'findVisibleAgreement'> = agreementsService;

/** The call-off locked for a change by the buyer who read `version`. */
async function lockedCalloff(
  trx: Transaction<DB>,
  organisationId: string,
  calloffId: string,
  version: number,
) {
  const calloff = rankingCalloff(await repo.findCalloff(trx, organisationId, calloffId, true));
  if (calloff.version !== version) throw new Problem('conflict', 'calloff.version_conflict');
  return calloff;
}

/**
 * Which field a refusal of the start came from: the window, or the first skip that the domain
 * refuses when the skips are tried one more at a time.
 */
function startRefusalField(
  refusal: CascadeRefusal,
  trySkips: (count: number) => CascadeRefusal | null,
  skips: StartInput['skips'],
): string {
  if (refusal === 'invalid_window') return 'window.amount';
  const index = skips.findIndex((_, i) => trySkips(i + 1) !== null);
  const leaf: Partial<Record<CascadeRefusal, string>> = {
    unknown_skip_reason: 'code',
    skip_text_required: 'text',
  };
  return index < 0 ? 'skips' : `skips.${index}.${leaf[refusal] ?? 'supplierId'}`;
}

export async function startOffering(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  calloffId: string,
  input: StartInput,
) {
  return deps.db.transaction().execute(async (trx) => {
    const calloff = await lockedCalloff(trx, organisationId, calloffId, input.version);
    if (calloff.status !== 'draft') throw new Problem('conflict', 'calloff.not_draft');
    const now = deps.clock.now();
    const lotSuppliers = await lotSuppliersOf(trx, calloff, now);
    const rankOf = new Map(lotSuppliers.map((s) => [s.supplierId, s.rank]));
    const skips = await withMatchingFailures(
      trx,
      calloff,
      input.skips.map((s) => ({
        supplierId: s.supplierId,
        rank: rankOf.get(s.supplierId) ?? 0,
        reason: { code: s.code, text: s.text },
      })),
      now,
    );
    const attempt = (count: number) =>
      startCascade(lotSuppliers, {
        now,
        window: input.window,
        country: calloff.country,
        skips: skips.slice(0, count),
      });
    const result = attempt(input.skips.length);
    if (!result.ok) {
      const field = startRefusalField(
        result.refusal,
        (count) => {
          const tried = attempt(count);
          return tried.ok ? null : tried.refusal;
        },
        input.skips,
      );
      throw refusalProblem(result.refusal, field, input.window);
    }
    await moveOn(trx, deps, {
      calloff,
      before: null,
      after: result.state,
      actorUserId: actor.userId,
      action: 'calloff.cascade_started',
      start: {
        window: JSON.stringify(input.window),
        requestText: input.requestText.trim(),
        costCentre: input.costCentre?.trim() || null,
        publishedBy: actor.userId,
      },
    });
    return detailOf(trx, organisationId, calloffId, deps.clock.now());
  });
}

export async function skipSupplier(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  calloffId: string,
  input: SkipInput,
) {
  return deps.db.transaction().execute(async (trx) => {
    const calloff = await lockedCalloff(trx, organisationId, calloffId, input.version);
    const before = stateOf(calloff);
    if (calloff.status !== 'offering' || !before)
      throw new Problem('conflict', 'cascade.not_offering');
    const now = deps.clock.now();
    const rank = before.suppliers.find((s) => s.supplierId === input.supplierId)?.rank ?? 0;
    const [checked] = await withMatchingFailures(
      trx,
      calloff,
      [{ supplierId: input.supplierId, rank, reason: { code: input.code, text: input.text } }],
      now,
    );
    const result = skip(before, input.supplierId, checked!.reason, now);
    if (!result.ok) {
      const field = { unknown_skip_reason: 'code', skip_text_required: 'text' } as Partial<
        Record<CascadeRefusal, string>
      >;
      throw refusalProblem(result.refusal, field[result.refusal] ?? 'supplierId');
    }
    await moveOn(trx, deps, {
      calloff,
      before,
      after: result.state,
      actorUserId: actor.userId,
      action: 'calloff.supplier_skipped',
    });
    return detailOf(trx, organisationId, calloffId, deps.clock.now());
  });
}

export async function readCascade(deps: Deps, organisationId: string, calloffId: string) {
  const calloff = rankingCalloff(await repo.findCalloff(deps.db, organisationId, calloffId));
  return cascadeView(deps.db, calloff, deps.clock.now());
}

/**
 * Every skip under the agreement: its owner sees all, a participating municipality its own;
 * anyone else is told it does not exist.
 */
/** The agreement the organisation sees, and whether it owns it (then it sees every municipality's). */
async function reportedAgreement(deps: Deps, organisationId: string, agreementId: string) {
  const agreement = await agreements.findVisibleAgreement(deps.db, organisationId, agreementId);
  if (!agreement) throw new Problem('not_found', 'problem.not_found.detail');
  return { agreement, owner: agreement.organisation_id === organisationId };
}

function deviationView(d: repo.DeviationRow) {
  return {
    id: d.id,
    decidedAt: d.decidedAt,
    municipality: { id: d.municipalityId, name: d.municipalityName },
    calloff: { id: d.calloffId, title: d.calloffTitle },
    lot: { id: d.lotId, number: d.lotNumber, name: d.lotName },
    supplier: { id: d.supplierId, name: d.supplierName, rank: d.rank },
    reasonCode: d.reasonCode,
    reasonText: d.reasonText,
  };
}

/** A deviation as the report shows it. */
export type Deviation = ReturnType<typeof deviationView>;

export async function deviationReport(
  deps: Deps,
  organisationId: string,
  agreementId: string,
  query: DeviationQuery,
) {
  const { agreement, owner } = await reportedAgreement(deps, organisationId, agreementId);
  const { items, ...paging } = await repo.deviationsOf(
    deps.db,
    agreementId,
    owner ? null : organisationId,
    pageOf(query, DEVIATION_PAGE_DEFAULTS),
  );
  return {
    agreement: { id: agreement.id, reference: agreement.reference, title: agreement.title },
    ...paging,
    items: items.map(deviationView),
  };
}

/** Every deviation of the report in its order: a download's rows. */
export async function* deviationRows(
  deps: Deps,
  organisationId: string,
  agreementId: string,
  query: Omit<DeviationQuery, 'limit' | 'offset'>,
) {
  const { owner } = await reportedAgreement(deps, organisationId, agreementId);
  const sort = pageOf(query, DEVIATION_PAGE_DEFAULTS);
  yield* queryRows(
    deps.db,
    repo.deviationsInOrder(deps.db, agreementId, owner ? null : organisationId, sort),
    deviationView,
  );
}
