// The build as the server serves it (packages/server/src/app.ts, @fastify/static):
// - source maps are built ('hidden': no sourceMappingURL comment in the bundles) but moved out of
//   the served folder, to a sibling `<outDir>-maps/` (dist-maps/), for debugging and error reports;
// - text files are precompressed beside themselves as .br (brotli, quality 11) and .gz (gzip,
//   level 9), which the server sends when the browser accepts them (`preCompressed: true`).
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSED = /\.(js|mjs|css|html|svg|json|txt|webmanifest)$/;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Writes `<file>.br` and `<file>.gz`, each only when it is smaller than the file itself. */
async function precompress(file: string): Promise<void> {
  const raw = await readFile(file);
  const [br, gz] = await Promise.all([
    brotli(raw, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    }),
    gzipAsync(raw, { level: 9 }),
  ]);
  if (br.length < raw.length) await writeFile(`${file}.br`, br);
  if (gz.length < raw.length) await writeFile(`${file}.gz`, gz);
}

export function servedBuild(): Plugin {
  let outDir = '';
  return {
    name: 'tildel:served-build',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const mapsDir = join(dirname(outDir), `${basename(outDir)}-maps`);
      await rm(mapsDir, { recursive: true, force: true });
      const files = await filesUnder(outDir);
      for (const file of files.filter((name) => name.endsWith('.map'))) {
        const target = join(mapsDir, relative(outDir, file));
        await mkdir(dirname(target), { recursive: true });
        await rename(file, target);
      }
      const texts = files.filter((name) => COMPRESSED.test(name));
      await Promise.all(texts.map(precompress));
    },
  };
}
