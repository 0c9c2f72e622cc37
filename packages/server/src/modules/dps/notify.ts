// Emails of the dps area, each in its reader's language, queued in the caller's transaction,
// each with a link to the page where its reader acts.
import type { Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Deps } from '../../platform/deps.ts';
import { t, type Locale, type MessageKey, type MessageParams } from '../../platform/i18n.ts';
import { enqueueEmail } from '../../platform/outbox.ts';
import * as repo from './repo.ts';

type Country = 'SE' | 'DK';

interface Recipient {
  email: string;
  locale: Locale;
}

const ZONE: Record<Country, string> = { SE: 'Europe/Stockholm', DK: 'Europe/Copenhagen' };
const TAG: Record<Locale, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };

export function formatInstant(locale: Locale, country: Country, instant: Date): string {
  return new Intl.DateTimeFormat(TAG[locale], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: ZONE[country],
  }).format(instant);
}

/** The supplier's users (in their own language) and notice mailboxes (in its country's). */
async function supplierRecipients(trx: Transaction<DB>, supplierId: string): Promise<Recipient[]> {
  const supplier = await repo.organisation(trx, supplierId);
  const countryLocale: Locale = supplier?.country === 'DK' ? 'da' : 'sv';
  const users = await repo.membersWithRoles(trx, supplierId, ['supplier_admin', 'supplier_user']);
  const contacts = await repo.noticeContacts(trx, supplierId);
  const byEmail = new Map<string, Recipient>();
  for (const u of users) byEmail.set(u.email.toLowerCase(), { email: u.email, locale: u.locale });
  for (const c of contacts)
    if (!byEmail.has(c.email.toLowerCase()))
      byEmail.set(c.email.toLowerCase(), { email: c.email, locale: countryLocale });
  return [...byEmail.values()];
}

async function officerRecipients(trx: Transaction<DB>, ownerId: string): Promise<Recipient[]> {
  const users = await repo.membersWithRoles(trx, ownerId, ['procurement_officer']);
  return users.map((u) => ({ email: u.email, locale: u.locale }));
}

/** What mailing needs from the caller: a request's deps or a job's. */
type MailDeps = Pick<Deps, 'clock' | 'config'>;

export interface DpsMail {
  /** The organisation whose outbox it is. */
  organisationId: string;
  country: Country;
  subject: MessageKey;
  body: MessageKey;
  params: MessageParams;
  /** Instants to format in each reader's language, by parameter name. */
  instants?: Record<string, Date>;
  /** Texts to give in each reader's language, by parameter name. */
  localized?: Record<string, Record<Locale, string>>;
}

async function send(
  trx: Transaction<DB>,
  clock: Clock,
  to: Recipient[],
  link: string,
  mail: DpsMail,
) {
  for (const recipient of to) {
    const params: MessageParams = { ...mail.params, link };
    for (const [name, at] of Object.entries(mail.instants ?? {}))
      params[name] = formatInstant(recipient.locale, mail.country, at);
    for (const [name, texts] of Object.entries(mail.localized ?? {}))
      params[name] = texts[recipient.locale];
    await enqueueEmail(trx, clock, {
      organisationId: mail.organisationId,
      to: recipient.email,
      subject: t(recipient.locale, mail.subject, params),
      body: t(recipient.locale, mail.body, params),
    });
  }
}

/** A supplier answers and follows its applications on one page. */
export async function mailSupplier(
  trx: Transaction<DB>,
  deps: MailDeps,
  supplierId: string,
  mail: DpsMail,
) {
  const to = await supplierRecipients(trx, supplierId);
  await send(trx, deps.clock, to, `${deps.config.publicUrl}/company/applications`, mail);
}

/** The owner's officers act on the DPS's page (its application queue). */
export async function mailOfficers(
  trx: Transaction<DB>,
  deps: MailDeps,
  ownerId: string,
  dpsId: string,
  mail: DpsMail,
) {
  const to = await officerRecipients(trx, ownerId);
  await send(trx, deps.clock, to, `${deps.config.publicUrl}/dps/${dpsId}`, mail);
}
