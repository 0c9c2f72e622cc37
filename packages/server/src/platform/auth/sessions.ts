// Server-side sessions. The cookie carries a random token; the database keeps its hash, the
// user, the active organisation and the CSRF token. Idle and absolute expiry are both enforced.
// auth_method records how the session began, so an OpenID Connect login can start sessions
// through startSession() beside passwords.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { OrganisationKind, Role } from '@tildel/domain/permissions';
import { PREPARE_MARK } from '../../db/database.ts';
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

interface SessionRow {
  id_hash: string;
  csrf_token: string;
  auth_method: AuthContext['authMethod'];
  last_seen_at: Date;
  active_organisation_id: string | null;
  user_id: string;
  email: string;
  name: string;
  locale: Locale;
  is_platform_admin: boolean;
  memberships: MembershipView[] | string;
}

/** Loads a live session with its user and memberships in one query (the hot path of every request). */
export async function loadSession(
  db: Kysely<DB>,
  now: Date,
  policy: SessionPolicy,
  token: string,
): Promise<AuthContext | null> {
  const idleSince = new Date(now.getTime() - policy.idleMinutes * 60_000);
  // Prepared: planning this query took longer than running it.
  const result = await sql<SessionRow>`${sql.raw(PREPARE_MARK)}
    SELECT s.id_hash, s.csrf_token, s.auth_method, s.last_seen_at, s.active_organisation_id,
           u.id AS user_id, u.email, u.name, u.locale, u.is_platform_admin,
           (SELECT coalesce(json_agg(json_build_object(
                      'organisationId', o.id, 'name', o.name, 'kind', o.kind,
                      'country', o.country, 'roles', m.roles) ORDER BY o.name), '[]'::json)
              FROM memberships m JOIN organisations o ON o.id = m.organisation_id
             WHERE m.user_id = u.id) AS memberships
      FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.id_hash = ${tokenHash(token)}
       AND s.ended_at IS NULL
       AND s.expires_at > ${now}
       AND s.last_seen_at > ${idleSince}
       AND u.disabled_at IS NULL`.execute(db);
  const row = result.rows[0];
  if (!row) return null;
  if (now.getTime() - new Date(row.last_seen_at).getTime() > TOUCH_AFTER_MS) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: now })
      .where('id_hash', '=', row.id_hash)
      .execute();
  }
  const memberships: MembershipView[] =
    typeof row.memberships === 'string' ? JSON.parse(row.memberships) : row.memberships;
  // The active organisation must still be one the user belongs to.
  const active = memberships.some((m) => m.organisationId === row.active_organisation_id)
    ? row.active_organisation_id
    : (memberships[0]?.organisationId ?? null);
  return {
    sessionHash: row.id_hash,
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
