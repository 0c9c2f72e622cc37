import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../../platform/deps.ts';
import { pingDatabase } from './repo.ts';

export async function healthRoutes(app: FastifyInstance, deps: Deps) {
  app.get(
    '/api/health',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['platform'],
        summary: 'Liveness and database check',
        response: {
          200: {
            type: 'object',
            properties: {
              status: { type: 'string' },
              database: { type: 'string', enum: ['pglite', 'postgresql'] },
            },
          },
        },
      },
    },
    async () => {
      await pingDatabase(deps.db);
      return { status: 'ok', database: deps.databaseKind };
    },
  );
}
