import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { localeOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { orgParams } from '../../../platform/schemas.ts';
import {
  pricesQuery,
  pricesTable,
  spendQuery,
  spendTable,
  yearsQuery,
  yearsTable,
} from './schemas.ts';
import * as service from './service.ts';

export async function spendRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/organisations/:orgId/insights/spend',
    {
      config: { permission: 'insights.read' },
      schema: {
        operationId: 'insights.spend',
        summary:
          'Spend from orders (committed and run-rate) by municipality, service, supplier, agreement or DPS, procedure or period, per currency',
        params: orgParams,
        querystring: spendQuery,
        response: { 200: spendTable },
      },
    },
    async (request) =>
      service.spendTable(deps, request.params.orgId, request.query, localeOf(request)),
  );

  app.get(
    '/api/organisations/:orgId/insights/spend/years',
    {
      config: { permission: 'insights.read' },
      schema: {
        operationId: 'insights.spendByYear',
        summary:
          'Spend this year against last year by service or supplier, with the change in minor units and percent',
        params: orgParams,
        querystring: yearsQuery,
        response: { 200: yearsTable },
      },
    },
    async (request) =>
      service.yearsTable(deps, request.params.orgId, request.query, localeOf(request)),
  );

  app.get(
    '/api/organisations/:orgId/insights/prices',
    {
      config: { permission: 'insights.read' },
      schema: {
        operationId: 'insights.prices',
        summary: 'Price development per service and unit: the unit prices of orders per period',
        params: orgParams,
        querystring: pricesQuery,
        response: { 200: pricesTable },
      },
    },
    async (request) =>
      service.pricesTable(deps, request.params.orgId, request.query, localeOf(request)),
  );
}
