import { sql } from 'kysely';
import type { Db } from '../../../db/db.ts';

/** One round trip to the database: it answers, or this throws. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`SELECT 1`.execute(db);
}
