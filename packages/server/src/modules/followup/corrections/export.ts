// The body's requests for correction as a file to download: the columns of the list, the state
// as a word in the reader's language.
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

export const CORRECTION_COLUMNS: readonly TableColumn<RequestRow>[] = [
  {
    header: { sv: 'Leverantör', da: 'Leverandør', en: 'Supplier' },
    value: (r) => r.supplier.name,
  },
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
