// Installs the system programs the tests need: PostgreSQL (>= 15) for the integration tests and
// Chromium for the browser tests. As root it uses apt-get; otherwise it says what to install.
// Plain JavaScript for Node 20 too. `node scripts/bootstrap.mjs` checks both.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const isRoot = process.getuid?.() === 0;
let aptUpdated = false;

function aptInstall(packages) {
  if (!isRoot) {
    console.error(
      `Missing system packages. Please run:\n\n  sudo apt-get install ${packages.join(' ')}\n`,
    );
    process.exit(1);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => {
    console.log(`> apt-get ${args.join(' ')}`);
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed; install ${packages.join(' ')} by hand.`);
      process.exit(1);
    }
  };
  if (!aptUpdated) {
    apt(['update']);
    aptUpdated = true;
  }
  apt(['install', '-y', '--no-install-recommends', ...packages]);
}

/** The newest /usr/lib/postgresql/<version>/bin (version >= 15) with initdb, pg_ctl and postgres. */
export function findPostgres() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  return readdirSync(base)
    .filter((version) => Number(version) >= 15)
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => join(base, version, 'bin'))
    .find((bin) =>
      ['initdb', 'pg_ctl', 'postgres'].every((program) => existsSync(join(bin, program))),
    );
}

/** Returns the PostgreSQL bin folder, installing the `postgresql` package first if needed. */
export function ensurePostgres() {
  if (!findPostgres()) aptInstall(['postgresql']);
  const bin = findPostgres();
  if (!bin) {
    console.error('PostgreSQL 15 or newer is required, but /usr/lib/postgresql/*/bin has none.');
    process.exit(1);
  }
  return bin;
}

function hasFonts() {
  const hasFont = (dir) =>
    existsSync(dir) &&
    readdirSync(dir, { withFileTypes: true }).some((entry) =>
      entry.isDirectory() ? hasFont(join(dir, entry.name)) : /\.(ttf|otf|pfb)$/i.test(entry.name),
    );
  return hasFont('/usr/share/fonts');
}

/** Returns the Chromium executable, installing `chromium` (and a font if there is none) if needed. */
export function ensureChromium() {
  const chromium = '/usr/bin/chromium';
  const missing = [];
  if (!existsSync(chromium)) missing.push('chromium');
  if (!hasFonts()) missing.push('fonts-dejavu-core');
  if (missing.length > 0) aptInstall(missing);
  return chromium;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`PostgreSQL: ${ensurePostgres()}`);
  console.log(`Chromium: ${ensureChromium()}`);
}
