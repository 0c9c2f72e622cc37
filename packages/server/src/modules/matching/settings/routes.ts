import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { orgParams } from '../../../platform/schemas.ts';
import { settings, settingsBody } from './schemas.ts';
import * as service from './service.ts';

export async function settingsRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/organisations/:orgId/matching/settings',
    {
      config: { permission: 'matching.configure' },
      schema: {
        operationId: 'matching.getSettings',
        summary: 'How matching works here: freshness limit, offers outside agreements, weights',
        params: orgParams,
        response: { 200: settings },
      },
    },
    async (request) => service.getSettings(deps, request.params.orgId),
  );

  app.put(
    '/api/organisations/:orgId/matching/settings',
    {
      config: { permission: 'matching.configure' },
      schema: {
        operationId: 'matching.putSettings',
        summary:
          'Set the freshness limit, offers outside agreements and the weights (null: defaults)',
        params: orgParams,
        body: settingsBody,
        response: { 200: settings },
      },
    },
    async (request) =>
      service.putSettings(deps, actorOf(request), request.params.orgId, request.body),
  );
}
