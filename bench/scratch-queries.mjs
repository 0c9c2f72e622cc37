import pg from 'pg';
import { recreateDatabase, startCluster, stopCluster } from '../packages/server/test/support/postgres-cluster.ts';
import { createOrganisation, createSession, createUser } from '../packages/server/test/support/factories.ts';
import { buildApp } from '../packages/server/src/app.ts';
import { loadConfig } from '../packages/server/src/config.ts';
import { openDatabase } from '../packages/server/src/db/database.ts';
import { migrateToLatest } from '../packages/server/src/db/migrate.ts';
import { systemClock } from '../packages/server/src/platform/clock.ts';
const cluster = await startCluster();
try {
  await recreateDatabase(cluster.baseUrl, 'tildel_q');
  const databaseUrl = `${cluster.baseUrl}/tildel_q`;
  const config = loadConfig({ DATABASE_URL: databaseUrl, PUBLIC_URL: 'http://127.0.0.1' });
  const database = await openDatabase({ databaseUrl });
  await migrateToLatest(database.db);
  const organisation = await createOrganisation(database.db, { kind: 'municipality' });
  const user = await createUser(database.db, { memberships: [{ organisationId: organisation.id, roles: ['org_admin'] }] });
  const session = await createSession(database.db, systemClock, user.id, organisation.id);
  const app = await buildApp({ config, database, logger: false, webDist: null });
  await app.ready();
  const orig = pg.Client.prototype.query;
  let log = false;
  pg.Client.prototype.query = function (...args) { if (log) console.log('QUERY', JSON.stringify(args[0]).slice(0, 300), JSON.stringify(args[1] ?? null)); return orig.apply(this, args); };
  for (const url of ['/api/me', '/api/health']) {
    log = true;
    const r = await app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
    log = false;
    console.log(url, r.statusCode, JSON.stringify(r.headers));
  }
  await app.close(); await database.close();
} finally { await stopCluster(cluster); }
