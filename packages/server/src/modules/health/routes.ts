import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Deps } from '../../platform/deps.ts';

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
      await sql`SELECT 1`.execute(deps.db);
      return { status: 'ok', database: deps.databaseKind };
    },
  );
}
