// The organisation's sent messages as a file to download: the columns of the list, the status and
// the way it left as words. The message text stays on screen (it is one click per message there).
import type { Static } from 'typebox';
import type { TableColumn } from '../../../platform/export.ts';
import type { Texts } from '../../../platform/i18n.ts';
import type { MESSAGE_STATUSES, MESSAGE_TRANSPORTS, sentMessage } from './schemas.ts';

type MessageRow = Static<typeof sentMessage>;

export const MESSAGE_LIST_NAME: Texts = {
  sv: 'skickade-meddelanden',
  da: 'sendte-beskeder',
  en: 'sent-messages',
};

const STATUS: Record<(typeof MESSAGE_STATUSES)[number], Texts> = {
  pending: { sv: 'Väntar', da: 'Afventer', en: 'Pending' },
  sent: { sv: 'Skickat', da: 'Sendt', en: 'Sent' },
  failed: { sv: 'Misslyckades', da: 'Mislykkedes', en: 'Failed' },
};

const TRANSPORT: Record<(typeof MESSAGE_TRANSPORTS)[number], Texts> = {
  smtp: { sv: 'E-post (SMTP)', da: 'E-mail (SMTP)', en: 'Email (SMTP)' },
  kept: {
    sv: 'Sparat utan att skickas (test- och demoläge)',
    da: 'Gemt uden at blive sendt (test- og demotilstand)',
    en: 'Kept, not sent (test and demo mode)',
  },
};

const instant = (value: string | Date | null) =>
  value === null ? null : value instanceof Date ? value : new Date(value);

export const MESSAGE_COLUMNS: readonly TableColumn<MessageRow>[] = [
  { header: { sv: 'Mottagare', da: 'Modtager', en: 'To' }, value: (m) => m.to },
  { header: { sv: 'Ämne', da: 'Emne', en: 'Subject' }, value: (m) => m.subject },
  {
    header: { sv: 'Status', da: 'Status', en: 'Status' },
    value: (m, locale) => STATUS[m.status][locale],
  },
  { header: { sv: 'Skapat', da: 'Oprettet', en: 'Created' }, value: (m) => instant(m.createdAt) },
  { header: { sv: 'Skickat', da: 'Sendt', en: 'Sent' }, value: (m) => instant(m.sentAt) },
  {
    header: { sv: 'Sändningssätt', da: 'Forsendelse', en: 'Delivery' },
    value: (m, locale) => (m.transport ? TRANSPORT[m.transport][locale] : null),
  },
  {
    header: { sv: 'Senaste fel', da: 'Seneste fejl', en: 'Last error' },
    value: (m) => m.lastError,
  },
];
