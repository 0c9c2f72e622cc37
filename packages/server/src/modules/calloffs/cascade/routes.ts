import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { exportRoute } from '../../../platform/export.ts';
import { calloffDetail } from '../calloffs/schemas.ts';
import {
  acceptBody,
  agreementParams,
  calloffParams,
  cascadeView,
  declineBody,
  deviationQuery,
  deviationReport,
  offerView,
  skipBody,
  startBody,
} from './schemas.ts';
import { DEVIATION_COLUMNS, DEVIATION_REPORT_NAME } from './export.ts';
import * as service from './service.ts';
import * as supplier from './supplier.ts';

export async function cascadeRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  // ---- the buyer's side ----------------------------------------------------------------------
  app.post(
    '/api/organisations/:orgId/calloffs/:calloffId/cascade',
    {
      config: { permission: 'calloffs.manage' },
      schema: {
        operationId: 'calloffs.startCascade',
        summary:
          "Start offering a draft ranking call-off down the lot's ranking, with any skips decided up front",
        params: calloffParams,
        body: startBody,
        response: { 200: calloffDetail },
      },
    },
    async (request) =>
      service.startOffering(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.calloffId,
        request.body,
      ),
  );

  app.get(
    '/api/organisations/:orgId/calloffs/:calloffId/cascade',
    {
      config: { permission: 'calloffs.read' },
      schema: {
        operationId: 'calloffs.readCascade',
        summary: "The cascade's steps, the standing offer and its deadline, and the outcome",
        params: calloffParams,
        response: { 200: cascadeView },
      },
    },
    async (request) => service.readCascade(deps, request.params.orgId, request.params.calloffId),
  );

  app.post(
    '/api/organisations/:orgId/calloffs/:calloffId/cascade/skip',
    {
      config: { permission: 'calloffs.manage' },
      schema: {
        operationId: 'calloffs.skipSupplier',
        summary: 'Skip the offered or a waiting supplier with a listed reason and free text',
        params: calloffParams,
        body: skipBody,
        response: { 200: calloffDetail },
      },
    },
    async (request) =>
      service.skipSupplier(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.calloffId,
        request.body,
      ),
  );

  app.get(
    '/api/organisations/:orgId/agreements/:agreementId/deviations',
    {
      config: { permission: 'agreements.read' },
      schema: {
        operationId: 'calloffs.listDeviations',
        summary: "Every departure from the agreement's ranking, with its reason, in pages",
        params: agreementParams,
        querystring: deviationQuery,
        response: { 200: deviationReport },
      },
    },
    async (request) =>
      service.deviationReport(
        deps,
        request.params.orgId,
        request.params.agreementId,
        request.query,
      ),
  );

  exportRoute(scope, deps.clock, {
    url: '/api/organisations/:orgId/agreements/:agreementId/deviations/export',
    permission: 'agreements.read',
    operationId: 'calloffs.exportDeviations',
    summary: "The agreement's ranking deviations as in the report (same sort), as CSV or XLSX",
    params: agreementParams,
    list: deviationQuery,
    name: DEVIATION_REPORT_NAME,
    columns: DEVIATION_COLUMNS,
    rows: (params, query) => service.deviationRows(deps, params.orgId, params.agreementId, query),
  });

  // ---- the offered supplier's side -----------------------------------------------------------
  app.get(
    '/api/organisations/:orgId/tenders/:calloffId/offer',
    {
      config: { permission: 'tenders.read' },
      schema: {
        operationId: 'calloffs.readOffer',
        summary: "The supplier's own offer of a ranking call-off: its deadline and how it ended",
        params: calloffParams,
        response: { 200: offerView },
      },
    },
    async (request) => supplier.readOffer(deps, request.params.orgId, request.params.calloffId),
  );

  app.post(
    '/api/organisations/:orgId/tenders/:calloffId/offer/accept',
    {
      config: { permission: 'tenders.respond' },
      schema: {
        operationId: 'calloffs.acceptOffer',
        summary: 'Accept the offer by its deadline; the order is made at the agreed price',
        params: calloffParams,
        body: acceptBody,
        response: { 200: offerView },
      },
    },
    async (request) =>
      supplier.answerOffer(deps, actorOf(request), request.params.orgId, request.params.calloffId, {
        answer: 'accept',
      }),
  );

  app.post(
    '/api/organisations/:orgId/tenders/:calloffId/offer/decline',
    {
      config: { permission: 'tenders.respond' },
      schema: {
        operationId: 'calloffs.declineOffer',
        summary: 'Decline the offer with a reason; it passes to the next supplier',
        params: calloffParams,
        body: declineBody,
        response: { 200: offerView },
      },
    },
    async (request) =>
      supplier.answerOffer(deps, actorOf(request), request.params.orgId, request.params.calloffId, {
        answer: 'decline',
        reason: request.body.reason,
      }),
  );
}
