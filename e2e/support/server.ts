// Vitest globalSetup of the browser tests: a throwaway PostgreSQL cluster, a fresh database and the
// real server (serving the built web app) as a child process, with demo data. Each server's recent
// output is kept, and printed when it dies or a test fails (server-output.ts), so that a failure
// in CI can be read from its log.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import {
  freePort,
  recreateDatabase,
  startCluster,
  stopCluster,
} from '../../packages/server/test/support/postgres-cluster.ts';
import { serverEntry, serverEnvironment, serverNodeOptions } from '../../scripts/lib.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** http://127.0.0.1:PORT of the running server, without a trailing slash. */
    baseUrl: string;
    /** postgresql://… of the throwaway cluster, for a test that starts its own server. */
    clusterUrl: string;
    /** http://127.0.0.1:PORT answering the shared server's recent output (it runs in this process). */
    serverOutputUrl: string;
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const STARTUP_TIMEOUT_MS = 60_000;
/** How much of a server's output is kept: its last hundred or so requests at the info level. */
const OUTPUT_KEPT = 48_000;

export default async function setup({ provide }: TestProject) {
  const cluster = await startCluster();
  try {
    const server = await startTildelServer(cluster.baseUrl, 'tildel_e2e');
    // The tests run in other processes: they ask for the output here when one fails.
    const outputServer = createServer((_, response) => {
      response.setHeader('content-type', 'text/plain; charset=utf-8');
      response.end(server.recentOutput());
    });
    await new Promise<void>((resolve) => outputServer.listen(0, '127.0.0.1', resolve));
    const { port } = outputServer.address() as AddressInfo;
    provide('baseUrl', server.baseUrl);
    provide('clusterUrl', cluster.baseUrl);
    provide('serverOutputUrl', `http://127.0.0.1:${port}`);
    return async () => {
      outputServer.close();
      await server.stop();
      await stopCluster(cluster);
    };
  } catch (error) {
    await stopCluster(cluster);
    throw error;
  }
}

export interface RunningServer {
  baseUrl: string;
  /** The server's last output (about OUTPUT_KEPT characters, whole lines). */
  recentOutput(): string;
  stop(): Promise<void>;
}

/** The servers this process started and has not stopped, for server-output.ts. */
export const runningServers = new Set<RunningServer>();

/** A process's stdout and stderr as they come, keeping only the last `limit` characters. */
export class RecentOutput {
  private text = '';

  constructor(process: ChildProcess, limit = OUTPUT_KEPT) {
    const collect = (chunk: Buffer) => {
      this.text += chunk.toString();
      if (this.text.length > limit) {
        const kept = this.text.slice(-limit);
        // From the first whole line on.
        this.text = kept.slice(kept.indexOf('\n') + 1);
      }
    };
    process.stdout?.on('data', collect);
    process.stderr?.on('data', collect);
  }

  toString(): string {
    return this.text;
  }
}

/** A report with the server's output under it, for the CI log. */
export function withOutput(reason: string, output: string): string {
  return `${reason}\n--- server output (the last ${output.length} characters) ---\n${output}--- end of server output ---`;
}

/**
 * The real server on a fresh database of the cluster, with demo data, as `npm start` runs it.
 * A browser test that moves the clock (CLOCK_CONTROL=true) starts its own, so the others keep
 * the real time.
 */
export async function startTildelServer(
  clusterUrl: string,
  database: string,
  env: NodeJS.ProcessEnv = {},
): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tildel-e2e-'));
  let server: ChildProcess | undefined;
  let running: RunningServer | undefined;
  let stopping = false;
  const stop = async () => {
    stopping = true;
    if (running) runningServers.delete(running);
    if (server) await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await recreateDatabase(clusterUrl, database);
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    // The bundle `npm test` built (scripts/build-server.mjs), with npm start's Node options.
    server = spawn(join(root, 'node_modules/.bin/node'), [...serverNodeOptions, serverEntry], {
      cwd: root,
      env: {
        ...serverEnvironment(withoutVitest()),
        DATABASE_URL: `${clusterUrl}/${database}`,
        DATA_DIR: dataDir,
        HOST: '127.0.0.1',
        PORT: String(port),
        PUBLIC_URL: baseUrl,
        SEED_DEMO: 'true',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = new RecentOutput(server);
    await waitForHealth(server, baseUrl, output);
    // A server that dies under the tests says why at once; the tests then fail as they may.
    server.once('close', (code, signal) => {
      if (stopping) return;
      process.stderr.write(
        `${withOutput(`The server at ${baseUrl} exited (${signal ?? `exit ${code}`}) during the tests.`, output.toString())}\n`,
      );
    });
    running = { baseUrl, recentOutput: () => output.toString(), stop };
    runningServers.add(running);
    return running;
  } catch (error) {
    await stop();
    throw error;
  }
}

/** This process's environment without what Vitest added: the server should run as under `npm start`. */
function withoutVitest(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  if (env.NODE_ENV === 'test') delete env.NODE_ENV;
  return env;
}

/** Waits until GET /api/health answers; fails with the server's output if it exits or hangs. */
export async function waitForHealth(
  server: ChildProcess,
  baseUrl: string,
  output = new RecentOutput(server),
): Promise<void> {
  let closed = false; // 'close' comes after the last output, unlike 'exit'
  server.once('close', () => (closed = true));
  const failure = (reason: string) => new Error(withOutput(reason, output.toString()));

  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (closed) {
      throw failure(
        `The server exited (${server.signalCode ?? `exit ${server.exitCode}`}) before it was ready.`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw failure(
    `The server did not answer ${baseUrl}/api/health within ${STARTUP_TIMEOUT_MS / 1000} s.`,
  );
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
