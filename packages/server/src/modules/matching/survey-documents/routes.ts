import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { actorOf, localeOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { sendPdf } from '../../../platform/files.ts';
import { fileAnswer, localeQuery, MEDIA } from '../../../platform/schemas.ts';
import { recordSupervisorConsent } from './consent.ts';
import { consentAnswer, consentBody, orderParams, referralParams } from './schemas.ts';
import * as service from './service.ts';

const ORDER_DOCUMENTS = [
  {
    file: 'contract.pdf',
    operationId: 'matching.contractPdf',
    summary:
      "The contract of an order from a referral (KL's standard contract structure), in the language asked for or the caller's",
    description: 'The contract as PDF',
    make: service.contractPdf,
  },
  {
    file: 'service-specification.pdf',
    operationId: 'matching.serviceSpecificationPdf',
    summary:
      "The service specification (ydelsesspecifikation) of an order from a referral, in the language asked for or the caller's",
    description: 'The service specification as PDF',
    make: service.specificationPdf,
  },
] as const;

export async function surveyDocumentRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  // An order's two documents from a referral: the same route but for the document.
  for (const doc of ORDER_DOCUMENTS) {
    app.get(
      `/api/organisations/:orgId/orders/:orderId/${doc.file}`,
      {
        config: { permission: 'orders.read' },
        schema: {
          operationId: doc.operationId,
          summary: doc.summary,
          params: orderParams,
          querystring: localeQuery,
          response: { 200: fileAnswer([MEDIA.pdf], doc.description) },
        },
      },
      async (request, reply) =>
        sendPdf(
          reply,
          await doc.make(
            deps,
            request.params.orgId,
            request.params.orderId,
            request.query.locale ?? localeOf(request),
          ),
        ),
    );
  }

  app.get(
    '/api/organisations/:orgId/referrals/:referralId/evidence.pdf',
    {
      config: { permission: 'matching.manage' },
      schema: {
        operationId: 'matching.evidencePdf',
        summary:
          "The offer survey's evidence pack as it happened: offers considered, requests, answers, negotiation, the choice, the audit trail",
        params: referralParams,
        querystring: localeQuery,
        response: { 200: fileAnswer([MEDIA.pdf], 'The evidence pack as PDF') },
      },
    },
    async (request, reply) =>
      sendPdf(
        reply,
        await service.evidencePdf(
          deps,
          request.params.orgId,
          request.params.referralId,
          request.query.locale ?? localeOf(request),
        ),
      ),
  );

  app.post(
    '/api/organisations/:orgId/orders/:orderId/supervisor-consent',
    {
      config: { permission: 'matching.manage' },
      schema: {
        operationId: 'matching.recordSupervisorConsent',
        summary:
          "Record the supervisory authority's consent to three more weeks of an offer it has not approved (once; optimistic locking)",
        params: orderParams,
        body: consentBody,
        response: { 200: consentAnswer },
      },
    },
    async (request) =>
      recordSupervisorConsent(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.orderId,
        request.body,
      ),
  );
}
