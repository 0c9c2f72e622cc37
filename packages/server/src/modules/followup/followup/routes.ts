// HTTP routes of the body's follow-up: the year's plan and its progress, the risk order of the
// establishments to visit, the pre-visit checklist with the permit check, and visit records.
// :orgId is always the caller's body; everything read or changed is that body's own.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { exportRoute } from '../../../platform/export.ts';
import { attachmentDisposition } from '../../../platform/files.ts';
import { fileAnswer, orgParams } from '../../../platform/schemas.ts';
import { candidateRows, candidates } from './candidates.ts';
import { CANDIDATE_COLUMNS, CANDIDATE_LIST_NAME } from './candidates-export.ts';
import { checklist, recordPermitCheck } from './checklist.ts';
import * as plans from './plans.ts';
import * as schemas from './schemas.ts';
import { VISIT_COLUMNS, VISIT_LIST_NAME } from './visits-export.ts';
import * as visits from './visits.ts';
import { PDF_OR_PICTURE } from '../../../platform/files.ts';

const base = '/api/organisations/:orgId/followup';

export async function followupRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  // ---- the plan ---------------------------------------------------------------------------------

  app.get(
    `${base}/plans/:year`,
    {
      config: { permission: 'followup.read' },
      schema: {
        operationId: 'followup.readPlan',
        summary:
          'The year’s plan: target, planned visits and progress (done of target, pace, overdue)',
        params: schemas.yearParams,
        response: { 200: schemas.planResponse },
      },
    },
    async (request) => plans.planOfYear(deps, request.params.orgId, Number(request.params.year)),
  );

  app.put(
    `${base}/plans/:year`,
    {
      config: { permission: 'followup.manage' },
      schema: {
        operationId: 'followup.savePlan',
        summary: 'Create the year’s plan or change its target (give the version read to change it)',
        params: schemas.yearParams,
        body: schemas.planBody,
        response: { 200: schemas.planResponse },
      },
    },
    async (request) =>
      plans.savePlan(
        deps,
        actorOf(request),
        request.params.orgId,
        Number(request.params.year),
        request.body,
      ),
  );

  app.post(
    `${base}/plans/:year/visits`,
    {
      config: { permission: 'followup.manage' },
      schema: {
        operationId: 'followup.planVisit',
        summary:
          'Plan a visit to an establishment whose supplier is on one of the body’s agreements',
        params: schemas.yearParams,
        body: schemas.plannedVisitBody,
        response: { 201: schemas.plannedVisitResponse },
      },
    },
    async (request, reply) => {
      const created = await plans.addPlannedVisit(
        deps,
        actorOf(request),
        request.params.orgId,
        Number(request.params.year),
        request.body,
      );
      return reply.code(201).send(created);
    },
  );

  app.patch(
    `${base}/plans/:year/visits/:plannedVisitId`,
    {
      config: { permission: 'followup.manage' },
      schema: {
        operationId: 'followup.changePlannedVisit',
        summary: 'Move a planned visit to another date, or cancel it',
        params: schemas.plannedVisitParams,
        body: schemas.plannedVisitChangeBody,
        response: { 200: schemas.plannedVisitResponse },
      },
    },
    async (request) =>
      plans.changePlannedVisit(
        deps,
        actorOf(request),
        request.params.orgId,
        Number(request.params.year),
        request.params.plannedVisitId,
        request.body,
      ),
  );

  // ---- the risk order ---------------------------------------------------------------------------

  app.get(
    `${base}/candidates`,
    {
      config: { permission: 'followup.read' },
      schema: {
        operationId: 'followup.listCandidates',
        summary:
          'The establishments on the body’s active agreements in order of risk, with reasons, in pages',
        params: orgParams,
        querystring: schemas.candidatesQuery,
        response: { 200: schemas.candidatesResponse },
      },
    },
    async (request) => candidates(deps, request.params.orgId, request.query),
  );

  exportRoute(scope, deps.clock, {
    url: `${base}/candidates/export`,
    permission: 'followup.read',
    operationId: 'followup.exportCandidates',
    summary: 'The whole risk order of the year as on the list (same sort), as CSV or XLSX',
    params: orgParams,
    list: schemas.candidatesQuery,
    name: CANDIDATE_LIST_NAME,
    columns: CANDIDATE_COLUMNS,
    rows: (params, query) => candidateRows(deps, params.orgId, query),
  });

  // ---- before a visit ---------------------------------------------------------------------------

  app.get(
    `${base}/establishments/:establishmentId/checklist`,
    {
      config: { permission: 'followup.read' },
      schema: {
        operationId: 'followup.readChecklist',
        summary:
          'The pre-visit checklist: permit record and checks, open corrections, requirements',
        params: schemas.establishmentParams,
        response: { 200: schemas.checklistResponse },
      },
    },
    async (request) => checklist(deps, request.params.orgId, request.params.establishmentId),
  );

  app.post(
    `${base}/establishments/:establishmentId/permit-checks`,
    {
      config: { permission: 'followup.manage' },
      schema: {
        operationId: 'followup.recordPermitCheck',
        summary:
          'Mark the permit check done with what was seen (valid, changed, revoked, open case)',
        params: schemas.establishmentParams,
        body: schemas.permitCheckBody,
        response: { 201: schemas.checklistResponse },
      },
    },
    async (request, reply) => {
      const updated = await recordPermitCheck(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.establishmentId,
        request.body,
      );
      return reply.code(201).send(updated);
    },
  );

  // ---- visit records ----------------------------------------------------------------------------

  app.post(
    `${base}/visits`,
    {
      config: { permission: 'followup.manage' },
      bodyLimit: schemas.MAX_DOCUMENTS * schemas.MAX_BASE64 + 256 * 1024,
      schema: {
        operationId: 'followup.recordVisit',
        summary:
          'Record a visit: participants, findings per requirement, documents, a logbook note',
        params: orgParams,
        body: schemas.visitBody,
        response: { 201: schemas.visitDetail },
      },
    },
    async (request, reply) => {
      const created = await visits.recordVisit(
        deps,
        actorOf(request),
        request.params.orgId,
        request.body,
      );
      return reply.code(201).send(created);
    },
  );

  app.get(
    `${base}/visits`,
    {
      config: { permission: 'followup.read' },
      schema: {
        operationId: 'followup.listVisits',
        summary:
          'The body’s visit records in pages, latest first (optionally of one establishment)',
        params: orgParams,
        querystring: schemas.visitsQuery,
        response: { 200: schemas.visitList },
      },
    },
    async (request) => visits.listVisits(deps, request.params.orgId, request.query),
  );

  exportRoute(scope, deps.clock, {
    url: `${base}/visits/export`,
    permission: 'followup.read',
    operationId: 'followup.exportVisits',
    summary: 'The body’s visit records as on the list (same filter and sort), as CSV or XLSX',
    params: orgParams,
    list: schemas.visitsQuery,
    name: VISIT_LIST_NAME,
    columns: VISIT_COLUMNS,
    rows: (params, query) => visits.visitRows(deps, params.orgId, query),
  });

  app.get(
    `${base}/visits/:visitId`,
    {
      config: { permission: 'followup.read' },
      schema: {
        operationId: 'followup.readVisit',
        summary: 'A visit record with its findings, documents and what calls for correction',
        params: schemas.visitParams,
        response: { 200: schemas.visitDetail },
      },
    },
    async (request) => visits.visitDetail(deps, request.params.orgId, request.params.visitId),
  );

  app.get(
    `${base}/visits/:visitId/documents/:fileId`,
    {
      config: { permission: 'followup.read' },
      schema: {
        operationId: 'followup.visitDocument',
        summary: 'Download a document of a visit record',
        params: schemas.documentParams,
        response: {
          200: fileAnswer(PDF_OR_PICTURE.contentTypes, 'The document, as uploaded'),
        },
      },
    },
    async (request, reply) => {
      const file = await visits.visitDocument(
        deps,
        request.params.orgId,
        request.params.visitId,
        request.params.fileId,
      );
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', attachmentDisposition(file.fileName))
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );
}
