// Emails of the dps area: who reads them and where they act. Finding readers, languages and
// the outbox are shared (platform/notify.ts).
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/types.ts';
import {
  mailRoles,
  mailSupplier as mailSupplierAt,
  type Mail,
  type MailDeps,
} from '../../../platform/notify.ts';

/** A supplier answers and follows its applications on one page. */
export function mailSupplier(trx: Transaction<DB>, deps: MailDeps, supplierId: string, mail: Mail) {
  return mailSupplierAt(trx, deps, supplierId, '/company/applications', mail);
}

/** The owner's officers act on the DPS's page (its application queue). */
export function mailOfficers(
  trx: Transaction<DB>,
  deps: MailDeps,
  ownerId: string,
  dpsId: string,
  mail: Mail,
) {
  return mailRoles(trx, deps, ownerId, ['procurement_officer'], `/dps/${dpsId}`, mail);
}
