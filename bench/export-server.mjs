// The server of the route sweep (`bench/route-sweep.mjs`) in a process of its own, so a route
// stuck for minutes can be cut off: builds the real app on the given database, listens, tells the
// parent its address, and answers a request for its figures with its resident set (now and at its
// peak). MASTER_KEY in its environment opens the generated sealed bids. (`bench/export.mjs` runs
// the server as npm start does instead.)
import { buildApp } from '../packages/server/src/app.ts';
import { loadConfig } from '../packages/server/src/config.ts';
import { openDatabase } from '../packages/server/src/db/database.ts';

const databaseUrl = process.argv[2];
const config = loadConfig({
  DATABASE_URL: databaseUrl,
  PUBLIC_URL: 'http://127.0.0.1',
  HOST: '127.0.0.1',
  PORT: '0',
  MASTER_KEY: process.env.MASTER_KEY,
});
const database = await openDatabase({ databaseUrl });
const app = await buildApp({ config, database, logger: false, webDist: null });
const url = await app.listen({ host: '127.0.0.1', port: 0 });

const figures = () => ({
  rssMB: process.memoryUsage().rss / 1024 / 1024,
  // ru_maxrss is in kilobytes on Linux.
  peakRssMB: process.resourceUsage().maxRSS / 1024,
});
process.on('message', async (message) => {
  if (message === 'figures') process.send({ figures: figures() });
  if (message === 'stop') {
    await app.close();
    await database.close();
    process.exit(0);
  }
});
// When the parent goes (a crash, Ctrl-C), so does the server.
process.once('disconnect', () => process.exit(0));
process.send({ url, figures: figures() });
