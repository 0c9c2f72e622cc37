import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { orgParams, pageOf } from '../../../platform/schemas.ts';
import type { NeedStatus } from '../../../db/types.ts';
import {
  calloffOptions,
  createBody,
  listQuery,
  needDetail,
  needParams,
  needSummary,
  updateBody,
  versionBody,
} from './schemas.ts';
import * as service from './service.ts';

type NeedParams = { orgId: string; needId: string };

export async function needRoutes(app: FastifyInstance, deps: Deps) {
  app.get<{
    Params: { orgId: string };
    Querystring: { status?: NeedStatus; mine: boolean; before?: string; limit: number };
  }>(
    '/api/organisations/:orgId/needs',
    {
      config: { permission: 'needs.read' },
      schema: {
        tags: ['needs'],
        summary: "The municipality's needs, newest first; mine=true for the caller's own",
        params: orgParams,
        querystring: listQuery,
        response: { 200: pageOf(needSummary) },
      },
    },
    async (request) =>
      service.listNeeds(deps, actorOf(request), request.params.orgId, request.query),
  );

  app.post<{ Params: { orgId: string }; Body: service.NeedInput }>(
    '/api/organisations/:orgId/needs',
    {
      config: { permission: 'needs.manage' },
      schema: {
        tags: ['needs'],
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

  app.get<{ Params: NeedParams }>(
    '/api/organisations/:orgId/needs/:needId',
    {
      config: { permission: 'needs.read' },
      schema: {
        tags: ['needs'],
        summary: 'One need; reading the free text about a person is logged',
        params: needParams,
        response: { 200: needDetail },
      },
    },
    async (request) =>
      service.readNeed(deps, actorOf(request), request.params.orgId, request.params.needId),
  );

  app.get<{ Params: NeedParams }>(
    '/api/organisations/:orgId/needs/:needId/calloff-options',
    {
      config: { permission: 'needs.read' },
      schema: {
        tags: ['needs'],
        summary:
          'The lots and DPS categories that fit the need, each with the procedure a call-off would follow and why',
        params: needParams,
        response: { 200: calloffOptions },
      },
    },
    async (request) => service.callOffOptions(deps, request.params.orgId, request.params.needId),
  );

  app.put<{ Params: NeedParams; Body: service.NeedInput & { version: number } }>(
    '/api/organisations/:orgId/needs/:needId',
    {
      config: { permission: 'needs.manage' },
      schema: {
        tags: ['needs'],
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
    app.post<{ Params: NeedParams; Body: { version: number } }>(
      `/api/organisations/:orgId/needs/:needId/${step}`,
      {
        config: { permission: 'needs.manage' },
        schema: {
          tags: ['needs'],
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
