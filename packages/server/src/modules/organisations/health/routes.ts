import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { DatabaseKind } from '../../../db/database.ts';
import type { Deps } from '../../../platform/deps.ts';
import { enumOf } from '../../../platform/schemas.ts';
import { pingDatabase } from './repo.ts';

const DATABASE_KINDS = ['pglite', 'postgresql'] as const satisfies readonly DatabaseKind[];

const healthAnswer = Type.Object({ status: Type.String(), database: enumOf(DATABASE_KINDS) });

export async function healthRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/health',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'organisations.health',
        summary: 'Liveness and database check',
        response: { 200: healthAnswer },
      },
    },
    async () => {
      await pingDatabase(deps.db);
      return { status: 'ok', database: deps.databaseKind };
    },
  );
}
