import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { orgParams, pageOf } from '../../../platform/schemas.ts';
import type { CalloffProcedure, CalloffStatus } from '../../../db/types.ts';
import {
  calloffDetail,
  calloffParams,
  calloffSummary,
  cancelBody,
  createBody,
  evaluationBody,
  listQuery,
} from './schemas.ts';
import * as service from './service.ts';

type CalloffParams = { orgId: string; calloffId: string };

export async function calloffRoutes(app: FastifyInstance, deps: Deps) {
  app.get<{
    Params: { orgId: string };
    Querystring: {
      status?: CalloffStatus;
      procedure?: CalloffProcedure;
      before?: string;
      limit: number;
    };
  }>(
    '/api/organisations/:orgId/calloffs',
    {
      config: { permission: 'calloffs.read' },
      schema: {
        tags: ['calloffs'],
        summary: "The municipality's call-offs, newest first, by status and procedure",
        params: orgParams,
        querystring: listQuery,
        response: { 200: pageOf(calloffSummary) },
      },
    },
    async (request) => service.listCalloffs(deps, request.params.orgId, request.query),
  );

  app.post<{ Params: { orgId: string }; Body: service.CreateInput }>(
    '/api/organisations/:orgId/calloffs',
    {
      config: { permission: 'calloffs.manage' },
      schema: {
        tags: ['calloffs'],
        summary:
          'Start a draft call-off of a submitted need under one of its options (a lot, or a DPS category)',
        params: orgParams,
        body: createBody,
        response: { 201: calloffDetail },
      },
    },
    async (request, reply) => {
      const created = await service.createCalloff(
        deps,
        actorOf(request),
        request.params.orgId,
        request.body,
      );
      return reply.code(201).send(created);
    },
  );

  app.get<{ Params: CalloffParams }>(
    '/api/organisations/:orgId/calloffs/:calloffId',
    {
      config: { permission: 'calloffs.read' },
      schema: {
        tags: ['calloffs'],
        summary: 'One call-off: procedure and why, requirements, model and setup problems',
        params: calloffParams,
        response: { 200: calloffDetail },
      },
    },
    async (request) => service.readCalloff(deps, request.params.orgId, request.params.calloffId),
  );

  app.put<{ Params: CalloffParams; Body: service.EvaluationInput }>(
    '/api/organisations/:orgId/calloffs/:calloffId/evaluation',
    {
      config: { permission: 'calloffs.manage' },
      schema: {
        tags: ['calloffs'],
        summary: "Replace a draft's requirements and evaluation model (optimistic locking)",
        params: calloffParams,
        body: evaluationBody,
        response: { 200: calloffDetail },
      },
    },
    async (request) =>
      service.replaceEvaluation(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.calloffId,
        request.body,
      ),
  );

  app.post<{ Params: CalloffParams; Body: { version: number; reason: string } }>(
    '/api/organisations/:orgId/calloffs/:calloffId/cancel',
    {
      config: { permission: 'calloffs.manage' },
      schema: {
        tags: ['calloffs'],
        summary: 'Cancel a draft with a reason; the need goes back to submitted',
        params: calloffParams,
        body: cancelBody,
        response: { 200: calloffDetail },
      },
    },
    async (request) =>
      service.cancelCalloff(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.calloffId,
        request.body,
      ),
  );
}
