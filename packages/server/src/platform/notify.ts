// Emails to the people of an organisation, each in its reader's language, queued in the caller's
// transaction (outbox), each with a link to the page where its reader acts. Areas describe the
// mail (message keys, parameters, instants and texts to localise); this file finds who reads it.
// Each mail names the organisation its readers act in, so a reader who is a user there also finds
// it in the in-app inbox (platform/inbox.ts).
import { sql, type Transaction } from 'kysely';
import type { DB } from '../db/types.ts';
import type { Deps } from './deps.ts';
import { t, type Locale, type MessageKey, type MessageParams } from './i18n.ts';
import { enqueueEmail } from './outbox.ts';
import type { Db } from '../db/db.ts';

export type Country = 'SE' | 'DK';

export interface Recipient {
  email: string;
  locale: Locale;
}

/** What mailing needs from the caller: a request's deps or a job's. */
export type MailDeps = Pick<Deps, 'clock' | 'config'>;

export interface Mail {
  /** The organisation whose outbox it is. */
  organisationId: string;
  /** The country whose time zone instants are shown in. */
  country: Country;
  subject: MessageKey;
  body: MessageKey;
  params: MessageParams;
  /** Instants to format in each reader's language, by parameter name. */
  instants?: Record<string, Date>;
  /** Texts to give in each reader's language, by parameter name. */
  localized?: Record<string, Record<Locale, string>>;
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

/** Members holding any of the roles, with their language. */
export function membersWithRoles(db: Db, organisationId: string, roles: readonly string[]) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.email', 'u.locale'])
    .where('m.organisation_id', '=', organisationId)
    .where(sql<boolean>`m.roles && ARRAY[${sql.join([...roles])}]::text[]`)
    .execute();
}

/** The supplier's contacts that receive notices (shared function mailboxes among them). */
export function noticeContacts(db: Db, supplierId: string) {
  return db
    .selectFrom('supplier_contacts')
    .select('email')
    .where('supplier_id', '=', supplierId)
    .where('receives_notices', '=', true)
    .where('removed_at', 'is', null)
    .execute();
}

/** The supplier's users (in their own language) and notice mailboxes (in its country's). */
export async function supplierRecipients(db: Db, supplierId: string): Promise<Recipient[]> {
  const supplier = await db
    .selectFrom('organisations')
    .select('country')
    .where('id', '=', supplierId)
    .executeTakeFirst();
  const countryLocale: Locale = supplier?.country === 'DK' ? 'da' : 'sv';
  const users = await membersWithRoles(db, supplierId, ['supplier_admin', 'supplier_user']);
  const contacts = await noticeContacts(db, supplierId);
  const byEmail = new Map<string, Recipient>();
  for (const u of users) byEmail.set(u.email.toLowerCase(), { email: u.email, locale: u.locale });
  for (const c of contacts)
    if (!byEmail.has(c.email.toLowerCase()))
      byEmail.set(c.email.toLowerCase(), { email: c.email, locale: countryLocale });
  return [...byEmail.values()];
}

/** Members of an organisation with any of the roles, in their own language. */
export async function roleRecipients(
  db: Db,
  organisationId: string,
  roles: readonly string[],
): Promise<Recipient[]> {
  const users = await membersWithRoles(db, organisationId, roles);
  return users.map((u) => ({ email: u.email, locale: u.locale }));
}

/**
 * Queues the mail to each recipient, linking to `path`, a page of the web app (e.g. `/tenders/…`),
 * opened in organisation `actsIn`: a recipient who is a user there also finds it in the in-app inbox.
 */
export async function sendMail(
  trx: Transaction<DB>,
  deps: MailDeps,
  to: readonly Recipient[],
  actsIn: string,
  path: string,
  mail: Mail,
) {
  const link = `${deps.config.publicUrl}${path}`;
  for (const recipient of to) {
    const params: MessageParams = { ...mail.params, link };
    for (const [name, at] of Object.entries(mail.instants ?? {}))
      params[name] = formatInstant(recipient.locale, mail.country, at);
    for (const [name, texts] of Object.entries(mail.localized ?? {}))
      params[name] = texts[recipient.locale];
    await enqueueEmail(trx, deps.clock, {
      organisationId: mail.organisationId,
      to: recipient.email,
      subject: t(recipient.locale, mail.subject, params),
      body: t(recipient.locale, mail.body, params),
      inbox: { organisationId: actsIn, link: path },
    });
  }
}

/** Mails a supplier's users and notice mailboxes, linking to a page of the web app. */
export async function mailSupplier(
  trx: Transaction<DB>,
  deps: MailDeps,
  supplierId: string,
  path: string,
  mail: Mail,
) {
  await sendMail(trx, deps, await supplierRecipients(trx, supplierId), supplierId, path, mail);
}

/** Mails an organisation's members with any of the roles, linking to a page of the web app. */
export async function mailRoles(
  trx: Transaction<DB>,
  deps: MailDeps,
  organisationId: string,
  roles: readonly string[],
  path: string,
  mail: Mail,
) {
  const to = await roleRecipients(trx, organisationId, roles);
  await sendMail(trx, deps, to, organisationId, path, mail);
}
