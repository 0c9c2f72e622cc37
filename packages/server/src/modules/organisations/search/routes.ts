import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Deps } from '../../../platform/deps.ts';
import { orgParams } from '../../../platform/schemas.ts';
import { searchAnswer, searchQuery } from './schemas.ts';
import * as service from './service.ts';

export async function searchRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/organisations/:orgId/search',
    {
      // Every member may search; each kind is searched only when the caller's roles may list it.
      config: { permission: 'organisation.read' },
      schema: {
        operationId: 'organisations.search',
        summary:
          "The caller's own needs, call-offs, tenders, orders, agreements, DPSs and suppliers by name or reference",
        params: orgParams,
        querystring: searchQuery,
        response: { 200: searchAnswer },
      },
    },
    async (request) =>
      service.search(deps, request.params.orgId, request.access.roles, request.query),
  );
}
