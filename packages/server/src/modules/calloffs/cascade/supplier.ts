// The offered supplier's side of the cascade: read its offer, accept it (the order follows at
// the supplier's agreed price) or decline it with a reason (the offer passes on). Only the
// supplier holding the offer may answer, and only by its deadline on the server's clock.
import { addCalendarDays } from '@tildel/domain/calendar';
import type { Need } from '@tildel/domain/need';
import { respond, type OfferResponse } from '@tildel/domain/procedures/ranking';
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/types.ts';
import type { Actor } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { mailRoles } from '../../../platform/notify.ts';
import { Problem } from '../../../platform/problem.ts';
import { createOrder } from '../orders/create-order.ts';
import { moveOn, type RankingCalloff } from './progress.ts';
import { refusalProblem } from './refusals.ts';
import * as repo from './repo.ts';
import { offerView, rankingCalloff, stateOf } from './views.ts';

export function readOffer(deps: Deps, supplierId: string, calloffId: string) {
  return offerView(deps.db, supplierId, calloffId, deps.clock.now());
}

/** The need's dates: start, and the end when known (a one-day placement ends the day it starts). */
function periodOf(need: Need): { start: string; end: string | null } {
  if (need.kind === 'staffing') return { start: need.start, end: need.end };
  return { start: need.start, end: addCalendarDays(need.start, need.expectedDurationDays - 1) };
}

/** The order the accepted offer makes, at the supplier's agreed price on the start date. */
async function orderFromOffer(
  trx: Transaction<DB>,
  deps: Deps,
  calloff: RankingCalloff,
  supplierId: string,
  actorUserId: string,
  rank: number,
) {
  const need = calloff.needDetails as Need;
  const { start, end } = periodOf(need);
  const prices = await repo.agreedPricesOn(trx, {
    supplierId,
    categoryId: calloff.categoryId,
    agreementId: calloff.agreementId,
    on: start,
  });
  // A placement goes to one of the supplier's establishments: the one its price is agreed for.
  const price =
    (need.kind === 'placement' ? prices.find((p) => p.establishmentId !== null) : undefined) ??
    prices[0];
  if (!price)
    throw new Problem('conflict', 'cascade.no_agreed_price', {
      params: { start },
    });
  return createOrder(trx, deps, {
    organisationId: calloff.organisationId,
    calloffId: calloff.id,
    supplierId,
    consultantId: null,
    establishmentId: need.kind === 'placement' ? price.establishmentId : null,
    unitPriceMinor: Number(price.amountMinor),
    currency: calloff.currency,
    unit: calloff.expectedUnit,
    startDate: start,
    endDate: end,
    expectedVolume: Number(calloff.expectedVolume),
    costCentre: calloff.costCentre,
    actorUserId,
    source: { via: 'ranking', rank },
  });
}

export async function answerOffer(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  calloffId: string,
  response: OfferResponse,
) {
  return deps.db.transaction().execute(async (trx) => {
    const calloff = rankingCalloff(await repo.findOfferedCalloff(trx, supplierId, calloffId, true));
    const before = stateOf(calloff);
    if (calloff.status !== 'offering' || !before)
      throw refusalProblem('cascade_closed', response.answer === 'decline' ? 'reason' : 'offer');
    const now = deps.clock.now();
    const result = respond(before, supplierId, response, now);
    if (!result.ok)
      throw refusalProblem(result.refusal, response.answer === 'decline' ? 'reason' : 'offer');
    if (response.answer === 'accept') {
      const rank = before.suppliers.find((s) => s.supplierId === supplierId)?.rank ?? 0;
      const order = await orderFromOffer(trx, deps, calloff, supplierId, actor.userId, rank);
      const supplier = await repo.supplierNames(trx, [supplierId]);
      await mailRoles(trx, deps, calloff.organisationId, ['buyer'], `/calloffs/${calloff.id}`, {
        organisationId: calloff.organisationId,
        country: calloff.country,
        subject: 'email.cascade.accepted.subject',
        body: 'email.cascade.accepted.body',
        params: {
          title: calloff.title,
          supplier: supplier[0]?.name ?? '',
          reference: order.reference,
        },
      });
    }
    await moveOn(trx, deps, {
      calloff,
      before,
      after: result.state,
      actorUserId: actor.userId,
      action: response.answer === 'accept' ? 'calloff.offer_accepted' : 'calloff.offer_declined',
    });
    return offerView(trx, supplierId, calloffId, deps.clock.now());
  });
}
