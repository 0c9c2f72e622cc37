// `node bench/views-at-scale.mjs`: times, without HTTP, the two views the route sweep found
// slowest for their own work — statistics' lead times and a framework agreement's OCDS release
// and record packages — on the national market (packages/server/src/seed/national.ts) at
// BENCH_SCALE (default 0.1; the agreement's 2 900 lots and 23 200 places stay at every scale).
// Per view and caller (the national body, Kristianstad): BENCH_RUNS calls (default 5), min,
// median and max; the answer's size. Prints figures; times nothing against a target.
import { createHash, randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import {
  recreateDatabase,
  startCluster,
  stopCluster,
} from '../packages/server/test/support/postgres-cluster.ts';
import { openDatabase } from '../packages/server/src/db/database.ts';
import { migrateToLatest } from '../packages/server/src/db/migrate.ts';
import { systemClock } from '../packages/server/src/platform/clock.ts';
import { masterKey } from '../packages/server/src/platform/sealing.ts';
import { seedNationalMarket } from '../packages/server/src/seed/national.ts';
import { needToOrder } from '../packages/server/src/modules/insights/statistics/lead-times.ts';
import { ocdsPackage } from '../packages/server/src/modules/insights/ocds/service.ts';
import { insightScopeOf } from '../packages/server/src/modules/insights/scope-repo.ts';

const SCALE = Number(process.env.BENCH_SCALE ?? 0.1);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

async function time(name, fn) {
  const ms = [];
  let answer;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    answer = JSON.stringify(await fn());
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  const sha = createHash('sha1').update(answer).digest('hex').slice(0, 12);
  process.stdout.write(
    `${name}: min ${ms[0].toFixed(0)} ms, median ${ms[Math.floor(RUNS / 2)].toFixed(0)} ms, ` +
      `max ${ms.at(-1).toFixed(0)} ms (${RUNS} runs; answer ${answer.length} characters, sha1 ${sha})\n`,
  );
}

const cluster = await startCluster();
try {
  await recreateDatabase(cluster.baseUrl, 'tildel_bench_views');
  const database = await openDatabase({ databaseUrl: `${cluster.baseUrl}/tildel_bench_views` });
  try {
    const db = database.db;
    await migrateToLatest(db);
    const loadStart = performance.now();
    const market = await seedNationalMarket(db, systemClock, {
      scale: SCALE,
      masterKey: masterKey(randomBytes(32)),
    });
    const seconds = ((performance.now() - loadStart) / 1000).toFixed(0);
    process.stdout.write(
      `National market at scale ${SCALE} in ${seconds} s: ${market.counts.orders} orders\n`,
    );
    const deps = {
      db,
      databaseKind: 'postgres',
      clock: systemClock,
      config: { ocdsPrefix: 'ocds-bench' },
      masterKey: () => {
        throw new Error('no sealed data is read');
      },
    };
    const agreement = await db
      .selectFrom('framework_agreements')
      .select('id')
      .where('organisation_id', '=', market.bodyId)
      .executeTakeFirstOrThrow();
    const callers = { body: market.bodyId, municipality: market.municipalityId };
    for (const [who, orgId] of Object.entries(callers)) {
      const viewer = await insightScopeOf(db, orgId);
      await time(`lead-times as ${who}`, () => needToOrder(deps, viewer, {}));
      for (const shape of ['releases', 'record']) {
        await time(`ocds agreement ${shape} as ${who}`, () =>
          ocdsPackage(deps, orgId, 'agreements', agreement.id, shape, 'https://example.org/ocds'),
        );
      }
    }
  } finally {
    await database.close();
  }
} finally {
  await stopCluster(cluster);
}
