// The built web app as the server sends it: no source maps, precompressed text files, and caching
// that fits hashed asset names. Needs packages/web/dist built the current way (npm test builds it
// first; run alone, this file builds it when it is missing or was built without .br/.gz files).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
const WEB_DIST = new URL('../../web/dist/', import.meta.url).pathname;
import { loadConfig } from '../src/config.ts';
import { openTestDatabase } from './support/worker-database.ts';

if (!existsSync(join(WEB_DIST, 'index.html.br'))) {
  execFileSync('npm', ['run', 'build', '-w', '@tildel/web'], {
    cwd: fileURLToPath(new URL('../../../', import.meta.url)),
    stdio: 'inherit',
  });
}

const database = await openTestDatabase();
const config = loadConfig({ DATABASE_URL: 'postgresql://unused' });
const app = await buildApp({ config, database, webDist: WEB_DIST });
await app.ready();
afterAll(async () => {
  await app.close();
  await database.close();
});

/** Every file in the served folder, as a URL path, except the precompressed copies. */
const served = readdirSync(WEB_DIST, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && !/\.(br|gz)$/.test(entry.name))
  .map(
    (entry) => '/' + relative(WEB_DIST, join(entry.parentPath, entry.name)).replaceAll('\\', '/'),
  );
const assets = served.filter((path) => path.startsWith('/assets/'));
const entryScript = /<script[^>]*src="(\/assets\/[^"]+\.js)"/.exec(
  readFileSync(join(WEB_DIST, 'index.html'), 'utf8'),
)?.[1];
const stylesheet = assets.find((path) => path.endsWith('.css'));
const BROWSER = { 'accept-encoding': 'gzip, deflate, br, zstd' };

/** The body as the browser sees it, decompressed. */
function decoded(response: { rawPayload: Buffer; headers: Record<string, unknown> }): Buffer {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(response.rawPayload);
  if (encoding === 'gzip') return gunzipSync(response.rawPayload);
  return response.rawPayload;
}

describe('source maps', () => {
  it('the build leaves none in the served folder', () => {
    expect(assets.length).toBeGreaterThan(0);
    expect(served.filter((path) => path.endsWith('.map'))).toEqual([]);
  });

  it('no served asset is a source map or points to one', async () => {
    for (const path of assets) {
      const response = await app.inject({ method: 'GET', url: path, headers: BROWSER });
      expect(response.statusCode, path).toBe(200);
      expect(response.headers.sourcemap, path).toBeUndefined();
      expect(response.headers['x-sourcemap'], path).toBeUndefined();
      const body = decoded(response).toString('utf8');
      expect(body, path).not.toMatch(/[#@] sourceMappingURL=/);
      expect(body, path).not.toMatch(/^\s*\{\s*"version"\s*:\s*3\s*,/);
    }
  });

  it('GET /assets/<name>.map is a 404, not the web app', async () => {
    expect(entryScript).toBeDefined();
    for (const url of [`${entryScript}.map`, `${stylesheet}.map`, '/assets/index.js.map']) {
      const response = await app.inject({ method: 'GET', url, headers: BROWSER });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type'], url).not.toMatch(/text\/html/);
      expect(response.body, url).not.toContain('<div id="root">');
    }
  });
});

describe('compression', () => {
  for (const [name, path] of [
    ['the entry script', () => entryScript],
    ['the stylesheet', () => stylesheet],
    ['index.html', () => '/index.html'],
  ] as const) {
    it(`${name} is sent as brotli, gzip or plain as the browser asks`, async () => {
      const url = path();
      expect(url).toBeDefined();
      const plain = readFileSync(join(WEB_DIST, url!));
      for (const [accept, encoding] of [
        ['br', 'br'],
        ['gzip', 'gzip'],
        ['gzip, deflate, br, zstd', 'br'],
        [undefined, undefined],
        ['identity', undefined],
      ] as const) {
        const response = await app.inject({
          method: 'GET',
          url: url!,
          headers: accept ? { 'accept-encoding': accept } : {},
        });
        expect(response.statusCode, `${url} ${accept}`).toBe(200);
        expect(response.headers['content-encoding'], `${url} ${accept}`).toBe(encoding);
        expect(response.headers.vary, `${url} ${accept}`).toMatch(/accept-encoding/i);
        if (encoding) expect(response.rawPayload.length).toBeLessThan(plain.length);
        expect(decoded(response).equals(plain), `${url} ${accept}`).toBe(true);
      }
    });
  }

  it('a compressed asset keeps its own content type', async () => {
    const response = await app.inject({ method: 'GET', url: entryScript!, headers: BROWSER });
    expect(response.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
  });
});

describe('caching', () => {
  it('hashed assets are kept for a year without revalidation', async () => {
    for (const path of assets) {
      for (const headers of [BROWSER, {}]) {
        const response = await app.inject({ method: 'GET', url: path, headers });
        expect(response.headers['cache-control'], path).toBe('public, max-age=31536000, immutable');
      }
    }
  });

  it('index.html, the web app on client routes, and other files are revalidated', async () => {
    for (const url of ['/', '/login', '/admin/users?x=1', '/index.html', '/favicon.svg']) {
      for (const headers of [BROWSER, {}]) {
        const response = await app.inject({ method: 'GET', url, headers });
        expect(response.statusCode, url).toBe(200);
        expect(response.headers['cache-control'], url).toBe('no-cache');
      }
    }
  });
});
