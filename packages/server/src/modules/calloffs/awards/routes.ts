import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { actorOf, localeOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { sendPdf } from '../../../platform/files.ts';
import { fileAnswer, localeQuery, MEDIA } from '../../../platform/schemas.ts';
import { calloffDetail } from '../calloffs/schemas.ts';
import {
  awardBody,
  bidParams,
  calloffParams,
  evaluationResponse,
  orderBody,
  orderedResponse,
  setAsideBody,
  supplierDecisionResponse,
  timelineResponse,
} from './schemas.ts';
import * as service from './service.ts';

const calloffs = '/api/organisations/:orgId/calloffs/:calloffId';
const tenders = '/api/organisations/:orgId/tenders/:calloffId';

export async function awardRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    `${calloffs}/evaluation`,
    {
      config: { permission: 'calloffs.read' },
      schema: {
        operationId: 'calloffs.readEvaluation',
        summary:
          'The evaluation report after the opening: every bid ranked or set aside, with the award decision once made',
        params: calloffParams,
        response: { 200: evaluationResponse },
      },
    },
    async (request) => service.readEvaluation(deps, request.params.orgId, request.params.calloffId),
  );

  app.put(
    `${calloffs}/bids/:bidId/set-aside`,
    {
      config: { permission: 'calloffs.manage' },
      schema: {
        operationId: 'calloffs.setBidAside',
        summary: 'Set a bid aside with a reason (during the evaluation)',
        params: bidParams,
        body: setAsideBody,
        response: { 200: evaluationResponse },
      },
    },
    async (request) => {
      const { orgId, calloffId, bidId } = request.params;
      return service.setAside(
        deps,
        actorOf(request),
        orgId,
        { calloffId, bidId },
        request.body.reason,
      );
    },
  );

  app.delete(
    `${calloffs}/bids/:bidId/set-aside`,
    {
      config: { permission: 'calloffs.manage' },
      schema: {
        operationId: 'calloffs.removeBidSetAside',
        summary: "Take back the buyer's set-aside of a bid (during the evaluation)",
        params: bidParams,
        response: { 200: evaluationResponse },
      },
    },
    async (request) => {
      const { orgId, calloffId, bidId } = request.params;
      return service.removeSetAside(deps, actorOf(request), orgId, { calloffId, bidId });
    },
  );

  app.post(
    `${calloffs}/award`,
    {
      config: { permission: 'calloffs.manage' },
      schema: {
        operationId: 'calloffs.award',
        summary:
          'Award a ranked bid with reasons and an optional 10-day standstill; the decision goes to every bidder',
        params: calloffParams,
        body: awardBody,
        response: { 200: calloffDetail },
      },
    },
    async (request) =>
      service.award(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.calloffId,
        request.body,
      ),
  );

  app.get(
    `${calloffs}/award-decision.pdf`,
    {
      config: { permission: 'calloffs.read' },
      schema: {
        operationId: 'calloffs.decisionPdf',
        summary: 'The award decision as a PDF, in the language asked for or the caller’s',
        params: calloffParams,
        querystring: localeQuery,
        response: { 200: fileAnswer([MEDIA.pdf], 'The award decision as PDF') },
      },
    },
    async (request, reply) =>
      sendPdf(
        reply,
        await service.buyerDecisionPdf(
          deps,
          request.params.orgId,
          request.params.calloffId,
          request.query.locale ?? localeOf(request),
        ),
      ),
  );

  app.post(
    `${calloffs}/order`,
    {
      config: { permission: 'calloffs.manage' },
      schema: {
        operationId: 'calloffs.orderAwarded',
        summary: 'Make the order (avropsavtal) with the awarded supplier, after any standstill',
        params: calloffParams,
        body: orderBody,
        response: { 200: orderedResponse },
      },
    },
    async (request) =>
      service.orderAwarded(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.calloffId,
        request.body,
      ),
  );

  app.get(
    `${calloffs}/timeline`,
    {
      config: { permission: 'calloffs.read' },
      schema: {
        operationId: 'calloffs.readTimeline',
        summary:
          "The call-off's events with time and actor, oldest first; bid receipts only after the opening",
        params: calloffParams,
        response: { 200: timelineResponse },
      },
    },
    async (request) => service.timeline(deps, request.params.orgId, request.params.calloffId),
  );

  app.get(
    `${tenders}/award-decision`,
    {
      config: { permission: 'tenders.read' },
      schema: {
        operationId: 'calloffs.readBidderDecision',
        summary: 'The award decision as this bidder reads it: won or not, the winner, own rank',
        params: calloffParams,
        response: { 200: supplierDecisionResponse },
      },
    },
    async (request) =>
      service.supplierDecision(
        deps,
        request.params.orgId,
        request.params.calloffId,
        localeOf(request),
      ),
  );

  app.get(
    `${tenders}/award-decision.pdf`,
    {
      config: { permission: 'tenders.read' },
      schema: {
        operationId: 'calloffs.bidderDecisionPdf',
        summary: 'The award decision as a PDF, for a supplier that bid',
        params: calloffParams,
        querystring: localeQuery,
        response: { 200: fileAnswer([MEDIA.pdf], 'The award decision as PDF') },
      },
    },
    async (request, reply) =>
      sendPdf(
        reply,
        await service.supplierDecisionPdf(
          deps,
          request.params.orgId,
          request.params.calloffId,
          request.query.locale ?? localeOf(request),
        ),
      ),
  );
}
