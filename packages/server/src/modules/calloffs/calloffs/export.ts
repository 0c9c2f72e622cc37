// The list of call-offs as a file to download: the columns of the call-offs page, in the reader's
// language.
import type { Static } from 'typebox';
import type { TableColumn } from '../../../platform/export.ts';
import type { Texts } from '../../../platform/i18n.ts';
import type { calloffSummary } from './schemas.ts';

type CalloffRow = Static<typeof calloffSummary>;

export const CALLOFF_LIST_NAME: Texts = { sv: 'avrop', da: 'afrop', en: 'call-offs' };

export const CALLOFF_STATUS_WORDS: Record<CalloffRow['status'], Texts> = {
  draft: { sv: 'Utkast', da: 'Udkast', en: 'Draft' },
  open: { sv: 'Anbudstid pågår', da: 'Tilbudsfrist løber', en: 'Open for bids' },
  offering: {
    sv: 'Erbjuds enligt rangordning',
    da: 'Tilbydes efter rangorden',
    en: 'Offered by ranking',
  },
  evaluation: { sv: 'Utvärderas', da: 'Evalueres', en: 'In evaluation' },
  awarded: { sv: 'Tilldelat', da: 'Tildelt', en: 'Awarded' },
  ordered: { sv: 'Avropsavtal klart', da: 'Ordre oprettet', en: 'Ordered' },
  unfulfilled: { sv: 'Inget avtal', da: 'Ingen aftale', en: 'No contract' },
  cancelled: { sv: 'Avbrutet', da: 'Annulleret', en: 'Cancelled' },
};

/** Procedures as the call-off lists name them. */
export const CALLOFF_PROCEDURE_WORDS: Record<CalloffRow['procedure'], Texts> = {
  ranking: { sv: 'Rangordning', da: 'Rangordning', en: 'Ranking' },
  renewed_competition: {
    sv: 'Förnyad konkurrensutsättning',
    da: 'Miniudbud',
    en: 'Renewed competition',
  },
  dps_specific_contract: {
    sv: 'Särskilt kontrakt inom DIS',
    da: 'Konkret kontrakt under DIS',
    en: 'DPS specific contract',
  },
};

export const CALLOFF_COLUMNS: readonly TableColumn<CalloffRow>[] = [
  { header: { sv: 'Avrop', da: 'Afrop', en: 'Call-off' }, value: (c) => c.title },
  { header: { sv: 'Behov', da: 'Behov', en: 'Need' }, value: (c) => c.needTitle },
  {
    header: { sv: 'Tjänst', da: 'Ydelse', en: 'Service' },
    value: (c, locale) => c.category[locale],
  },
  {
    header: { sv: 'Status', da: 'Status', en: 'Status' },
    value: (c, locale) => CALLOFF_STATUS_WORDS[c.status][locale],
  },
  {
    header: { sv: 'Förfarande', da: 'Procedure', en: 'Procedure' },
    value: (c, locale) => CALLOFF_PROCEDURE_WORDS[c.procedure][locale],
  },
  {
    header: { sv: 'Avtal eller DIS', da: 'Aftale eller DIS', en: 'Agreement or DPS' },
    value: (c) => c.source.reference,
  },
  {
    header: { sv: 'Delområde', da: 'Delområde', en: 'Lot' },
    value: (c) => (c.lot ? `${c.lot.number}. ${c.lot.name}` : null),
  },
  {
    header: { sv: 'Skapat', da: 'Oprettet', en: 'Created' },
    value: (c) => new Date(c.createdAt),
  },
];
