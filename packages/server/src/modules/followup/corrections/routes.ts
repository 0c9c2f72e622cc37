// HTTP routes of requests for correction. The body's officers work under /corrections, the
// supplier under /supplier-corrections (its own requests only); :orgId is always the caller's.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { actorOf, localeOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { PDF_OR_PICTURE, sendDownload, sendPdf } from '../../../platform/files.ts';
import { exportRoute } from '../../../platform/export.ts';
import { fileAnswer, localeQuery, MEDIA, orgParams } from '../../../platform/schemas.ts';
import * as schemas from './schemas.ts';
import { correctionColumns, CORRECTION_LIST_NAME } from './export.ts';
import * as service from './service.ts';
import * as supplier from './supplier-service.ts';

export async function correctionRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  // ---- the body's officers ----------------------------------------------------------------------

  app.post(
    '/api/organisations/:orgId/corrections',
    {
      config: { permission: 'followup.manage' },
      schema: {
        operationId: 'followup.createCorrection',
        summary: 'Send a request for correction to a supplier on one of the body’s agreements',
        params: orgParams,
        body: schemas.createBody,
        response: { 201: schemas.requestDetail },
      },
    },
    async (request, reply) => {
      const created = await service.createRequest(
        deps,
        actorOf(request),
        request.params.orgId,
        request.body,
        localeOf(request),
      );
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/organisations/:orgId/corrections',
    {
      config: { permission: 'followup.read' },
      schema: {
        operationId: 'followup.listCorrections',
        summary: 'The body’s requests for correction with their state (overdue included)',
        params: orgParams,
        querystring: schemas.listQuery,
        response: { 200: schemas.requestList },
      },
    },
    async (request) => service.listRequests(deps, request.params.orgId, request.query, 'body'),
  );

  exportRoute(scope, deps.clock, {
    url: '/api/organisations/:orgId/corrections/export',
    permission: 'followup.read',
    operationId: 'followup.exportCorrections',
    summary:
      'The body’s requests for correction as on the list (same filter and sort), CSV or XLSX',
    params: orgParams,
    list: schemas.listQuery,
    name: CORRECTION_LIST_NAME,
    columns: correctionColumns('body'),
    rows: (params, query) => service.requestRows(deps, params.orgId, query, 'body'),
  });

  app.get(
    '/api/organisations/:orgId/corrections/choices',
    {
      config: { permission: 'followup.manage' },
      schema: {
        operationId: 'followup.correctionChoices',
        summary:
          'The body’s agreements with their requirements (those the supplier is on, when given)',
        params: orgParams,
        querystring: schemas.choiceQuery,
        response: { 200: schemas.choices },
      },
    },
    async (request) =>
      service.choices(deps, request.params.orgId, localeOf(request), request.query),
  );

  app.get(
    '/api/organisations/:orgId/corrections/choices/suppliers',
    {
      config: { permission: 'followup.manage' },
      schema: {
        operationId: 'followup.correctionSupplierChoices',
        summary:
          'Suppliers on one of the body’s agreements whose name holds q, with their establishments, the first few in name order with the count of all',
        params: orgParams,
        querystring: schemas.supplierChoiceQuery,
        response: { 200: schemas.supplierChoices },
      },
    },
    async (request) => service.supplierChoices(deps, request.params.orgId, request.query),
  );

  app.get(
    '/api/organisations/:orgId/corrections/:requestId',
    {
      config: { permission: 'followup.read' },
      schema: {
        operationId: 'followup.readCorrection',
        summary: 'A request: the requirements concerned, the answers with evidence, the decisions',
        params: schemas.requestParams,
        response: { 200: schemas.requestDetail },
      },
    },
    async (request) =>
      service.requestDetail(
        deps,
        { body: request.params.orgId },
        request.params.requestId,
        localeOf(request),
      ),
  );

  app.post(
    '/api/organisations/:orgId/corrections/:requestId/decision',
    {
      config: { permission: 'followup.manage' },
      schema: {
        operationId: 'followup.decideCorrection',
        summary: 'Accept the answer awaiting decision, or reject it with a reason',
        params: schemas.requestParams,
        body: schemas.decisionBody,
        response: { 200: schemas.requestDetail },
      },
    },
    async (request) =>
      service.decide(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.requestId,
        request.body,
        localeOf(request),
      ),
  );

  app.get(
    '/api/organisations/:orgId/corrections/:requestId/letter.pdf',
    {
      config: { permission: 'followup.read' },
      schema: {
        operationId: 'followup.correctionLetter',
        summary: 'The letter as a PDF, in the supplier’s language unless `locale` says otherwise',
        params: schemas.requestParams,
        querystring: localeQuery,
        response: { 200: fileAnswer([MEDIA.pdf], 'The letter as PDF') },
      },
    },
    async (request, reply) =>
      sendPdf(
        reply,
        await service.letter(
          deps,
          { body: request.params.orgId },
          request.params.requestId,
          request.query.locale,
        ),
      ),
  );

  app.get(
    '/api/organisations/:orgId/corrections/:requestId/evidence/:fileId',
    {
      config: { permission: 'followup.read' },
      schema: {
        operationId: 'followup.correctionEvidence',
        summary: 'Download an evidence file of an answer',
        params: schemas.evidenceParams,
        response: {
          200: fileAnswer(PDF_OR_PICTURE.contentTypes, 'The evidence file, as uploaded'),
        },
      },
    },
    async (request, reply) =>
      sendDownload(
        reply,
        await service.evidence(
          deps,
          { body: request.params.orgId },
          request.params.requestId,
          request.params.fileId,
        ),
      ),
  );

  // ---- the supplier -----------------------------------------------------------------------------

  app.get(
    '/api/organisations/:orgId/supplier-corrections',
    {
      config: { permission: 'followup.respond' },
      schema: {
        operationId: 'followup.listSupplierCorrections',
        summary: 'Requests for correction sent to the caller’s company',
        params: orgParams,
        querystring: schemas.supplierListQuery,
        response: { 200: schemas.requestList },
      },
    },
    async (request) => service.listRequests(deps, request.params.orgId, request.query, 'supplier'),
  );

  exportRoute(scope, deps.clock, {
    url: '/api/organisations/:orgId/supplier-corrections/export',
    permission: 'followup.respond',
    operationId: 'followup.exportSupplierCorrections',
    summary: 'Requests for correction sent to the caller’s company as on the list, CSV or XLSX',
    params: orgParams,
    list: schemas.supplierListQuery,
    name: CORRECTION_LIST_NAME,
    columns: correctionColumns('supplier'),
    rows: (params, query) => service.requestRows(deps, params.orgId, query, 'supplier'),
  });

  app.get(
    '/api/organisations/:orgId/supplier-corrections/:requestId',
    {
      config: { permission: 'followup.respond' },
      schema: {
        operationId: 'followup.readSupplierCorrection',
        summary: 'One of the company’s requests for correction with its answers',
        params: schemas.requestParams,
        response: { 200: schemas.requestDetail },
      },
    },
    async (request) =>
      service.requestDetail(
        deps,
        { supplier: request.params.orgId },
        request.params.requestId,
        localeOf(request),
      ),
  );

  app.post(
    '/api/organisations/:orgId/supplier-corrections/:requestId/answer',
    {
      config: { permission: 'followup.respond' },
      bodyLimit: schemas.MAX_EVIDENCE * schemas.MAX_BASE64 + 64 * 1024,
      schema: {
        operationId: 'followup.answerCorrection',
        summary: 'Answer with an action plan and evidence (PDF, PNG or JPEG, 5 MB each, base64)',
        params: schemas.requestParams,
        body: schemas.answerBody,
        response: { 200: schemas.requestDetail },
      },
    },
    async (request) =>
      supplier.answer(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.requestId,
        request.body,
        localeOf(request),
      ),
  );

  app.get(
    '/api/organisations/:orgId/supplier-corrections/:requestId/letter.pdf',
    {
      config: { permission: 'followup.respond' },
      schema: {
        operationId: 'followup.supplierCorrectionLetter',
        summary: 'The letter of the request as a PDF, in the company’s language',
        params: schemas.requestParams,
        response: { 200: fileAnswer([MEDIA.pdf], 'The letter as PDF') },
      },
    },
    async (request, reply) =>
      sendPdf(
        reply,
        await service.letter(deps, { supplier: request.params.orgId }, request.params.requestId),
      ),
  );

  app.get(
    '/api/organisations/:orgId/supplier-corrections/:requestId/evidence/:fileId',
    {
      config: { permission: 'followup.respond' },
      schema: {
        operationId: 'followup.supplierCorrectionEvidence',
        summary: 'Download an evidence file the company gave',
        params: schemas.evidenceParams,
        response: {
          200: fileAnswer(PDF_OR_PICTURE.contentTypes, 'The evidence file, as uploaded'),
        },
      },
    },
    async (request, reply) =>
      sendDownload(
        reply,
        await service.evidence(
          deps,
          { supplier: request.params.orgId },
          request.params.requestId,
          request.params.fileId,
        ),
      ),
  );
}
