import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { DatabaseKind } from '../../../db/database.ts';
import type { Deps } from '../../../platform/deps.ts';
import { enumOf } from '../../../platform/schemas.ts';
import { migrationFiles } from '../../../db/migrate.ts';
import { Problem } from '../../../platform/problem.ts';
import { appliedMigrations, pingDatabase } from './repo.ts';

const DATABASE_KINDS = ['pglite', 'postgresql'] as const satisfies readonly DatabaseKind[];

const readyAnswer = Type.Object({ status: Type.Literal('ready'), migrations: Type.Integer() });

/** Ready: the database answers and has every migration this build ships; else 503 saying which. */
async function checkReady(deps: Deps): Promise<number> {
  let applied: Set<string>;
  try {
    applied = await appliedMigrations(deps.db);
  } catch {
    throw new Problem('unavailable', 'health.database_unreachable');
  }
  const shipped = migrationFiles();
  const missing = shipped.filter((name) => !applied.has(name)).length;
  if (missing > 0)
    throw new Problem('unavailable', 'health.migrations_pending', { params: { count: missing } });
  return shipped.length;
}

const healthAnswer = Type.Object({ status: Type.String(), database: enumOf(DATABASE_KINDS) });

export async function healthRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/health',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'organisations.health',
        summary: 'Liveness: the process answers and the database with it',
        response: { 200: healthAnswer },
      },
    },
    async () => {
      await pingDatabase(deps.db);
      return { status: 'ok', database: deps.databaseKind };
    },
  );

  // Readiness apart from liveness: a load balancer sends traffic only to a process whose
  // database answers and is migrated; a failing liveness check instead restarts the process.
  app.get(
    '/api/ready',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'organisations.ready',
        summary: 'Readiness: the database answers and has every migration applied (503 otherwise)',
        response: { 200: readyAnswer },
      },
    },
    async () => ({ status: 'ready' as const, migrations: await checkReady(deps) }),
  );
}
