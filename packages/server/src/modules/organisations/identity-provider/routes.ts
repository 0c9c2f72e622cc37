import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { actorOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { noContent, orgParams } from '../../../platform/schemas.ts';
import { identityProviderAnswer, identityProviderBody } from './schemas.ts';
import * as service from './service.ts';

export async function identityProviderRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const url = '/api/organisations/:orgId/identity-provider';

  app.get(
    url,
    {
      config: { permission: 'members.manage' },
      schema: {
        operationId: 'organisations.readIdentityProvider',
        summary: "The organisation's OpenID Connect provider for sign-in (never its secret)",
        params: orgParams,
        response: { 200: identityProviderAnswer },
      },
    },
    async (request) => service.readProvider(deps, request.params.orgId),
  );

  app.put(
    url,
    {
      config: { permission: 'members.manage' },
      schema: {
        operationId: 'organisations.saveIdentityProvider',
        summary: "Set the organisation's OpenID Connect provider and the email domains it signs in",
        params: orgParams,
        body: identityProviderBody,
        response: { 200: identityProviderAnswer },
      },
    },
    async (request) =>
      service.saveProvider(deps, actorOf(request), request.params.orgId, request.body),
  );

  app.delete(
    url,
    {
      config: { permission: 'members.manage' },
      schema: {
        operationId: 'organisations.removeIdentityProvider',
        summary: 'Stop sign-in through the organisation’s identity provider',
        params: orgParams,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      await service.removeProvider(deps, actorOf(request), request.params.orgId);
      return reply.code(204).send(null);
    },
  );
}
