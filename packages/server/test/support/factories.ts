// Test data factories: organisations, users with memberships, and sessions, written straight to
// the database. One place, so every test builds its world the same way.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { cvrFromFirst7, organisationsnummerWithCheckDigit } from '@tildel/domain/identifiers';
import type { OrganisationKind, Role } from '@tildel/domain/permissions';
import type { DB } from '../../src/db/types.ts';
import { hashPassword } from '../../src/platform/auth/passwords.ts';
import { startSession } from '../../src/platform/auth/sessions.ts';
import type { Clock } from '../../src/platform/clock.ts';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;
// Hashing once per test file keeps argon2 (deliberately slow) out of every factory call.
const testPasswordHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

let counter = 0;
const unique = () =>
  `${Date.now().toString(36)}${(counter++).toString(36)}${Math.floor(Math.random() * 1e6)}`;

/** A valid, unique identifier for the country (check digit computed). */
export function uniqueIdentifier(country: 'SE' | 'DK'): string {
  for (;;) {
    const digits = String(Math.floor(Math.random() * 1e9)).padStart(9, '0');
    if (country === 'SE') return organisationsnummerWithCheckDigit(`559${digits.slice(0, 6)}`);
    const cvr = cvrFromFirst7(`${1 + Math.floor(Math.random() * 9)}${digits.slice(0, 6)}`);
    if (cvr) return cvr;
  }
}

export async function createOrganisation(
  db: Kysely<DB>,
  values: { kind?: OrganisationKind; name?: string; country?: 'SE' | 'DK' } = {},
) {
  const country = values.country ?? 'SE';
  return db
    .insertInto('organisations')
    .values({
      kind: values.kind ?? 'municipality',
      name: values.name ?? `Test organisation ${unique()}`,
      country,
      identifier: uniqueIdentifier(country),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function createUser(
  db: Kysely<DB>,
  values: {
    email?: string;
    name?: string;
    locale?: 'sv' | 'da' | 'en';
    platformAdmin?: boolean;
    memberships?: { organisationId: string; roles: Role[] }[];
  } = {},
) {
  const user = await db
    .insertInto('users')
    .values({
      email: values.email ?? `user-${unique()}@example.test`,
      name: values.name ?? `Test User ${unique()}`,
      locale: values.locale ?? 'en',
      password_hash: await testPasswordHash(),
      is_platform_admin: values.platformAdmin ?? false,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  for (const m of values.memberships ?? []) {
    await db
      .insertInto('memberships')
      .values({ organisation_id: m.organisationId, user_id: user.id, roles: m.roles })
      .execute();
  }
  return user;
}

/** A signed-in session without going through the (rate-limited, slow) login route. */
export async function createSession(
  db: Kysely<DB>,
  clock: Clock,
  userId: string,
  activeOrganisationId: string | null,
): Promise<{ cookie: string; csrfToken: string }> {
  const { token, sessionHash } = await db.transaction().execute((trx) =>
    startSession(
      trx,
      clock.now(),
      { idleMinutes: 30, absoluteHours: 12 },
      {
        userId,
        authMethod: 'password',
        activeOrganisationId,
      },
    ),
  );
  const row = await db
    .selectFrom('sessions')
    .select('csrf_token')
    .where('id_hash', '=', sessionHash)
    .executeTakeFirstOrThrow();
  return { cookie: `tildel_session=${token}`, csrfToken: row.csrf_token };
}

/**
 * A user with one membership and a signed-in session in that organisation: the caller of most
 * route tests.
 */
export async function createMember(
  db: Kysely<DB>,
  clock: Clock,
  organisationId: string,
  roles: Role[],
  values: { name?: string; email?: string; locale?: 'sv' | 'da' | 'en' } = {},
) {
  const user = await createUser(db, { ...values, memberships: [{ organisationId, roles }] });
  return { user, organisationId, caller: await createSession(db, clock, user.id, organisationId) };
}

export { randomUUID };
