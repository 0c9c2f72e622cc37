// Staff-list requests as a file to download, on the body's side and the supplier's: the columns of
// the list, the status as a word in the reader's language and the latest list's outcome as
// counts. The lists' rows (names of staff) are never part of it.
import type { Static } from 'typebox';
import type { TableColumn } from '../../../platform/export.ts';
import type { Texts } from '../../../platform/i18n.ts';
import type { requestList } from './schemas.ts';

type RequestRow = Static<typeof requestList>['items'][number];

export const STAFF_LIST_LIST_NAME: Texts = {
  sv: 'personallistor',
  da: 'personalelister',
  en: 'staff-lists',
};

/** Where a request stands, as the list names it (overdue only while still waiting). */
const STATUS = {
  requested: { sv: 'Väntar på lista', da: 'Afventer liste', en: 'Awaiting list' },
  submitted: { sv: 'Inskickad', da: 'Indsendt', en: 'Submitted' },
  overdue: { sv: 'Försenad', da: 'Forsinket', en: 'Overdue' },
} as const satisfies Record<RequestRow['status'] | 'overdue', Texts>;

const counterpart = {
  body: {
    header: { sv: 'Leverantör', da: 'Leverandør', en: 'Supplier' },
    value: (r: RequestRow) => r.supplier.name,
  },
  supplier: {
    header: { sv: 'Begärd av', da: 'Anmodet af', en: 'Requested by' },
    value: (r: RequestRow) => r.body.name,
  },
} as const;

/** The columns on one side: the other party is the supplier for the body, the body for a supplier. */
export function staffListColumns(side: 'body' | 'supplier'): readonly TableColumn<RequestRow>[] {
  return [
    {
      header: { sv: 'Verksamhet', da: 'Tilbud', en: 'Establishment' },
      value: (r) => r.establishment.name,
    },
    {
      header: { sv: 'Ramavtal', da: 'Rammeaftale', en: 'Framework agreement' },
      value: (r) => r.agreement.reference,
    },
    counterpart[side],
    {
      header: { sv: 'Period från', da: 'Periode fra', en: 'Period from' },
      value: (r) => r.periodFrom,
      date: true,
    },
    {
      header: { sv: 'Period till', da: 'Periode til', en: 'Period to' },
      value: (r) => r.periodTo,
      date: true,
    },
    {
      header: { sv: 'Sista svarsdag', da: 'Svarfrist', en: 'Deadline' },
      value: (r) => new Date(r.deadline),
    },
    {
      header: { sv: 'Status', da: 'Status', en: 'Status' },
      value: (r, locale) => STATUS[r.overdue ? 'overdue' : r.status][locale],
    },
    {
      header: {
        sv: 'Senaste listan inskickad',
        da: 'Seneste liste indsendt',
        en: 'Latest list submitted',
      },
      value: (r) => (r.latest ? new Date(r.latest.submittedAt) : null),
    },
    {
      header: { sv: 'Uppfyllt', da: 'Opfyldt', en: 'Met' },
      value: (r) => r.latest?.met ?? null,
    },
    {
      header: { sv: 'Ej uppfyllt', da: 'Ikke opfyldt', en: 'Not met' },
      value: (r) => r.latest?.notMet ?? null,
    },
    {
      header: { sv: 'Ej tillämpligt', da: 'Ikke relevant', en: 'Not applicable' },
      value: (r) => r.latest?.notApplicable ?? null,
    },
  ];
}
