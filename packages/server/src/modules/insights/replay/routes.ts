import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../../platform/deps.ts';
import { answerRows, exportRoute } from '../../../platform/export.ts';
import { orgParams } from '../../../platform/schemas.ts';
import { replayQuery, replayResponse } from './schemas.ts';
import * as service from './service.ts';
import { REPLAY_COLUMNS, REPLAY_NAME } from './export.ts';

export async function replayRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/organisations/:orgId/insights/replay',
    {
      config: { permission: 'insights.read' },
      schema: {
        operationId: 'insights.replay',
        summary:
          'Past call-offs evaluated again under another model: the winner it would pick and the cost difference over the expected volume, summed per agreement and year',
        params: orgParams,
        querystring: replayQuery,
        response: { 200: replayResponse },
      },
    },
    async (request) => service.replay(deps, request.params.orgId, request.query),
  );

  exportRoute(scope, deps.clock, {
    url: '/api/organisations/:orgId/insights/replay/export',
    permission: 'insights.read',
    operationId: 'insights.exportReplay',
    summary: 'The replay’s call-offs as on screen (same scope and model), CSV or XLSX',
    params: orgParams,
    list: replayQuery,
    name: REPLAY_NAME,
    columns: REPLAY_COLUMNS,
    rows: (params, query) =>
      answerRows(async () => (await service.replay(deps, params.orgId, query)).rows),
  });
}
