// The logbook as a file to download: the columns of the logbook list. A sensitive note's text
// stays out, as in the list (reading it is recorded one note at a time); the file says it is there.
import type { Static } from 'typebox';
import type { TableColumn } from '../../../platform/export.ts';
import type { Texts } from '../../../platform/i18n.ts';
import type { note } from './schemas.ts';

type NoteRow = Static<typeof note>;

export const NOTE_LIST_NAME: Texts = { sv: 'loggbok', da: 'logbog', en: 'logbook' };

const YES: Texts = { sv: 'Ja', da: 'Ja', en: 'Yes' };
const NO: Texts = { sv: 'Nej', da: 'Nej', en: 'No' };
const yesNo = (value: boolean) => (value ? YES : NO);

/** In place of a sensitive note's text, which only the note itself gives. */
const SENSITIVE_TEXT: Texts = {
  sv: 'Känslig – läs anteckningen i Tildel',
  da: 'Følsom – læs notatet i Tildel',
  en: 'Sensitive – read the note in Tildel',
};

export const NOTE_COLUMNS: readonly TableColumn<NoteRow>[] = [
  { header: { sv: 'Datum', da: 'Dato', en: 'Date' }, value: (n) => new Date(n.createdAt) },
  {
    header: { sv: 'Leverantör', da: 'Leverandør', en: 'Supplier' },
    value: (n) => n.supplier.name,
  },
  {
    header: { sv: 'Ramavtal', da: 'Rammeaftale', en: 'Framework agreement' },
    value: (n) => n.agreement.reference,
  },
  {
    header: { sv: 'Enhet', da: 'Tilbud', en: 'Establishment' },
    value: (n) => n.establishment?.name ?? null,
  },
  {
    header: { sv: 'Anteckning', da: 'Notat', en: 'Note' },
    value: (n, locale) => n.text ?? SENSITIVE_TEXT[locale],
  },
  {
    header: { sv: 'Oro', da: 'Bekymring', en: 'Concern' },
    value: (n, locale) => yesNo(n.concern)[locale],
  },
  {
    header: { sv: 'Känslig', da: 'Følsom', en: 'Sensitive' },
    value: (n, locale) => yesNo(n.sensitive)[locale],
  },
  {
    header: { sv: 'Skriven av', da: 'Skrevet af', en: 'Written by' },
    value: (n) => n.author.name,
  },
  {
    header: { sv: 'Organisation', da: 'Organisation', en: 'Organisation' },
    value: (n) => n.author.organisation,
  },
];
