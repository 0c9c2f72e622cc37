// The organisation's audit trail as a file to download: the columns of the trail. The action and
// the object's type are written as recorded (the trail's own keys, which the page also shows for
// searching; their readable names live in the web app). The before and after values stay on
// screen: they may hold what a need said.
import type { Static } from 'typebox';
import type { TableColumn } from '../../../platform/export.ts';
import type { Texts } from '../../../platform/i18n.ts';
import type { auditRecord } from './schemas.ts';

type AuditRow = Static<typeof auditRecord>;

export const AUDIT_LIST_NAME: Texts = {
  sv: 'handelselogg',
  da: 'revisionsspor',
  en: 'audit-trail',
};

const SYSTEM: Texts = { sv: 'Systemet', da: 'Systemet', en: 'The system' };

export const AUDIT_COLUMNS: readonly TableColumn<AuditRow>[] = [
  { header: { sv: 'Nr', da: 'Nr.', en: 'No.' }, value: (r) => r.seq },
  {
    header: { sv: 'Tid', da: 'Tidspunkt', en: 'Time' },
    value: (r) => (r.at instanceof Date ? r.at : new Date(r.at)),
  },
  {
    header: { sv: 'Utförd av', da: 'Udført af', en: 'By' },
    value: (r, locale) => r.actor?.name ?? SYSTEM[locale],
  },
  {
    header: { sv: 'E-postadress', da: 'E-mailadresse', en: 'Email' },
    value: (r) => r.actor?.email ?? null,
  },
  { header: { sv: 'Händelse', da: 'Hændelse', en: 'Action' }, value: (r) => r.action },
  { header: { sv: 'Objekttyp', da: 'Objekttype', en: 'Object type' }, value: (r) => r.objectType },
  { header: { sv: 'Objekt-id', da: 'Objekt-id', en: 'Object id' }, value: (r) => r.objectId },
];
