// Builds the server as `npm start` and the browser tests run it: packages/server/src/main.ts and
// everything of ours it imports (the domain too) bundled by rolldown into packages/server/build,
// with the SQL migrations beside it. Packages from node_modules stay imports.
//
// Why a build at all: Node strips the types of every .ts file it loads with a WebAssembly
// compiler that stays in the process, and keeps each file's source as text; the bundle is plain
// JavaScript without comments, in ASCII (a source string with one non-Latin-1 character, as in our Swedish and
// Danish texts, is stored at two bytes a character). Together with date-holidays' data for our
// countries only (below) that keeps some 45 MB out of the server's memory (bench/README.md,
// "XLSX export"). Tests and scripts still run the .ts files directly.
//
// Run by Node 24 (node_modules/.bin/node); about a second.
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { rolldown } from 'rolldown';
import { data as holidayData } from 'date-holidays/data';
import { COUNTRIES } from '../packages/domain/src/country.ts';
import { root } from './lib.mjs';

const server = join(root, 'packages/server');
const out = join(server, 'build');

// date-holidays bundles the rules of every country (about 200) in one module and keeps them all
// in memory; the calendar asks only for ours. The library's own data, cut to those countries.
const holidays = {};
for (const country of COUNTRIES) {
  if (!holidayData.holidays[country]) throw new Error(`date-holidays has no data for ${country}`);
  holidays[country] = holidayData.holidays[country];
}
const ourHolidays = {
  name: 'date-holidays data for our countries',
  load(id) {
    if (id.replaceAll('\\', '/').endsWith('/date-holidays/src/data.js')) {
      return `export const data = ${JSON.stringify({ ...holidayData, holidays })};`;
    }
    return null;
  },
};

const bundledPackage = (id) => id.startsWith('@tildel/') || id === 'date-holidays';

rmSync(out, { recursive: true, force: true });
const bundle = await rolldown({
  input: join(server, 'src/main.ts'),
  platform: 'node',
  // Bare imports stay imports, except our own packages and date-holidays (for its data above).
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !bundledPackage(id),
  plugins: [ourHolidays],
  logLevel: 'warn',
});
await bundle.write({ dir: out, format: 'esm', charset: 'ascii', comments: false });
await bundle.close();
// migrate.ts reads them from './migrations/' beside the module, which is now build/main.js.
cpSync(join(server, 'src/db/migrations'), join(out, 'migrations'), { recursive: true });
