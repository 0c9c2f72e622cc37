import type { FastifyInstance } from 'fastify';
import { municipalities } from '@tildel/domain/reference/municipalities';
import { country } from '../../../platform/schemas.ts';

// Reference data ships with the code (see packages/domain/src/reference/README.md), so this
// module has no service or repository.
export async function referenceRoutes(app: FastifyInstance) {
  app.get<{ Querystring: { country?: 'SE' | 'DK' } }>(
    '/api/reference/municipalities',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['reference'],
        summary:
          'Swedish and Danish municipalities with official codes, region and seat coordinates',
        querystring: { type: 'object', additionalProperties: false, properties: { country } },
        response: {
          200: {
            type: 'object',
            properties: {
              items: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    country: { type: 'string' },
                    code: { type: 'string' },
                    name: { type: 'string' },
                    regionCode: { type: 'string' },
                    regionName: { type: 'string' },
                    lat: { type: 'number' },
                    lon: { type: 'number' },
                  },
                },
              },
            },
          },
        },
      },
    },
    async (request) => ({ items: municipalities(request.query.country) }),
  );
}
