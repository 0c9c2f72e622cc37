import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { orgParams } from '../../../platform/schemas.ts';
import { corridorAnswer, corridorQuery, proposalsAnswer, referralParams } from './schemas.ts';
import * as service from './service.ts';

export async function proposalsRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/organisations/:orgId/referrals/:referralId/proposals',
    {
      config: { permission: 'matching.manage' },
      schema: {
        operationId: 'matching.referralProposals',
        summary:
          'Offers proposed for a referral (best 50, with constraints passed and score parts) and the excluded offers with their reasons',
        params: referralParams,
        response: { 200: proposalsAnswer },
      },
    },
    async (request) =>
      service.proposalsFor(deps, request.params.orgId, request.params.referralId, actorOf(request)),
  );

  app.get(
    '/api/organisations/:orgId/matching/price-corridor',
    {
      config: { permission: 'matching.manage' },
      schema: {
        operationId: 'matching.priceCorridor',
        summary:
          'Lowest, quartiles, median and highest of the prices in force per service kind and unit across the body’s municipalities (no supplier named)',
        params: orgParams,
        querystring: corridorQuery,
        response: { 200: corridorAnswer },
      },
    },
    async (request) => service.priceCorridorFor(deps, request.params.orgId, request.query),
  );
}
