// A throwaway PostgreSQL cluster for the tests: initdb into a temp folder, start it on a free port
// with durability switched off, stop it and delete the folder afterwards. As Vitest globalSetup of
// the server project it also migrates a template database that every worker clones
// (see worker-database.ts); the browser tests (e2e/support/server.ts) reuse startCluster/stopCluster.
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgresql://postgres@127.0.0.1:PORT, without a database name. */
    postgresBaseUrl: string;
    /** The migrated database each worker's database is cloned from. */
    postgresTemplate: string;
  }
}

export const TEMPLATE_DATABASE = 'tildel_template';

export interface Cluster {
  dir: string;
  bin: string;
  port: number;
  /** postgresql://postgres@127.0.0.1:PORT, without a database name. */
  baseUrl: string;
}

/** initdb refuses to run as root: then the cluster belongs to Debian's `postgres` user. */
const asRoot = process.getuid?.() === 0;

export function findPostgresBin(): string {
  const debian = '/usr/lib/postgresql';
  const versions = existsSync(debian)
    ? readdirSync(debian)
        .filter((version) => Number(version) >= 15)
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => join(debian, version, 'bin'))
    : [];
  const candidates = [
    process.env.PG_BIN,
    ...versions,
    ...(process.env.PATH ?? '').split(delimiter),
  ];
  const bin = candidates.find(
    (dir) => dir && ['initdb', 'pg_ctl', 'postgres'].every((p) => existsSync(join(dir, p))),
  );
  if (!bin) {
    throw new Error(
      'PostgreSQL 15 or newer was not found. Run `node scripts/bootstrap.mjs` (or set PG_BIN).',
    );
  }
  return bin;
}

/** Runs a PostgreSQL program as the cluster's owner; the error carries the program's output. */
function runAsOwner(program: string, args: string[], cwd: string): string {
  const [command, argv] = asRoot
    ? ['runuser', ['-u', 'postgres', '--', program, ...args]]
    : [program, args];
  try {
    return execFileSync(command, argv, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${program} ${args.join(' ')} failed:\n${stdout}${stderr}`, { cause: error });
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

// Clusters still running when the process exits (a crash, Ctrl-C) are stopped on the way out.
const running = new Set<Cluster>();
process.once('exit', () => running.forEach(stopClusterNow));

export async function startCluster(): Promise<Cluster> {
  const bin = findPostgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'tildel-pg-'));
  const cluster: Cluster = { dir, bin, port: 0, baseUrl: '' };
  running.add(cluster);
  const data = join(dir, 'data');
  try {
    if (asRoot) {
      const id = (flag: string) =>
        Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }));
      chownSync(dir, id('-u'), id('-g'));
    }
    runAsOwner(
      join(bin, 'initdb'),
      ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8'],
      dir,
    );
    cluster.port = await freePort();
    const settings = [
      `listen_addresses = '127.0.0.1'`,
      `port = ${cluster.port}`,
      `unix_socket_directories = '${dir}'`,
      'fsync = off',
      'synchronous_commit = off',
      'full_page_writes = off',
      'max_connections = 200',
    ];
    appendFileSync(
      join(data, 'postgresql.conf'),
      `\n# tildel test cluster\n${settings.join('\n')}\n`,
    );
    runAsOwner(
      join(bin, 'pg_ctl'),
      ['-D', data, '-l', join(dir, 'postgres.log'), '-w', '-t', '60', 'start'],
      dir,
    );
    cluster.baseUrl = `postgresql://postgres@127.0.0.1:${cluster.port}`;
    return cluster;
  } catch (error) {
    const logFile = join(dir, 'postgres.log');
    const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-4000) : '';
    stopClusterNow(cluster);
    if (!log) throw error;
    throw new Error(`${(error as Error).message}\n--- postgres.log ---\n${log}`, { cause: error });
  }
}

function stopClusterNow(cluster: Cluster): void {
  running.delete(cluster);
  const data = join(cluster.dir, 'data');
  if (existsSync(join(data, 'postmaster.pid'))) {
    try {
      runAsOwner(
        join(cluster.bin, 'pg_ctl'),
        ['-D', data, '-m', 'immediate', '-w', 'stop'],
        cluster.dir,
      );
    } catch (error) {
      console.error(error);
    }
  }
  rmSync(cluster.dir, { recursive: true, force: true });
}

/**
 * Leaves a cluster running when this process exits (the route sweep keeps its loaded market for a
 * later run); stop it with `pg_ctl -D <dir>/data stop` and delete the folder.
 */
export function keepCluster(cluster: Cluster): void {
  running.delete(cluster);
}

export async function stopCluster(cluster: Cluster): Promise<void> {
  stopClusterNow(cluster);
}

/** Drops (disconnecting its users) and creates a database, optionally cloned from a template. */
export async function recreateDatabase(
  baseUrl: string,
  name: string,
  template?: string,
): Promise<void> {
  for (const identifier of [name, template ?? name]) {
    if (!/^[a-z_][a-z0-9_]*$/.test(identifier)) throw new Error(`Bad database name: ${identifier}`);
  }
  const admin = new pg.Client({ connectionString: `${baseUrl}/postgres` });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
  } finally {
    await admin.end();
  }
}

export default async function setup({ provide }: TestProject) {
  const cluster = await startCluster();
  try {
    await recreateDatabase(cluster.baseUrl, TEMPLATE_DATABASE);
    const database = await openDatabase({ databaseUrl: `${cluster.baseUrl}/${TEMPLATE_DATABASE}` });
    try {
      await migrateToLatest(database.db);
    } finally {
      await database.close(); // a template must have no open connections to be cloned
    }
  } catch (error) {
    await stopCluster(cluster);
    throw error;
  }
  provide('postgresBaseUrl', cluster.baseUrl);
  provide('postgresTemplate', TEMPLATE_DATABASE);
  return () => stopCluster(cluster);
}
