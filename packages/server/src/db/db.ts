// The handle a repository query runs on: the database itself or a transaction opened by a service.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from './types.ts';

export type Db = Kysely<DB> | Transaction<DB>;
