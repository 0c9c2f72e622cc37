// An agreement's ranking deviation report as a file to download: every supplier skipped out of
// ranking order, with the reason as words in the reader's language and the officer's explanation.
import type { SkipReasonCode } from '@tildel/domain/procedures/vocabulary';
import type { TableColumn } from '../../../platform/export.ts';
import type { Texts } from '../../../platform/i18n.ts';
import type { Deviation } from './service.ts';

export const DEVIATION_REPORT_NAME: Texts = {
  sv: 'avvikelser-fran-rangordningen',
  da: 'afvigelser-fra-rangordningen',
  en: 'ranking-deviations',
};

/** The reasons for a skip as the report names them. */
export const SKIP_REASON_WORDS: Record<SkipReasonCode, Texts> = {
  continuity_for_person: {
    sv: 'Kontinuitet för personen',
    da: 'Kontinuitet for personen',
    en: 'Continuity for the person',
  },
  siblings_placed_together: {
    sv: 'Syskon placeras tillsammans',
    da: 'Søskende anbringes sammen',
    en: 'Siblings placed together',
  },
  cannot_meet_must_requirement: {
    sv: 'Kan inte uppfylla ett skallkrav',
    da: 'Kan ikke opfylde et mindstekrav',
    en: 'Cannot meet a must requirement',
  },
  other: { sv: 'Annat', da: 'Andet', en: 'Other' },
};

export const DEVIATION_COLUMNS: readonly TableColumn<Deviation>[] = [
  { header: { sv: 'Datum', da: 'Dato', en: 'Date' }, value: (d) => d.decidedAt },
  {
    header: { sv: 'Kommun', da: 'Kommune', en: 'Municipality' },
    value: (d) => d.municipality.name,
  },
  { header: { sv: 'Avrop', da: 'Afrop', en: 'Call-off' }, value: (d) => d.calloff.title },
  { header: { sv: 'Delområde', da: 'Delaftale', en: 'Lot' }, value: (d) => d.lot.number },
  {
    header: { sv: 'Delområdets namn', da: 'Delaftalens navn', en: 'Lot name' },
    value: (d) => d.lot.name,
  },
  { header: { sv: 'Leverantör', da: 'Leverandør', en: 'Supplier' }, value: (d) => d.supplier.name },
  { header: { sv: 'Rang', da: 'Rang', en: 'Rank' }, value: (d) => d.supplier.rank },
  {
    header: { sv: 'Skäl', da: 'Begrundelse', en: 'Reason' },
    value: (d, locale) => SKIP_REASON_WORDS[d.reasonCode][locale],
  },
  { header: { sv: 'Förklaring', da: 'Forklaring', en: 'Explanation' }, value: (d) => d.reasonText },
];
