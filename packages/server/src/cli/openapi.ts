// Prints the OpenAPI document of the app without a database or a listening server: the app is
// built on a Kysely driver that never connects (no route runs), and asked for its document.
// `npm run api:types` turns it into the web's types (packages/web/src/lib/api-types.ts).
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
} from 'kysely';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import type { DB } from '../db/types.ts';

export async function openapiDocument(): Promise<unknown> {
  const db = new Kysely<DB>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
  const config = loadConfig({
    DATABASE_URL: 'postgresql://unused',
    PUBLIC_URL: 'http://localhost',
  });
  const app = await buildApp({
    config,
    database: { db, kind: 'postgresql', poolUse: () => null, close: () => db.destroy() },
    webDist: null,
  });
  await app.ready();
  const document = app.swagger();
  await app.close();
  return document;
}

if (import.meta.main) process.stdout.write(`${JSON.stringify(await openapiDocument(), null, 2)}\n`);
