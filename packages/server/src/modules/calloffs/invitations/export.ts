// The supplier's tender inbox as a file to download: the inbox's columns, where the call-off
// stands for this supplier as a word in the reader's language. Only what the inbox shows: the
// supplier's own invitation and bid, nothing of anyone else's.
import type { TableColumn } from '../../../platform/export.ts';
import type { Texts } from '../../../platform/i18n.ts';
import { CALLOFF_PROCEDURE_WORDS } from '../calloffs/export.ts';
import type { InboxItem, SupplierStatus } from './tenders.ts';

export const INBOX_NAME: Texts = { sv: 'avrop-till-oss', da: 'afrop-til-os', en: 'tenders' };

/** Where a call-off stands for the supplier, as its inbox names it. */
const STATUS: Record<SupplierStatus, Texts> = {
  new: { sv: 'Ny', da: 'Ny', en: 'New' },
  read: { sv: 'Läst', da: 'Læst', en: 'Read' },
  bid_given: { sv: 'Anbud lämnat', da: 'Tilbud afgivet', en: 'Bid given' },
  declined: { sv: 'Avböjt', da: 'Afslået', en: 'Declined' },
  offered: { sv: 'Erbjudet er', da: 'Tilbudt jer', en: 'Offered to you' },
  accepted: { sv: 'Accepterat', da: 'Accepteret', en: 'Accepted' },
  expired: { sv: 'Erbjudandet har gått ut', da: 'Tilbuddet er udløbet', en: 'Offer expired' },
  closed: { sv: 'Stängt', da: 'Lukket', en: 'Closed' },
  awarded: { sv: 'Tilldelat er', da: 'Tildelt jer', en: 'Awarded to you' },
  not_awarded: { sv: 'Tilldelat annan', da: 'Tildelt en anden', en: 'Awarded to another' },
  cancelled: { sv: 'Avbrutet', da: 'Annulleret', en: 'Cancelled' },
};

const NEEDS_REVIEW: Texts = {
  sv: 'Anbud att se över',
  da: 'Tilbud til gennemsyn',
  en: 'Bid to review',
};

export const INBOX_COLUMNS: readonly TableColumn<InboxItem>[] = [
  { header: { sv: 'Avrop', da: 'Afrop', en: 'Call-off' }, value: (i) => i.title },
  { header: { sv: 'Beställare', da: 'Indkøber', en: 'Buyer' }, value: (i) => i.buyerName },
  {
    header: { sv: 'Förfarande', da: 'Procedure', en: 'Procedure' },
    value: (i, locale) => CALLOFF_PROCEDURE_WORDS[i.procedure][locale],
  },
  {
    header: { sv: 'Sista tid', da: 'Frist', en: 'Deadline' },
    value: (i) => i.deadline,
  },
  {
    header: { sv: 'Status', da: 'Status', en: 'Status' },
    value: (i, locale) => STATUS[i.status][locale],
  },
  {
    header: { sv: 'Att göra', da: 'At gøre', en: 'To do' },
    value: (i, locale) => (i.bidNeedsReview ? NEEDS_REVIEW[locale] : null),
  },
];
