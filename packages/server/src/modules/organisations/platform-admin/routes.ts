import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Deps } from '../../../platform/deps.ts';
import {
  organisationListQuery,
  platformOrganisationList,
  registerBody,
  registeredOrganisation,
} from './schemas.ts';
import * as service from './service.ts';

export async function platformRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/platform/organisations',
    {
      config: { permission: 'platform.admin' },
      schema: {
        operationId: 'organisations.listAll',
        summary: 'One page of the organisations on the platform, of a kind or matching a search',
        querystring: organisationListQuery,
        response: { 200: platformOrganisationList },
      },
    },
    async (request) => service.listOrganisations(deps, request.query),
  );

  app.post(
    '/api/platform/organisations',
    {
      config: { permission: 'platform.admin' },
      schema: {
        operationId: 'organisations.register',
        summary: 'Register an organisation and invite its first administrator',
        body: registerBody,
        response: { 201: registeredOrganisation },
      },
    },
    async (request, reply) => {
      if (!request.auth) throw new Error('route needs a session');
      const created = await service.registerOrganisation(
        deps,
        { userId: request.auth.userId, name: request.auth.name },
        request.body,
      );
      return reply.code(201).send(created);
    },
  );
}
