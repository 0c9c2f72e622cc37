// HTTP routes of the body's follow-up: the year's plan and its progress, the risk order of the
// establishments to visit, the pre-visit checklist with the permit check, and visit records.
// :orgId is always the caller's body; everything read or changed is that body's own.
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { attachmentDisposition } from '../../../platform/files.ts';
import { orgParams } from '../../../platform/schemas.ts';
import { candidates } from './candidates.ts';
import { checklist, recordPermitCheck, type PermitCheckInput } from './checklist.ts';
import * as plans from './plans.ts';
import * as schemas from './schemas.ts';
import * as visits from './visits.ts';

type OrgParams = { orgId: string };
type YearParams = OrgParams & { year: string };
type PlannedVisitParams = YearParams & { plannedVisitId: string };
type EstablishmentParams = OrgParams & { establishmentId: string };
type VisitParams = OrgParams & { visitId: string };
type DocumentParams = VisitParams & { fileId: string };

const tags = ['followup'];
const base = '/api/organisations/:orgId/followup';

export async function followupRoutes(app: FastifyInstance, deps: Deps) {
  // ---- the plan ---------------------------------------------------------------------------------

  app.get<{ Params: YearParams }>(
    `${base}/plans/:year`,
    {
      config: { permission: 'followup.read' },
      schema: {
        tags,
        summary:
          'The year’s plan: target, planned visits and progress (done of target, pace, overdue)',
        params: schemas.yearParams,
        response: { 200: schemas.planResponse },
      },
    },
    async (request) => plans.planOfYear(deps, request.params.orgId, Number(request.params.year)),
  );

  app.put<{ Params: YearParams; Body: plans.PlanInput }>(
    `${base}/plans/:year`,
    {
      config: { permission: 'followup.manage' },
      schema: {
        tags,
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

  app.post<{ Params: YearParams; Body: plans.NewPlannedVisit }>(
    `${base}/plans/:year/visits`,
    {
      config: { permission: 'followup.manage' },
      schema: {
        tags,
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

  app.patch<{ Params: PlannedVisitParams; Body: plans.PlannedVisitChange }>(
    `${base}/plans/:year/visits/:plannedVisitId`,
    {
      config: { permission: 'followup.manage' },
      schema: {
        tags,
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

  app.get<{ Params: OrgParams; Querystring: { year: string } }>(
    `${base}/candidates`,
    {
      config: { permission: 'followup.read' },
      schema: {
        tags,
        summary:
          'The establishments on the body’s active agreements in order of risk, with reasons',
        params: orgParams,
        querystring: schemas.candidatesQuery,
        response: { 200: schemas.candidatesResponse },
      },
    },
    async (request) => candidates(deps, request.params.orgId, Number(request.query.year)),
  );

  // ---- before a visit ---------------------------------------------------------------------------

  app.get<{ Params: EstablishmentParams }>(
    `${base}/establishments/:establishmentId/checklist`,
    {
      config: { permission: 'followup.read' },
      schema: {
        tags,
        summary:
          'The pre-visit checklist: permit record and checks, open corrections, requirements',
        params: schemas.establishmentParams,
        response: { 200: schemas.checklistResponse },
      },
    },
    async (request) => checklist(deps, request.params.orgId, request.params.establishmentId),
  );

  app.post<{ Params: EstablishmentParams; Body: PermitCheckInput }>(
    `${base}/establishments/:establishmentId/permit-checks`,
    {
      config: { permission: 'followup.manage' },
      schema: {
        tags,
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

  app.post<{ Params: OrgParams; Body: visits.VisitInput }>(
    `${base}/visits`,
    {
      config: { permission: 'followup.manage' },
      bodyLimit: schemas.MAX_DOCUMENTS * schemas.MAX_BASE64 + 256 * 1024,
      schema: {
        tags,
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

  app.get<{ Params: OrgParams; Querystring: { establishmentId?: string } }>(
    `${base}/visits`,
    {
      config: { permission: 'followup.read' },
      schema: {
        tags,
        summary: 'The body’s visit records, latest first (optionally of one establishment)',
        params: orgParams,
        querystring: schemas.visitsQuery,
        response: { 200: schemas.visitList },
      },
    },
    async (request) => visits.listVisits(deps, request.params.orgId, request.query.establishmentId),
  );

  app.get<{ Params: VisitParams }>(
    `${base}/visits/:visitId`,
    {
      config: { permission: 'followup.read' },
      schema: {
        tags,
        summary: 'A visit record with its findings, documents and what calls for correction',
        params: schemas.visitParams,
        response: { 200: schemas.visitDetail },
      },
    },
    async (request) => visits.visitDetail(deps, request.params.orgId, request.params.visitId),
  );

  app.get<{ Params: DocumentParams }>(
    `${base}/visits/:visitId/documents/:fileId`,
    {
      config: { permission: 'followup.read' },
      schema: {
        tags,
        summary: 'Download a document of a visit record',
        params: schemas.documentParams,
        response: { 200: schemas.fileResponse },
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
