// The permits overview as a file to download: the columns of the permits page, statuses as words
// in the reader's language.
import type { Static } from 'typebox';
import type { PermitStatus } from '@tildel/domain/permit-csv';
import type { TableColumn } from '../../../platform/export.ts';
import type { Texts } from '../../../platform/i18n.ts';
import type { permit } from './schemas.ts';

type PermitRow = Static<typeof permit>;

export const PERMIT_LIST_NAME: Texts = { sv: 'tillstand', da: 'tilladelser', en: 'permits' };

/** Statuses as the permits page names them. */
export const PERMIT_STATUS_WORDS: Record<PermitStatus, Texts> = {
  valid: { sv: 'Giltigt', da: 'Gyldig', en: 'Valid' },
  changed: { sv: 'Ändrat', da: 'Ændret', en: 'Changed' },
  revoked: { sv: 'Återkallat', da: 'Tilbagekaldt', en: 'Revoked' },
  expired: { sv: 'Upphört', da: 'Udløbet', en: 'Expired' },
  applied: { sv: 'Ansökt', da: 'Ansøgt', en: 'Applied for' },
};

export const PERMIT_COLUMNS: readonly TableColumn<PermitRow>[] = [
  { header: { sv: 'Leverantör', da: 'Leverandør', en: 'Supplier' }, value: (p) => p.supplierName },
  {
    header: { sv: 'Verksamhet', da: 'Tilbud', en: 'Establishment' },
    value: (p) => p.establishmentName,
  },
  {
    header: { sv: 'Tillsynsmyndighet', da: 'Tilsynsmyndighed', en: 'Supervisory authority' },
    value: (p) => p.authority,
  },
  {
    header: { sv: 'Diarienummer', da: 'Journalnummer', en: 'Reference' },
    value: (p) => p.reference,
  },
  { header: { sv: 'Omfattning', da: 'Omfang', en: 'Scope' }, value: (p) => p.scope },
  {
    header: { sv: 'Status', da: 'Status', en: 'Status' },
    value: (p, locale) => PERMIT_STATUS_WORDS[p.status][locale],
  },
  {
    header: { sv: 'Giltigt från', da: 'Gyldig fra', en: 'Valid from' },
    value: (p) => p.validFrom,
    date: true,
  },
  {
    header: { sv: 'Giltigt till', da: 'Gyldig til', en: 'Valid to' },
    value: (p) => p.validTo,
    date: true,
  },
  {
    header: { sv: 'Öppna ärenden', da: 'Åbne sager', en: 'Open cases' },
    value: (p) => p.openCases,
  },
  {
    header: { sv: 'Tillsynsbeslut', da: 'Tilsynsafgørelser', en: 'Supervisory decisions' },
    value: (p) => p.decisions,
  },
  {
    header: { sv: 'Senast kontrollerat', da: 'Sidst kontrolleret', en: 'Last checked' },
    value: (p) => p.lastCheckedOn,
    date: true,
  },
  {
    header: { sv: 'Kontrollerat av', da: 'Kontrolleret af', en: 'Checked by' },
    value: (p) => p.lastCheckedBy?.name ?? null,
  },
];
