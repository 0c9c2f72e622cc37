import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../../platform/deps.ts';
import { orgParams } from '../../../platform/schemas.ts';
import { filtersAnswer, searchAnswer, searchQuery } from './schemas.ts';
import * as service from './service.ts';

export async function catalogueRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/organisations/:orgId/catalogue',
    {
      config: { permission: 'catalogue.read' },
      schema: {
        operationId: 'matching.searchCatalogue',
        summary:
          'Search open establishments by category, target group, age, gender, place, distance, free places, permit and price',
        params: orgParams,
        querystring: searchQuery,
        response: { 200: searchAnswer },
      },
    },
    async (request) => service.search(deps, request.params.orgId, request.query),
  );

  app.get(
    '/api/organisations/:orgId/catalogue/filters',
    {
      config: { permission: 'catalogue.read' },
      schema: {
        operationId: 'matching.catalogueFilters',
        summary: 'The categories (with their procurement body) and target groups to search by',
        params: orgParams,
        response: { 200: filtersAnswer },
      },
    },
    async (request) => service.filters(deps, request.params.orgId),
  );
}
