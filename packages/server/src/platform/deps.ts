// What every service function gets: the database, the clock, configuration and the master key.
import type { Kysely } from 'kysely';
import type { Config } from '../config.ts';
import type { DatabaseKind } from '../db/database.ts';
import type { DB } from '../db/types.ts';
import type { Clock } from './clock.ts';
import type { MasterKey } from './sealing.ts';

export interface Deps {
  db: Kysely<DB>;
  databaseKind: DatabaseKind;
  clock: Clock;
  config: Config;
  /** The master key that wraps call-offs' data keys; read once, when first needed. */
  masterKey: () => MasterKey;
}
