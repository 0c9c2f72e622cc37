import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { actorOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { orgParams } from '../../../platform/schemas.ts';
import {
  calloffDetail,
  calloffList,
  calloffParams,
  cancelBody,
  createBody,
  evaluationBody,
  listQuery,
} from './schemas.ts';
import * as service from './service.ts';
import { CALLOFF_COLUMNS, CALLOFF_LIST_NAME } from './export.ts';
import { exportRoute } from '../../../platform/export.ts';

export async function calloffRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/organisations/:orgId/calloffs',
    {
      config: { permission: 'calloffs.read' },
      schema: {
        operationId: 'calloffs.list',
        summary: "The municipality's call-offs, newest first, by status and procedure, in pages",
        params: orgParams,
        querystring: listQuery,
        response: { 200: calloffList },
      },
    },
    async (request) => service.listCalloffs(deps, request.params.orgId, request.query),
  );

  exportRoute(scope, deps.clock, {
    url: '/api/organisations/:orgId/calloffs/export',
    permission: 'calloffs.read',
    operationId: 'calloffs.export',
    summary: 'The call-offs as on the list (same filters and sort), every row, as CSV or XLSX',
    params: orgParams,
    list: listQuery,
    name: CALLOFF_LIST_NAME,
    columns: CALLOFF_COLUMNS,
    rows: (params, query) => service.calloffRows(deps, params.orgId, query),
  });

  app.post(
    '/api/organisations/:orgId/calloffs',
    {
      config: { permission: 'calloffs.manage' },
      schema: {
        operationId: 'calloffs.create',
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

  app.get(
    '/api/organisations/:orgId/calloffs/:calloffId',
    {
      config: { permission: 'calloffs.read' },
      schema: {
        operationId: 'calloffs.read',
        summary: 'One call-off: procedure and why, requirements, model and setup problems',
        params: calloffParams,
        response: { 200: calloffDetail },
      },
    },
    async (request) => service.readCalloff(deps, request.params.orgId, request.params.calloffId),
  );

  app.put(
    '/api/organisations/:orgId/calloffs/:calloffId/evaluation',
    {
      config: { permission: 'calloffs.manage' },
      schema: {
        operationId: 'calloffs.replaceEvaluation',
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

  app.post(
    '/api/organisations/:orgId/calloffs/:calloffId/cancel',
    {
      config: { permission: 'calloffs.manage' },
      schema: {
        operationId: 'calloffs.cancel',
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
