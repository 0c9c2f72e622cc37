import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { actorOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { exportRoute } from '../../../platform/export.ts';
import { orgParams, versionBody } from '../../../platform/schemas.ts';
import {
  calloffOptions,
  createBody,
  listQuery,
  needDetail,
  needParams,
  needList,
  updateBody,
} from './schemas.ts';
import { NEED_COLUMNS, NEED_LIST_NAME } from './export.ts';
import * as service from './service.ts';

export async function needRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/organisations/:orgId/needs',
    {
      config: { permission: 'needs.read' },
      schema: {
        operationId: 'calloffs.listNeeds',
        summary: "The municipality's needs in pages, newest first; mine=true for the caller's own",
        params: orgParams,
        querystring: listQuery,
        response: { 200: needList },
      },
    },
    async (request) =>
      service.listNeeds(deps, actorOf(request), request.params.orgId, request.query),
  );

  exportRoute(scope, deps.clock, {
    url: '/api/organisations/:orgId/needs/export',
    permission: 'needs.read',
    operationId: 'calloffs.exportNeeds',
    summary:
      'The needs as on the list (same filters and sort), every row, as CSV or XLSX; never a need’s details',
    params: orgParams,
    list: listQuery,
    name: NEED_LIST_NAME,
    columns: NEED_COLUMNS,
    rows: (params, query, { actor }) => service.needRows(deps, actor, params.orgId, query),
  });

  app.post(
    '/api/organisations/:orgId/needs',
    {
      config: { permission: 'needs.manage' },
      schema: {
        operationId: 'calloffs.createNeed',
        summary: 'Describe a need as a draft (no personal identity numbers)',
        params: orgParams,
        body: createBody,
        response: { 201: needDetail },
      },
    },
    async (request, reply) => {
      const created = await service.createNeed(
        deps,
        actorOf(request),
        request.params.orgId,
        request.body,
      );
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/organisations/:orgId/needs/:needId',
    {
      config: { permission: 'needs.read' },
      schema: {
        operationId: 'calloffs.readNeed',
        summary: 'One need; reading the free text about a person is logged',
        params: needParams,
        response: { 200: needDetail },
      },
    },
    async (request) =>
      service.readNeed(deps, actorOf(request), request.params.orgId, request.params.needId),
  );

  app.get(
    '/api/organisations/:orgId/needs/:needId/calloff-options',
    {
      config: { permission: 'needs.read' },
      schema: {
        operationId: 'calloffs.listCalloffOptions',
        summary:
          'The lots and DPS categories that fit the need, each with the procedure a call-off would follow and why',
        params: needParams,
        response: { 200: calloffOptions },
      },
    },
    async (request) => service.callOffOptions(deps, request.params.orgId, request.params.needId),
  );

  app.put(
    '/api/organisations/:orgId/needs/:needId',
    {
      config: { permission: 'needs.manage' },
      schema: {
        operationId: 'calloffs.updateNeed',
        summary: 'Change a draft (optimistic locking by version)',
        params: needParams,
        body: updateBody,
        response: { 200: needDetail },
      },
    },
    async (request) =>
      service.updateNeed(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.needId,
        request.body,
      ),
  );

  for (const step of ['submit', 'withdraw'] as const) {
    app.post(
      `/api/organisations/:orgId/needs/:needId/${step}`,
      {
        config: { permission: 'needs.manage' },
        schema: {
          operationId: step === 'submit' ? 'calloffs.submitNeed' : 'calloffs.withdrawNeed',
          summary:
            step === 'submit'
              ? 'Submit a draft to the buyers'
              : 'Withdraw a draft or submitted need',
          params: needParams,
          body: versionBody,
          response: { 200: needDetail },
        },
      },
      async (request) =>
        service.changeStatus(
          deps,
          actorOf(request),
          request.params.orgId,
          request.params.needId,
          step,
          request.body.version,
        ),
    );
  }
}
