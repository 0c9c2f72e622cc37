// A supplier's compliance documents as a file to download: the list of them, not their files. The
// kind as a word (the server's own kind texts) and where each stands on the day of the download.
import type { Static } from 'typebox';
import { daysUntilExpiry } from '@tildel/domain/document-expiry';
import type { TableColumn } from '../../../platform/export.ts';
import { t, type Texts } from '../../../platform/i18n.ts';
import type { document } from './schemas.ts';

type DocumentRow = Static<typeof document>;
type Standing = 'replaced' | 'no_expiry' | 'expired' | 'valid';
export type DocumentExportRow = DocumentRow & { standing: Standing };

export const DOCUMENT_LIST_NAME: Texts = { sv: 'dokument', da: 'dokumenter', en: 'documents' };

/** Replaced by a newer one, or else by its validity on `today` (the list's badges). */
export function standingOf(row: DocumentRow, today: string): Standing {
  if (row.replacedAt) return 'replaced';
  if (!row.validUntil) return 'no_expiry';
  return daysUntilExpiry(row.validUntil, today) < 0 ? 'expired' : 'valid';
}

const STANDING: Record<Standing, Texts> = {
  replaced: {
    sv: 'Ersatt av ett nyare',
    da: 'Erstattet af et nyere',
    en: 'Replaced by a newer one',
  },
  no_expiry: { sv: 'Inget slutdatum', da: 'Ingen udløbsdato', en: 'No expiry date' },
  expired: { sv: 'Har gått ut', da: 'Udløbet', en: 'Expired' },
  valid: { sv: 'Giltigt', da: 'Gyldigt', en: 'Valid' },
};

export const DOCUMENT_COLUMNS: readonly TableColumn<DocumentExportRow>[] = [
  { header: { sv: 'Dokument', da: 'Dokument', en: 'Document' }, value: (d) => d.title },
  {
    header: { sv: 'Typ', da: 'Type', en: 'Kind' },
    value: (d, locale) => t(locale, `document.kind.${d.kind}`),
  },
  {
    header: { sv: 'Giltigt till', da: 'Gyldigt til', en: 'Valid until' },
    value: (d) => d.validUntil,
    date: true,
  },
  {
    header: { sv: 'Status', da: 'Status', en: 'Status' },
    value: (d, locale) => STANDING[d.standing][locale],
  },
  { header: { sv: 'Filnamn', da: 'Filnavn', en: 'File name' }, value: (d) => d.file.fileName },
  {
    header: { sv: 'Storlek (kB)', da: 'Størrelse (kB)', en: 'Size (kB)' },
    value: (d) => Math.max(1, Math.round(d.file.sizeBytes / 1024)),
  },
  {
    header: { sv: 'Uppladdat', da: 'Uploadet', en: 'Uploaded' },
    value: (d) => new Date(d.createdAt),
  },
  {
    header: { sv: 'Uppladdat av', da: 'Uploadet af', en: 'Uploaded by' },
    value: (d) => d.createdBy?.name ?? null,
  },
];
