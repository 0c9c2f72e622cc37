// The caller's own notifications as a file to download: the columns of the inbox, read or not as
// a date.
import type { Static } from 'typebox';
import type { TableColumn } from '../../../platform/export.ts';
import type { Texts } from '../../../platform/i18n.ts';
import type { notification } from './schemas.ts';

type NotificationRow = Static<typeof notification>;

export const NOTIFICATION_LIST_NAME: Texts = {
  sv: 'notiser',
  da: 'notifikationer',
  en: 'notifications',
};

const instant = (value: string | Date | null) =>
  value === null ? null : value instanceof Date ? value : new Date(value);

export const NOTIFICATION_COLUMNS: readonly TableColumn<NotificationRow>[] = [
  { header: { sv: 'Rubrik', da: 'Overskrift', en: 'Title' }, value: (n) => n.title },
  { header: { sv: 'Tid', da: 'Tidspunkt', en: 'Time' }, value: (n) => instant(n.createdAt) },
  { header: { sv: 'Läst', da: 'Læst', en: 'Read' }, value: (n) => instant(n.readAt) },
  { header: { sv: 'Länk', da: 'Link', en: 'Link' }, value: (n) => n.link },
];
