import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { municipalities } from '@tildel/domain/reference/municipalities';
import { country } from '../../../platform/schemas.ts';

const municipalityQuery = Type.Object(
  { country: Type.Optional(country) },
  { additionalProperties: false },
);

const municipalityList = Type.Object({
  items: Type.Array(
    Type.Object({
      country,
      code: Type.String(),
      name: Type.String(),
      regionCode: Type.String(),
      regionName: Type.String(),
      lat: Type.Number(),
      lon: Type.Number(),
    }),
  ),
});

// Reference data ships with the code (see packages/domain/src/reference/README.md), so this
// module has no service or repository.
export async function referenceRoutes(scope: FastifyInstance) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/reference/municipalities',
    {
      config: { permission: 'authenticated' },
      schema: {
        operationId: 'organisations.listMunicipalities',
        summary:
          'Swedish and Danish municipalities with official codes, region and seat coordinates',
        querystring: municipalityQuery,
        response: { 200: municipalityList },
      },
    },
    async (request) => ({ items: [...municipalities(request.query.country)] }),
  );
}
