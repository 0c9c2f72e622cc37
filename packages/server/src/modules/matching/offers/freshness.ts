// Freshness of offers: the matching team's share of offers confirmed within its limit (goal 90%)
// with the stale ones listed, and the reminder job that mails a supplier once per limit period
// when its offers are older than the strictest limit any buyer of its country set.
import { FRESHNESS_GOAL } from '@tildel/domain/matching/freshness';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import { mailSupplier } from '../../../platform/notify.ts';
import { pageOf } from '../../../platform/paging.ts';
import type { JobDeps } from '../../../platform/scheduler.ts';
import { notFound } from '../../../platform/problem.ts';
import { matchingSettings, offerFreshnessLimit } from '../settings/service.ts';
import * as repo from './repo.ts';
import { FRESHNESS_PAGE_DEFAULTS, type FreshnessQuery } from './schemas.ts';

const DAY_MS = 86_400_000;

/** The instant before which a confirmation is too old: now less the limit. */
function cutoffOf(now: Date, limitDays: number) {
  return new Date(now.getTime() - limitDays * DAY_MS);
}

/**
 * The share of the open offers of the caller's country confirmed within the caller's limit, and
 * the stale ones a page at a time. Counted in SQL: the market may hold tens of thousands.
 */
export async function freshnessOverview(deps: Deps, organisationId: string, query: FreshnessQuery) {
  const caller = await repo.findOrganisation(deps.db, organisationId);
  if (!caller) throw notFound();
  const { freshnessLimitDays: limitDays } = await matchingSettings(deps.db, organisationId);
  const cutoff = cutoffOf(deps.clock.now(), limitDays);
  const page = pageOf(query, FRESHNESS_PAGE_DEFAULTS);
  const [counts, stale] = await Promise.all([
    repo.freshnessCounts(deps.db, caller.country, cutoff),
    repo.staleOffers(deps.db, caller.country, cutoff, page),
  ]);
  // As the domain's freshnessShare: an empty market has nothing stale.
  const share = counts.total === 0 ? 1 : counts.fresh / counts.total;
  return {
    limitDays,
    goal: FRESHNESS_GOAL,
    confirmedWithinLimit: counts.fresh,
    total: counts.total,
    share,
    meetsGoal: share >= FRESHNESS_GOAL,
    stale: {
      // Every open offer not confirmed since the cutoff is stale: no need to count them again.
      total: counts.total - counts.fresh,
      limit: page.limit,
      offset: page.offset,
      items: stale.map((r) => ({
        id: r.id,
        name: r.name,
        supplier: { id: r.supplier_id, name: r.supplier_name },
        confirmedAt: r.confirmed_at,
        confirmedBy: r.confirmed_by_name ? { name: r.confirmed_by_name } : null,
        remindedAt: r.reminded_at,
      })),
    },
  };
}

/**
 * Reminds each supplier with stale offers, once per limit period: one email listing its stale
 * offers, through the outbox, claimed offer by offer (reminded_at) so two workers never send it
 * twice. Answers how many suppliers were reminded.
 */
export async function remindStaleOffers(deps: JobDeps): Promise<number> {
  const now = deps.clock.now();
  let reminded = 0;
  for (const country of ['SE', 'DK'] as const) {
    const limitDays = await offerFreshnessLimit(deps.db, country);
    const cutoff = cutoffOf(now, limitDays);
    for (const supplierId of await repo.suppliersToRemind(deps.db, country, cutoff)) {
      const sent = await deps.db.transaction().execute(async (trx) => {
        const offers = await repo.claimReminders(trx, supplierId, cutoff, now);
        if (offers.length === 0) return false;
        const names = offers.map((o) => o.name).sort((a, b) => a.localeCompare(b));
        await mailSupplier(trx, deps, supplierId, '/company/offers', {
          organisationId: supplierId,
          country,
          subject: 'email.offer_freshness.subject',
          body: 'email.offer_freshness.body',
          params: { count: offers.length, days: limitDays, offers: names.join('\n- ') },
        });
        await appendAudit(trx, deps.clock, {
          organisationId: supplierId,
          actorUserId: null,
          action: 'offer.freshness_reminded',
          objectType: 'organisation',
          objectId: supplierId,
          after: { establishmentIds: offers.map((o) => o.id), limitDays },
        });
        return true;
      });
      if (sent) reminded += 1;
    }
  }
  return reminded;
}
