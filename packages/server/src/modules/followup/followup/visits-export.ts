// The visit records as a file to download: the columns of the visits list, with the findings
// counted per outcome in the reader's language.
import type { Static } from 'typebox';
import type { TableColumn } from '../../../platform/export.ts';
import type { Texts } from '../../../platform/i18n.ts';
import type { visitList } from './schemas.ts';

type VisitRow = Static<typeof visitList>['items'][number];

export const VISIT_LIST_NAME: Texts = { sv: 'besok', da: 'besog', en: 'visits' };

export const VISIT_COLUMNS: readonly TableColumn<VisitRow>[] = [
  {
    header: { sv: 'Besöksdatum', da: 'Besøgsdato', en: 'Date of visit' },
    value: (v) => v.visitedOn,
    date: true,
  },
  { header: { sv: 'Avtal', da: 'Aftale', en: 'Agreement' }, value: (v) => v.agreement.reference },
  {
    header: { sv: 'Leverantör', da: 'Leverandør', en: 'Supplier' },
    value: (v) => v.supplier.name,
  },
  {
    header: { sv: 'Verksamhet', da: 'Tilbud', en: 'Establishment' },
    value: (v) => v.establishment.name,
  },
  {
    header: { sv: 'Uppfyllda', da: 'Opfyldt', en: 'Met' },
    value: (v) => v.outcomes.met,
  },
  {
    header: { sv: 'Delvis uppfyllda', da: 'Delvist opfyldt', en: 'Partly met' },
    value: (v) => v.outcomes.partlyMet,
  },
  {
    header: { sv: 'Inte uppfyllda', da: 'Ikke opfyldt', en: 'Not met' },
    value: (v) => v.outcomes.notMet,
  },
  {
    header: { sv: 'Deltagare', da: 'Deltagere', en: 'Participants' },
    value: (v) => v.participants.join(', '),
  },
  { header: { sv: 'Sammanfattning', da: 'Sammenfatning', en: 'Summary' }, value: (v) => v.summary },
  {
    header: { sv: 'Registrerat av', da: 'Registreret af', en: 'Recorded by' },
    value: (v) => v.createdBy,
  },
];
