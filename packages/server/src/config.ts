// Environment → typed configuration, validated once at start so a typo fails loudly.
import { randomBytes } from 'node:crypto';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string;
  /** undefined: no SMTP server, mails are kept and shown on the "Sent messages" page. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Secret for keyed hashes of tokens; random per start when not set (sessions still live in the DB). */
  sessionSecret: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Demo mode: demo accounts with a documented password may sign in. */
  demoMode: boolean;
  /** Load demo data into a new, empty database. */
  seedDemo: boolean;
  /** Send the Secure cookie attribute (set when served over TLS, directly or behind a proxy). */
  secureCookies: boolean;
  trustProxy: boolean;
  workerIntervalMs: number;
  logLevel: string;
  /**
   * MASTER_KEY: wraps each call-off's data key for sealed bids. Undefined when not set; then
   * `masterKeyFor` (platform/sealing.ts) generates one in the data dir in demo mode, or refuses.
   */
  masterKey: Buffer | undefined;
  /**
   * CLOCK_CONTROL: a platform admin may move the server's clock forward (POST /api/platform/clock),
   * so a demonstration or browser test can pass a tender deadline. Demo mode only.
   */
  clockControl: boolean;
  /** DB_POOL_SIZE: connections to a PostgreSQL server per process (PGlite is one session). */
  dbPoolSize: number;
  /** STATEMENT_TIMEOUT_MS: PostgreSQL cancels a statement running longer; 0 turns it off. */
  statementTimeoutMs: number;
  /** METRICS_PORT: also serve /metrics without sign-in on this port (a private network only). */
  metricsPort: number | undefined;
  /** RETENTION_YEARS: a closed need's free text about the person is purged this long after. */
  retentionYears: number;
  /**
   * OCDS_PREFIX: the ocid prefix registered with the Open Contracting Partnership ("ocds-" and six
   * characters); every OCDS package's ocids start with it.
   */
  ocdsPrefix: string;
  /**
   * SUPERVISOR_EMAIL_DK / SUPERVISOR_EMAIL_SE: where the supervisory authority (Socialtilsyn,
   * IVO) is told that a municipality uses an offer it has not approved. Undefined: not told
   * (the orders wait, and are told once an address is set). Demo mode defaults to demo addresses.
   */
  supervisorEmails: Readonly<Record<'SE' | 'DK', string | undefined>>;
}

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min)
    throw new ConfigError(`${name} must be an integer ≥ ${min}, got "${raw}"`);
  return n;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw)) return true;
  if (['false', '0', 'no'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

/** A 256-bit key written as standard base64 (what `openssl rand -base64 32` prints). */
function key256(env: NodeJS.ProcessEnv, name: string): Buffer | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  // Node decodes base64 leniently, so the exact form is checked: 32 bytes are 43 chars and '='.
  if (!/^[A-Za-z0-9+/]{43}=$/.test(raw.trim()))
    throw new ConfigError(`${name} must be 32 bytes in base64 (openssl rand -base64 32)`);
  return Buffer.from(raw.trim(), 'base64');
}

/** An ocid prefix as the Open Contracting Partnership registers them: "ocds-" and six characters. */
function ocdsPrefix(env: NodeJS.ProcessEnv): string {
  const raw = env.OCDS_PREFIX || 'ocds-tildel';
  if (!/^ocds-[a-z0-9]{6}$/.test(raw))
    throw new ConfigError(`OCDS_PREFIX must be "ocds-" and six letters or digits, got "${raw}"`);
  return raw;
}

/** An address for the supervisory authority's notices; a demo address in demo mode. */
function supervisorEmail(
  env: NodeJS.ProcessEnv,
  name: string,
  demo: boolean,
  demoAddress: string,
): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return demo ? demoAddress : undefined;
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(raw))
    throw new ConfigError(`${name} must be an email address, got "${raw}"`);
  return raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = integer(env, 'PORT', 8080, 0);
  const publicUrl = (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/$/, '');
  try {
    new URL(publicUrl);
  } catch {
    throw new ConfigError(`PUBLIC_URL must be an absolute URL, got "${publicUrl}"`);
  }
  const smtpUrl = env.SMTP_URL || undefined;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) {
    throw new ConfigError(`SMTP_URL must start with smtp:// or smtps://, got "${smtpUrl}"`);
  }
  const databaseUrl = env.DATABASE_URL || undefined;
  const embedded = !databaseUrl;
  const clockControl = flag(env, 'CLOCK_CONTROL', false);
  const demo = flag(env, 'DEMO_MODE', flag(env, 'SEED_DEMO', embedded));
  if (clockControl && !flag(env, 'DEMO_MODE', flag(env, 'SEED_DEMO', embedded)))
    throw new ConfigError('CLOCK_CONTROL is only allowed in demo mode');
  return {
    port,
    host: env.HOST || '0.0.0.0',
    dataDir: env.DATA_DIR || './data',
    databaseUrl,
    publicUrl,
    smtpUrl,
    mailFrom: env.MAIL_FROM || 'Tildel <no-reply@tildel.local>',
    sessionSecret: env.SESSION_SECRET || randomBytes(32).toString('hex'),
    sessionIdleMinutes: integer(env, 'SESSION_IDLE_MINUTES', 30),
    sessionAbsoluteHours: integer(env, 'SESSION_ABSOLUTE_HOURS', 12),
    // The embedded database is the demo set-up; a server database runs without demo data and
    // demo accounts unless asked for. Loading demo data turns demo sign-in on by default.
    demoMode: flag(env, 'DEMO_MODE', flag(env, 'SEED_DEMO', embedded)),
    seedDemo: flag(env, 'SEED_DEMO', embedded),
    secureCookies: flag(env, 'SECURE_COOKIES', publicUrl.startsWith('https://')),
    trustProxy: flag(env, 'TRUST_PROXY', false),
    workerIntervalMs: integer(env, 'WORKER_INTERVAL_MS', 2000),
    logLevel: env.LOG_LEVEL || 'info',
    masterKey: key256(env, 'MASTER_KEY'),
    clockControl,
    dbPoolSize: integer(env, 'DB_POOL_SIZE', 10),
    statementTimeoutMs: integer(env, 'STATEMENT_TIMEOUT_MS', 30_000, 0),
    metricsPort: env.METRICS_PORT ? integer(env, 'METRICS_PORT', 0, 1) : undefined,
    retentionYears: integer(env, 'RETENTION_YEARS', 2),
    ocdsPrefix: ocdsPrefix(env),
    supervisorEmails: {
      DK: supervisorEmail(env, 'SUPERVISOR_EMAIL_DK', demo, 'socialtilsyn@demo.tildel.se'),
      SE: supervisorEmail(env, 'SUPERVISOR_EMAIL_SE', demo, 'ivo@demo.tildel.se'),
    },
  };
}
