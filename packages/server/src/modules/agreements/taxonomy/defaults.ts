// Every procurement organisation starts with the default service categories and target groups
// of the domain taxonomy; it can add its own beside them.
import type { Transaction } from 'kysely';
import { DEFAULT_CATEGORIES, DEFAULT_TARGET_GROUPS } from '@tildel/domain/taxonomy';
import type { DB } from '../../../db/types.ts';
import type { Clock } from '../../../platform/clock.ts';
import * as repo from './repo.ts';

export async function seedDefaultTaxonomy(
  trx: Transaction<DB>,
  clock: Clock,
  organisationId: string,
): Promise<void> {
  const now = clock.now();
  await repo.insertMissingCategories(trx, organisationId, DEFAULT_CATEGORIES, now);
  await repo.insertMissingTargetGroups(trx, organisationId, DEFAULT_TARGET_GROUPS, now);
}
