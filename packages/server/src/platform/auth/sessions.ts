// Server-side sessions. The cookie carries a random token; the database keeps its hash, the
// user, the active organisation and the CSRF token. Idle and absolute expiry are both enforced.
// auth_method records how the session began, so an OpenID Connect login can start sessions
// through startSession() beside passwords.
import type { Kysely, Transaction } from 'kysely';
import type { OrganisationKind, Role } from '@tildel/domain/permissions';
import { batchedRead } from '../../db/prepared.ts';
import type { DB } from '../../db/types.ts';
import type { Locale } from '../i18n.ts';
import { newToken, tokenHash } from './tokens.ts';

export const SESSION_COOKIE = 'tildel_session';
// last_seen_at is written at most this often, so reads stay reads.
const TOUCH_AFTER_MS = 60_000;

export interface MembershipView {
  organisationId: string;
  name: string;
  kind: OrganisationKind;
  country: 'SE' | 'DK';
  roles: Role[];
}

export interface AuthContext {
  sessionHash: string;
  csrfToken: string;
  authMethod: 'password' | 'invitation' | 'oidc';
  userId: string;
  email: string;
  name: string;
  locale: Locale;
  isPlatformAdmin: boolean;
  activeOrganisationId: string | null;
  memberships: MembershipView[];
}

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export async function startSession(
  trx: Transaction<DB>,
  now: Date,
  policy: SessionPolicy,
  init: {
    userId: string;
    authMethod: AuthContext['authMethod'];
    activeOrganisationId: string | null;
    userAgent?: string | undefined;
    address?: string | undefined;
  },
): Promise<{ token: string; sessionHash: string }> {
  const token = newToken();
  const sessionHash = tokenHash(token);
  await trx
    .insertInto('sessions')
    .values({
      id_hash: sessionHash,
      user_id: init.userId,
      active_organisation_id: init.activeOrganisationId,
      auth_method: init.authMethod,
      csrf_token: newToken(),
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + policy.absoluteHours * 3600_000),
      user_agent: init.userAgent?.slice(0, 300) ?? null,
      address: init.address ?? null,
    })
    .execute();
  return { token, sessionHash };
}

/**
 * One row per membership (in no particular order); a user without any has one row
 * whose membership columns are all null (organisation_id tells). Only what the request needs
 * comes back: the session's hash is the one just computed, and of last_seen_at only whether it
 * is old enough to be written again (no timestamp to parse into a Date).
 */
interface SessionRow {
  csrf_token: string;
  auth_method: AuthContext['authMethod'];
  touch: boolean;
  active_organisation_id: string | null;
  user_id: string;
  email: string;
  name: string;
  locale: Locale;
  is_platform_admin: boolean;
  organisation_id: string | null;
  organisation_name: string;
  organisation_kind: OrganisationKind;
  organisation_country: 'SE' | 'DK';
  roles: Role[];
}

// Prepared (db/prepared.ts): planning this query took longer than running it. The text is a
// constant, sent as it is (no query building per request); $1 is the token's hash, $2 now, $3
// the idle limit and $4 the time before which last_seen_at is written again, all as ISO strings.
// Lookups of requests waiting for a connection at the same time go in one batch (batchedRead):
// each still runs when PostgreSQL reaches it, after its request came, nothing is kept.
const sessionRows = batchedRead<SessionRow>(`
    SELECT s.csrf_token, s.auth_method, s.last_seen_at < $4 AS touch, s.active_organisation_id,
           u.id AS user_id, u.email, u.name, u.locale, u.is_platform_admin,
           o.id AS organisation_id, o.name AS organisation_name, o.kind AS organisation_kind,
           o.country AS organisation_country, m.roles
      FROM sessions s
      JOIN users u ON u.id = s.user_id
      LEFT JOIN (memberships m JOIN organisations o ON o.id = m.organisation_id)
        ON m.user_id = u.id
     WHERE s.id_hash = $1
       AND s.ended_at IS NULL
       AND s.expires_at > $2
       AND s.last_seen_at > $3
       AND u.disabled_at IS NULL`);

// The memberships are put in order by name here, in Swedish alphabetical order as the other
// name lists (å, ä, ö last), rather than by ORDER BY: the Sort node cost PostgreSQL some 10 µs
// of CPU per request, for a list that is most often one organisation long.
const byName = new Intl.Collator('sv').compare;

/**
 * Loads a live session with its user and memberships in one query (the hot path of every
 * request). It runs as a named prepared statement (db/prepared.ts), so PostgreSQL does not plan
 * it anew each time, and reads the memberships as plain joined rows (no correlated subquery or
 * JSON building in the database): the text never varies, only its parameters.
 */
export async function loadSession(
  db: Kysely<DB>,
  now: Date,
  policy: SessionPolicy,
  token: string,
): Promise<AuthContext | null> {
  const at = now.getTime();
  const sessionHash = tokenHash(token);
  const rows = await sessionRows(db, [
    sessionHash,
    now.toISOString(),
    new Date(at - policy.idleMinutes * 60_000).toISOString(),
    new Date(at - TOUCH_AFTER_MS).toISOString(),
  ]);
  const row = rows[0];
  if (!row) return null;
  if (row.touch) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: now })
      .where('id_hash', '=', sessionHash)
      .execute();
  }
  const memberships: MembershipView[] = [];
  for (const m of rows) {
    if (m.organisation_id === null) continue; // the user belongs to no organisation
    memberships.push({
      organisationId: m.organisation_id,
      name: m.organisation_name,
      kind: m.organisation_kind,
      country: m.organisation_country,
      roles: m.roles,
    });
  }
  if (memberships.length > 1) memberships.sort((a, b) => byName(a.name, b.name));
  // The active organisation must still be one the user belongs to.
  const active = memberships.some((m) => m.organisationId === row.active_organisation_id)
    ? row.active_organisation_id
    : (memberships[0]?.organisationId ?? null);
  return {
    sessionHash,
    csrfToken: row.csrf_token,
    authMethod: row.auth_method,
    userId: row.user_id,
    email: row.email,
    name: row.name,
    locale: row.locale,
    isPlatformAdmin: row.is_platform_admin,
    activeOrganisationId: active,
    memberships,
  };
}

export async function endSession(
  trx: Transaction<DB>,
  now: Date,
  sessionHash: string,
): Promise<void> {
  await trx
    .updateTable('sessions')
    .set({ ended_at: now })
    .where('id_hash', '=', sessionHash)
    .execute();
}

/** Sessions ended or expired more than a day ago are deleted; nothing refers to them. */
export async function purgeOldSessions(db: Kysely<DB>, now: Date): Promise<void> {
  const before = new Date(now.getTime() - 24 * 3600_000);
  await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('ended_at', '<', before), eb('expires_at', '<', before)]))
    .execute();
}
