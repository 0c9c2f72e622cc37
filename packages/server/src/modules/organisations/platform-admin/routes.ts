import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Deps } from '../../../platform/deps.ts';
import { exportRoute } from '../../../platform/export.ts';
import { REGISTER_COLUMNS, REGISTER_NAME } from './export.ts';
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

  exportRoute(scope, deps.clock, {
    url: '/api/platform/organisations/export',
    permission: 'platform.admin',
    operationId: 'organisations.exportAll',
    summary:
      'The organisations on the platform as on the register (same filter and sort), CSV or XLSX',
    params: Type.Object({}),
    list: organisationListQuery,
    name: REGISTER_NAME,
    columns: REGISTER_COLUMNS,
    rows: (_params, query) => service.organisationRows(deps, query),
  });

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
