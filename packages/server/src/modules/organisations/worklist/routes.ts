import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Deps } from '../../../platform/deps.ts';
import { orgParams } from '../../../platform/schemas.ts';
import { worklistAnswer } from './schemas.ts';
import * as service from './service.ts';

export async function worklistRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/organisations/:orgId/worklist',
    {
      // Every role may ask; the answer holds only the lists its roles call for.
      config: { permission: 'organisation.read' },
      schema: {
        operationId: 'organisations.readWorklist',
        summary: 'What awaits the caller in this organisation, by role',
        params: orgParams,
        response: { 200: worklistAnswer },
      },
    },
    async (request) => service.worklist(deps, request.params.orgId, request.access.roles),
  );
}
