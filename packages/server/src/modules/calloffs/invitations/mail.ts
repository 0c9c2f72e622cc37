// Emails of the invitations area: everything goes to every invited supplier, each reader in its
// language, linking to the tender page where it acts. The asker of a question is never named.
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { mailSupplier, type MailDeps } from '../../../platform/notify.ts';
import type { MessageKey, MessageParams } from '../../../platform/i18n.ts';
import { countryOf } from './invitees.ts';
import type { CalloffTerms } from './repo.ts';

export interface InvitationMail {
  subject: MessageKey;
  body: MessageKey;
  params?: MessageParams;
  deadline: Date;
}

/** Mails each supplier about the call-off (its buyer, title and deadline are always given). */
export async function mailInvited(
  trx: Transaction<DB>,
  deps: MailDeps,
  terms: CalloffTerms,
  supplierIds: readonly string[],
  mail: InvitationMail,
) {
  for (const supplierId of supplierIds)
    await mailSupplier(trx, deps, supplierId, `/tenders/${terms.id}`, {
      organisationId: terms.organisationId,
      country: countryOf(terms),
      subject: mail.subject,
      body: mail.body,
      params: { buyer: terms.buyerName, title: terms.title, ...mail.params },
      instants: { deadline: mail.deadline },
    });
}
