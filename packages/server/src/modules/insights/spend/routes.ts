import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { localeOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { answerRows, exportRoute } from '../../../platform/export.ts';
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
import {
  PRICE_COLUMNS,
  PRICES_NAME,
  SPEND_NAME,
  spendColumns,
  YEARS_NAME,
  yearColumns,
} from './export.ts';

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

  // The tables under the charts as files, with the same selection and scope as the screen.
  exportRoute(scope, deps.clock, {
    url: '/api/organisations/:orgId/insights/spend/export',
    permission: 'insights.read',
    operationId: 'insights.exportSpend',
    summary: 'The spend table as on screen (same breakdown and selection), CSV or XLSX',
    params: orgParams,
    list: spendQuery,
    name: SPEND_NAME,
    columns: (query) => spendColumns(query.by),
    rows: (params, query, { locale }) =>
      answerRows(async () => (await service.spendTable(deps, params.orgId, query, locale)).rows),
  });

  exportRoute(scope, deps.clock, {
    url: '/api/organisations/:orgId/insights/spend/years/export',
    permission: 'insights.read',
    operationId: 'insights.exportSpendByYear',
    summary: 'Spend this year against last year as on screen, CSV or XLSX',
    params: orgParams,
    list: yearsQuery,
    name: YEARS_NAME,
    columns: (query) => yearColumns(query.by),
    rows: (params, query, { locale }) =>
      answerRows(async () => {
        const table = await service.yearsTable(deps, params.orgId, query, locale);
        return table.rows.map((row) => ({ ...row, year: table.year }));
      }),
  });

  exportRoute(scope, deps.clock, {
    url: '/api/organisations/:orgId/insights/prices/export',
    permission: 'insights.read',
    operationId: 'insights.exportPrices',
    summary: 'The price development table as on screen (same selection), CSV or XLSX',
    params: orgParams,
    list: pricesQuery,
    name: PRICES_NAME,
    columns: PRICE_COLUMNS,
    rows: (params, query, { locale }) =>
      answerRows(async () => (await service.pricesTable(deps, params.orgId, query, locale)).rows),
  });
}
