// Requests for correction as a file to download, on the body's side and the supplier's: the
// columns of the list, the state as a word in the reader's language.
import type { Static } from 'typebox';
import type { CorrectionState } from '@tildel/domain/followup/correction';
import type { TableColumn } from '../../../platform/export.ts';
import type { Texts } from '../../../platform/i18n.ts';
import type { requestList } from './schemas.ts';

type RequestRow = Static<typeof requestList>['items'][number];

export const CORRECTION_LIST_NAME: Texts = {
  sv: 'anmodan-om-rattelse',
  da: 'pabud-om-berigtigelse',
  en: 'requests-for-correction',
};

/** States as the corrections list names them. */
const STATE: Record<CorrectionState, Texts> = {
  open: { sv: 'Öppen', da: 'Åben', en: 'Open' },
  answered: {
    sv: 'Besvarad – väntar på beslut',
    da: 'Besvaret – afventer afgørelse',
    en: 'Answered – awaiting decision',
  },
  accepted: { sv: 'Godkänd', da: 'Godkendt', en: 'Accepted' },
  rejected: { sv: 'Svar avslaget', da: 'Svar afvist', en: 'Answer rejected' },
  overdue: { sv: 'Försenad', da: 'Overskredet', en: 'Overdue' },
};

const counterpart = {
  body: {
    header: { sv: 'Leverantör', da: 'Leverandør', en: 'Supplier' },
    value: (r: RequestRow) => r.supplier.name,
  },
  supplier: {
    header: { sv: 'Från', da: 'Fra', en: 'From' },
    value: (r: RequestRow) => r.body.name,
  },
} as const;

/** The columns on one side: the other party is the supplier for the body, the body for a supplier. */
export const correctionColumns = (
  side: 'body' | 'supplier',
): readonly TableColumn<RequestRow>[] => [
  counterpart[side],
  {
    header: { sv: 'Verksamhet', da: 'Tilbud', en: 'Establishment' },
    value: (r) => r.establishment?.name ?? null,
  },
  {
    header: { sv: 'Ramavtal', da: 'Rammeaftale', en: 'Framework agreement' },
    value: (r) => r.agreement.reference,
  },
  { header: { sv: 'Skickad', da: 'Sendt', en: 'Sent' }, value: (r) => r.sentOn, date: true },
  {
    header: { sv: 'Svara senast', da: 'Svarfrist', en: 'Answer by' },
    value: (r) => r.deadline,
    date: true,
  },
  {
    header: { sv: 'Status', da: 'Status', en: 'State' },
    value: (r, locale) => STATE[r.state][locale],
  },
  {
    header: { sv: 'Beskrivning', da: 'Beskrivelse', en: 'Description' },
    value: (r) => r.description,
  },
];
