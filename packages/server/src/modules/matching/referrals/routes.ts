import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { hasPermission } from '@tildel/domain/permissions';
import { actorOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { orgParams } from '../../../platform/schemas.ts';
import {
  cannotLiveWithAnswer,
  listQuery,
  orderChoiceQuery,
  orderChoices,
  patchBody,
  referralDetail,
  referralList,
  referralParams,
  sendBody,
} from './schemas.ts';
import * as service from './service.ts';

export async function referralRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/organisations/:orgId/referrals',
    {
      config: { permission: 'referrals.read' },
      schema: {
        operationId: 'matching.listReferrals',
        summary:
          "view=mine: the caller's referrals, newest first; view=queue: the matching team's queue by urgency and clock (matching.manage)",
        params: orgParams,
        querystring: listQuery,
        response: { 200: referralList },
      },
    },
    async (request) =>
      service.listReferrals(
        deps,
        actorOf(request),
        request.params.orgId,
        request.query,
        hasPermission(request.access.roles, 'matching.manage'),
      ),
  );

  app.post(
    '/api/organisations/:orgId/referrals',
    {
      config: { permission: 'referrals.send' },
      schema: {
        operationId: 'matching.sendReferral',
        summary:
          'Send a pseudonymised referral to the matching team (no personal identity numbers); starts its clock',
        params: orgParams,
        body: sendBody,
        response: { 201: referralDetail },
      },
    },
    async (request, reply) => {
      const sent = await service.sendReferral(
        deps,
        actorOf(request),
        request.params.orgId,
        request.body,
      );
      return reply.code(201).send(sent);
    },
  );

  app.get(
    '/api/organisations/:orgId/referrals/order-choices',
    {
      config: { permission: 'referrals.send' },
      schema: {
        operationId: 'matching.referralOrderChoices',
        summary:
          "For an extension or adjustment referral: the municipality's active orders whose number, supplier or offer holds q, the first few by number with the count of all",
        params: orgParams,
        querystring: orderChoiceQuery,
        response: { 200: orderChoices },
      },
    },
    async (request) => service.orderChoices(deps, request.params.orgId, request.query),
  );

  app.get(
    '/api/organisations/:orgId/referrals/:referralId',
    {
      config: { permission: 'referrals.read' },
      schema: {
        operationId: 'matching.readReferral',
        summary: 'One referral; who the person cannot live with is only flagged, never included',
        params: referralParams,
        response: { 200: referralDetail },
      },
    },
    async (request) => service.readReferral(deps, request.params.orgId, request.params.referralId),
  );

  app.get(
    '/api/organisations/:orgId/referrals/:referralId/cannot-live-with',
    {
      config: { permission: 'matching.manage' },
      schema: {
        operationId: 'matching.readCannotLiveWith',
        summary: 'Who the person cannot live with; every read is logged',
        params: referralParams,
        response: { 200: cannotLiveWithAnswer },
      },
    },
    async (request) =>
      service.readCannotLiveWith(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.referralId,
      ),
  );

  app.patch(
    '/api/organisations/:orgId/referrals/:referralId',
    {
      config: { permission: 'matching.manage' },
      schema: {
        operationId: 'matching.changeReferral',
        summary:
          'Assign the referral, move it to a later state, or withdraw it with a reason (optimistic locking by version)',
        params: referralParams,
        body: patchBody,
        response: { 200: referralDetail },
      },
    },
    async (request) =>
      service.patchReferral(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.referralId,
        request.body,
      ),
  );
}
