// Loads the demo world (demo-data.ts) into a new, empty database. Tests build their own data
// with the factories in test/support instead.
import type { Kysely } from 'kysely';
import { organisationsnummerWithCheckDigit } from '@tildel/domain/identifiers';
import type { DB } from '../db/types.ts';
import { appendAudit } from '../platform/audit.ts';
import { hashPassword } from '../platform/auth/passwords.ts';
import type { Clock } from '../platform/clock.ts';
import type { MasterKey } from '../platform/sealing.ts';
import { DEMO_EMAIL_DOMAIN } from '../modules/organisations/session/service.ts';
import { supplierIdentifier } from './demo-context.ts';
import { seedDemoMarket } from './demo-market.ts';
import {
  DEMO_BODY,
  DEMO_DANISH_MUNICIPALITY,
  DEMO_MEMBER_MUNICIPALITIES,
  DEMO_SUPPLIERS,
  DEMO_USERS,
  KRISTIANSTAD_IDENTIFIER,
} from './demo-data.ts';

/** The documented demo password. Demo accounts sign in only when the server runs in demo mode. */
export const DEMO_PASSWORD = 'tildel-demo-2026';

function municipalIdentifier(code: string): string {
  // Swedish municipalities have numbers of the form 212000-NNNN; these are demo values.
  return organisationsnummerWithCheckDigit(`21200${code}`.slice(0, 9));
}

export async function seedDemoIfEmpty(
  db: Kysely<DB>,
  clock: Clock,
  masterKey: MasterKey,
): Promise<{ organisations: number; users: number } | null> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction().execute(async (trx) => {
    const any = await trx.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
    if (any) return null;
    const ids: Record<string, string> = {};
    const insertOrg = async (
      key: string,
      values: {
        kind: 'procurement_body' | 'municipality' | 'supplier';
        name: string;
        country: 'SE' | 'DK';
        identifier: string;
        municipality_code?: string;
      },
    ) => {
      const row = await trx
        .insertInto('organisations')
        .values({ municipality_code: null, ...values })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids[key] = row.id;
      return row.id;
    };

    const bodyId = await insertOrg(DEMO_BODY.key, {
      kind: 'procurement_body',
      name: DEMO_BODY.name,
      country: DEMO_BODY.country,
      identifier: organisationsnummerWithCheckDigit(DEMO_BODY.first9),
    });
    for (const [name, code] of DEMO_MEMBER_MUNICIPALITIES) {
      const key = code === '1290' ? 'kristianstad' : `municipality:${code}`;
      const identifier = code === '1290' ? KRISTIANSTAD_IDENTIFIER : municipalIdentifier(code);
      const id = await insertOrg(key, {
        kind: 'municipality',
        name,
        country: 'SE',
        identifier,
        municipality_code: code,
      });
      await trx
        .insertInto('body_mandates')
        .values({ organisation_id: bodyId, municipality_id: id })
        .execute();
    }
    await insertOrg('aarhus', {
      kind: 'municipality',
      name: DEMO_DANISH_MUNICIPALITY.name,
      country: 'DK',
      identifier: DEMO_DANISH_MUNICIPALITY.cvr,
      municipality_code: DEMO_DANISH_MUNICIPALITY.code,
    });
    for (const [i, supplier] of DEMO_SUPPLIERS.entries()) {
      await insertOrg(`supplier:${i}`, {
        kind: 'supplier',
        name: supplier.name,
        country: supplier.country,
        identifier: supplierIdentifier(supplier.country, supplier.stem),
      });
    }

    const userIds: Record<string, string> = {};
    for (const user of DEMO_USERS) {
      const row = await trx
        .insertInto('users')
        .values({
          email: user.email,
          name: user.name,
          locale: user.locale,
          password_hash: passwordHash,
          is_platform_admin: user.platformAdmin ?? false,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      userIds[`user:${user.email}`] = row.id;
      for (const [key, roles] of Object.entries(user.memberships)) {
        const organisationId = ids[key];
        if (!organisationId) throw new Error(`demo data names an unknown organisation: ${key}`);
        await trx
          .insertInto('memberships')
          .values({ organisation_id: organisationId, user_id: row.id, roles })
          .execute();
      }
    }
    await seedDemoMarket({ trx, clock, masterKey, ids: { ...ids, body: bodyId, ...userIds } });
    await appendAudit(trx, clock, {
      organisationId: null,
      actorUserId: null,
      action: 'demo.seeded',
      objectType: 'platform',
      objectId: 'demo',
      after: { organisations: Object.keys(ids).length, users: DEMO_USERS.length },
    });
    return { organisations: Object.keys(ids).length, users: DEMO_USERS.length };
  });
}

/** The demo accounts present in the database, for the start banner. */
export async function demoAccounts(
  db: Kysely<DB>,
): Promise<{ email: string; description: string }[]> {
  const rows = await db
    .selectFrom('users')
    .select('email')
    .where('email', 'like', `%${DEMO_EMAIL_DOMAIN}`)
    .execute();
  const present = new Set(rows.map((r) => r.email));
  return DEMO_USERS.filter((u) => present.has(u.email)).map((u) => ({
    email: u.email,
    description: u.description,
  }));
}
