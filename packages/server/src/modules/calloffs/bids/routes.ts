import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { actorOf, localeOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { sendPdf } from '../../../platform/files.ts';
import { fileAnswer, localeQuery, MEDIA } from '../../../platform/schemas.ts';
import { calloffDetail, calloffParams } from '../calloffs/schemas.ts';
import { bidBody, bidResult, opening, openingBody, ownBid, tenderParams } from './schemas.ts';
import * as service from './service.ts';

const tender = '/api/organisations/:orgId/tenders/:calloffId/bid';

export async function bidRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    tender,
    {
      config: { permission: 'tenders.read' },
      schema: {
        operationId: 'calloffs.readOwnBid',
        summary: "The supplier's own bid, opened for its author, with its receipt",
        params: tenderParams,
        response: { 200: ownBid },
      },
    },
    async (request) => service.readOwnBid(deps, request.params.orgId, request.params.calloffId),
  );

  app.get(
    `${tender}/receipt.pdf`,
    {
      config: { permission: 'tenders.read' },
      schema: {
        operationId: 'calloffs.ownBidReceiptPdf',
        summary: "The receipt of the supplier's own bid as a PDF, for its author only",
        params: tenderParams,
        querystring: localeQuery,
        response: { 200: fileAnswer([MEDIA.pdf], 'The bid receipt as PDF') },
      },
    },
    async (request, reply) =>
      sendPdf(
        reply,
        await service.ownBidReceipt(
          deps,
          request.params.orgId,
          request.params.calloffId,
          request.query.locale ?? localeOf(request),
        ),
      ),
  );

  app.put(
    tender,
    {
      config: { permission: 'tenders.respond' },
      schema: {
        operationId: 'calloffs.submitBid',
        summary: 'Submit or replace the sealed bid until the deadline (201 new, 200 replaced)',
        params: tenderParams,
        body: bidBody,
        response: { 200: bidResult, 201: bidResult },
      },
    },
    async (request, reply) => {
      const { replaced, bid } = await service.submitBid(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.calloffId,
        request.body,
      );
      return reply.code(replaced ? 200 : 201).send(bid);
    },
  );

  app.delete(
    tender,
    {
      config: { permission: 'tenders.respond' },
      schema: {
        operationId: 'calloffs.withdrawBid',
        summary: 'Withdraw the bid before the deadline',
        params: tenderParams,
        response: { 200: bidResult },
      },
    },
    async (request) =>
      service.withdrawBid(deps, actorOf(request), request.params.orgId, request.params.calloffId),
  );

  app.get(
    '/api/organisations/:orgId/calloffs/:calloffId/opening',
    {
      config: { permission: 'calloffs.read' },
      schema: {
        operationId: 'calloffs.readOpening',
        summary: 'When and by whom the bids were opened (nulls before the opening)',
        params: calloffParams,
        response: { 200: opening },
      },
    },
    async (request) => service.readOpening(deps, request.params.orgId, request.params.calloffId),
  );

  app.post(
    '/api/organisations/:orgId/calloffs/:calloffId/opening',
    {
      config: { permission: 'calloffs.manage' },
      schema: {
        operationId: 'calloffs.openBids',
        summary: 'Open the bids after the tender deadline (an audited event)',
        params: calloffParams,
        body: openingBody,
        response: { 200: calloffDetail },
      },
    },
    async (request) =>
      service.openBids(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.calloffId,
        request.body,
      ),
  );
}
