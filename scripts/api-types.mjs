// Writes the web's API types (packages/web/src/lib/api-types.ts) from the server's OpenAPI
// document, built from the app without a database or a server (packages/server/src/cli/openapi.ts).
// `--check` writes nothing and fails when the file is stale (run by `npm run lint`).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { openapiDocument } from '../packages/server/src/cli/openapi.ts';
import { root } from './lib.mjs';

const target = join(root, 'packages/web/src/lib/api-types.ts');
const header =
  "// Generated from the server's OpenAPI document by `npm run api:types`. Do not edit.\n";
const generated = header + astToString(await openapiTS(await openapiDocument()));

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing: stale
  }
  if (current !== generated) {
    console.error(
      "packages/web/src/lib/api-types.ts is stale: the server's routes changed. Run `npm run api:types`.",
    );
    process.exit(1);
  }
} else {
  // Written aside and renamed, so a reader never sees half a file.
  writeFileSync(`${target}.tmp`, generated);
  renameSync(`${target}.tmp`, target);
}
