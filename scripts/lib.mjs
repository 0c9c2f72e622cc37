// Helpers shared by start.mjs and test.mjs. Plain JavaScript that also runs on Node 20, because on a
// fresh clone these scripts run before node_modules (and with it Node 24) exists.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const node = join(root, 'node_modules/.bin/node');

/** Runs a command in the repository root with inherited stdio; exits this process if it fails. */
export function run(command, args, options = {}) {
  console.log(`> ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    console.error(
      `${command} ${args.join(' ')} failed (${result.signal ?? `exit ${result.status}`})`,
    );
    process.exit(result.status || 1);
  }
}

function mtime(path) {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

/** The newest modification time of a file or of any file below a folder (0 if it does not exist). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = stat.mtimeMs;
  for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
  return max;
}

/** `npm ci` on a fresh clone, `npm install` when package-lock.json changed since the last install. */
export function ensureDependencies() {
  const modules = join(root, 'node_modules');
  if (!existsSync(modules)) return run('npm', ['ci']);
  if (
    !existsSync(node) ||
    mtime(join(root, 'package-lock.json')) > mtime(join(modules, '.package-lock.json'))
  ) {
    run('npm', ['install']);
  }
}

/** True when packages/web/dist is missing or older than its sources (the web app bundles domain too). */
export function webBuildIsStale() {
  const built = mtime(join(root, 'packages/web/dist/index.html'));
  const sources = [
    'packages/web/src',
    'packages/web/public',
    'packages/web/index.html',
    'packages/web/vite.config.ts',
    'packages/web/package.json',
    'packages/domain/src',
  ];
  return built === 0 || sources.some((source) => newest(join(root, source)) > built);
}

export function buildWeb() {
  run('npm', ['run', 'build', '-w', '@tildel/web']);
}

/** The server as `npm start` runs it: bundled by scripts/build-server.mjs. */
export const serverEntry = join(root, 'packages/server/build/main.js');

/**
 * Node's options for the server process. A young generation of at most 2 MB per semi-space
 * (V8's default grows to 16 MB) takes some 40 MB off the idle server and keeps a burst of
 * allocation (a large download) from filling the process before a collection, for some CPU spent
 * on more frequent minor collections; 1 MB is worse (objects are promoted before they die).
 * bench/README.md ("XLSX") has the figures; docs/operations.md ("Memory") the options an operator
 * may add where memory is tighter. `--expose-gc` lets a download ask for a full collection every
 * so many rows (`EXPORT_COLLECT_EVERY` in platform/export.ts) instead of growing the process by its
 * promoted garbage.
 */
export const serverNodeOptions = ['--max-semi-space-size=2', '--expose-gc'];

/**
 * The server's environment: the operator's, where unset glibc's malloc kept to two arenas. By
 * default it gives each thread that allocates (libuv's, V8's) an arena of its own, which keeps
 * what it once held; two took 5–10 MB off the server at rest and during a large download.
 */
export function serverEnvironment(env = process.env) {
  return { MALLOC_ARENA_MAX: '2', ...env };
}

/** True when the server's build is missing or older than what goes into it. */
export function serverBuildIsStale() {
  const built = mtime(serverEntry);
  const sources = [
    'packages/server/src',
    'packages/server/package.json',
    'packages/domain/src',
    'scripts/build-server.mjs',
    'package-lock.json',
  ];
  return built === 0 || sources.some((source) => newest(join(root, source)) > built);
}

export function buildServer() {
  run(node, ['scripts/build-server.mjs']);
}
