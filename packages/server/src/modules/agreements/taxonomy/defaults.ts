// Every procurement organisation starts with the default service categories and target groups
// of the domain taxonomy for its country (Danish service types for a Danish municipality or body);
// it can add its own beside them.
import type { Transaction } from 'kysely';
import type { Country } from '@tildel/domain/calendar';
import { defaultTaxonomy } from '@tildel/domain/taxonomy';
import type { DB } from '../../../db/types.ts';
import type { Clock } from '../../../platform/clock.ts';
import * as repo from './repo.ts';

export async function seedDefaultTaxonomy(
  trx: Transaction<DB>,
  clock: Clock,
  organisationId: string,
  country: Country,
): Promise<void> {
  const now = clock.now();
  const defaults = defaultTaxonomy(country);
  await repo.insertMissingCategories(trx, organisationId, defaults.categories, now);
  await repo.insertMissingTargetGroups(trx, organisationId, defaults.targetGroups, now);
}
