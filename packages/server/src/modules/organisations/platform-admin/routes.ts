import type { FastifyInstance } from 'fastify';
import { ORGANISATION_KINDS, type OrganisationKind } from '@tildel/domain/permissions';
import type { Deps } from '../../../platform/deps.ts';
import type { Locale } from '../../../platform/i18n.ts';
import { country, email, locale, storableText } from '../../../platform/schemas.ts';
import * as service from './service.ts';

const organisation = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    kind: { type: 'string' },
    name: { type: 'string' },
    country: { type: 'string' },
    identifier: { type: 'string' },
    municipalityCode: { type: ['string', 'null'] },
    memberCount: { type: 'integer' },
    createdAt: { type: 'string', format: 'date-time' },
  },
} as const;

export async function platformRoutes(app: FastifyInstance, deps: Deps) {
  app.get(
    '/api/platform/organisations',
    {
      config: { permission: 'platform.admin' },
      schema: {
        tags: ['platform'],
        summary: 'All organisations on the platform',
        response: {
          200: { type: 'object', properties: { items: { type: 'array', items: organisation } } },
        },
      },
    },
    async () => ({ items: await service.listOrganisations(deps) }),
  );

  app.post<{
    Body: {
      kind: OrganisationKind;
      name: string;
      country: 'SE' | 'DK';
      identifier: string;
      municipalityCode?: string;
      adminEmail: string;
      adminLocale: Locale;
    };
  }>(
    '/api/platform/organisations',
    {
      config: { permission: 'platform.admin' },
      schema: {
        tags: ['platform'],
        summary: 'Register an organisation and invite its first administrator',
        body: {
          type: 'object',
          required: ['kind', 'name', 'country', 'identifier', 'adminEmail', 'adminLocale'],
          additionalProperties: false,
          properties: {
            kind: { type: 'string', enum: [...ORGANISATION_KINDS] },
            name: { type: 'string', minLength: 1, maxLength: 200, pattern: storableText },
            country,
            identifier: { type: 'string', minLength: 8, maxLength: 20 },
            municipalityCode: { type: 'string', pattern: '^[0-9]{3,4}$' },
            adminEmail: email,
            adminLocale: locale,
          },
        },
        response: {
          201: {
            type: 'object',
            properties: {
              id: { type: 'string' },
              name: { type: 'string' },
              kind: { type: 'string' },
              country: { type: 'string' },
            },
          },
        },
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
