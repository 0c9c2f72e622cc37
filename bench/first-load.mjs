// `node bench/first-load.mjs` (also the first step of `npm run bench`): the JavaScript a browser
// loads before it can show the login page and a signed-in home page, measured from the built web
// app (packages/web/dist, built first when it is older than its sources). Prints figures only.
//
// What counts as first load: the scripts index.html references (module entry, modulepreload
// links) and every chunk they import statically, transitively; plus, per page, the chunk that holds
// each of the page's own modules (PAGES below, found through the source maps' `sources`, so it
// works however the routes are split) and its static imports. Chunks loaded only by `import()` for
// other pages are not counted. Transferred bytes are the sizes of the precompressed .gz and .br
// files the server sends (@fastify/static preCompressed); where a build has none (before they
// were made), they are computed with zlib at the same settings, and "served" says what the server
// actually sent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildWeb, root, webBuildIsStale } from '../scripts/lib.mjs';

const DIST = join(root, 'packages/web/dist');
const MAPS = join(root, 'packages/web/dist-maps');

/** Source modules each page needs besides the entry (paths as in the source maps, from src/). */
// The app starts once the user's language's shared texts are in (i18n/texts-<locale>.ts), and a
// page once its parts' texts are (lib/route-texts.ts): Swedish here.
const PAGES = {
  'login page (/login)': [
    'src/i18n/texts-sv.ts',
    'src/app/PublicLayout.tsx',
    'src/features/organisations/auth/LoginPage.tsx',
  ],
  'signed-in home page (/)': [
    'src/i18n/texts-sv.ts',
    'src/app/AppLayout.tsx',
    'src/app/home/HomePage.tsx',
    'src/features/calloffs/calloffs/i18n/sv.json',
    'src/features/calloffs/needs/i18n/sv.json',
    'src/features/calloffs/tenders/i18n/sv.json',
  ],
};

if (webBuildIsStale()) buildWeb();
if (!existsSync(MAPS) && !readdirSync(join(DIST, 'assets')).some((f) => f.endsWith('.map')))
  throw new Error('no source maps in the build: build with build.sourcemap');

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const entries = [
  ...html.matchAll(/<script[^>]*\btype="module"[^>]*\bsrc="\/([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]*\brel="modulepreload"[^>]*\bhref="\/([^"]+\.js)"/g),
].map((match) => match[1]);
if (entries.length === 0) throw new Error('index.html references no module script');

/** A chunk and the chunks it imports statically (`import … from "./x.js"`, `import "./x.js"`). */
function closure(files, into = new Set()) {
  for (const file of files) {
    if (into.has(file)) continue;
    into.add(file);
    const code = readFileSync(join(DIST, file), 'utf8');
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    const imports = [...code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)].map(
      (match) => dir + match[1],
    );
    closure(imports, into);
  }
  return into;
}

/** The built chunk whose source map lists the module (maps in dist-maps/, or beside the chunk). */
function chunkHolding(module) {
  const assets = join(DIST, 'assets');
  // A part's texts have no source of their own in the maps: their chunk is named for them.
  const part = /features\/([^/]+)\/([^/]+)\/i18n\/(\w+)\.json$/.exec(module);
  if (part) {
    const named = readdirJs(assets).find((f) => f.startsWith(`texts-${part.slice(1).join('-')}-`));
    if (named) return `assets/${named}`;
  }
  for (const file of readdirJs(assets)) {
    const map = [join(MAPS, 'assets', `${file}.map`), join(assets, `${file}.map`)].find(existsSync);
    // A facade chunk (a re-export, the bundler's runtime) has no map and no module of its own.
    if (!map) continue;
    const { sources } = JSON.parse(readFileSync(map, 'utf8'));
    if (sources.some((source) => source.endsWith(module))) return `assets/${file}`;
  }
  throw new Error(`no chunk holds ${module}`);
}

function readdirJs(folder) {
  return readdirSync(folder).filter((name) => name.endsWith('.js'));
}

function sizes(files) {
  // `sent`: what goes over the wire to a browser that accepts brotli.
  const total = { raw: 0, gzip: 0, br: 0, sent: 0, precompressed: 0 };
  for (const file of files) {
    const path = join(DIST, file);
    const raw = readFileSync(path);
    total.raw += raw.length;
    if (existsSync(`${path}.gz`) && existsSync(`${path}.br`)) {
      total.precompressed += 1;
      total.gzip += readFileSync(`${path}.gz`).length;
      total.br += readFileSync(`${path}.br`).length;
      total.sent += readFileSync(`${path}.br`).length;
    } else {
      total.sent += raw.length;
      // Not precompressed (before they were made, or too small to gain): sent as it is.
      total.gzip += gzipSync(raw, { level: 9 }).length;
      total.br += brotliCompressSync(raw, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
      }).length;
    }
  }
  return total;
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
process.stdout.write('JavaScript loaded before the page shows (packages/web/dist):\n');
for (const [page, modules] of Object.entries(PAGES)) {
  const files = closure(entries);
  closure(modules.map(chunkHolding), files);
  const total = sizes(files);
  process.stdout.write(
    `  ${page}: ${files.size} files, raw ${kB(total.raw)}, gzip ${kB(total.gzip)}, ` +
      `brotli ${kB(total.br)}; transferred ${kB(total.sent)} (${total.precompressed} files ` +
      'precompressed and sent brotli, the rest too small to gain and sent as they are)\n',
  );
}
