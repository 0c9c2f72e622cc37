// The risk order as a file to download: every establishment in the order of the list, with the
// signals that ranked it; the permit's status as a word in the reader's language.
import { majorUnits, type TableColumn } from '../../../platform/export.ts';
import type { Texts } from '../../../platform/i18n.ts';
import { PERMIT_STATUS_WORDS } from '../../suppliers/permits/export.ts';
import type { RankedCandidate } from './candidates.ts';

export const CANDIDATE_LIST_NAME: Texts = {
  sv: 'riskordning',
  da: 'risikoraekkefolge',
  en: 'risk-order',
};

export const CANDIDATE_COLUMNS: readonly TableColumn<RankedCandidate>[] = [
  { header: { sv: 'Plats', da: 'Placering', en: 'Rank' }, value: (c) => c.rank },
  { header: { sv: 'Poäng', da: 'Point', en: 'Score' }, value: (c) => c.score },
  {
    header: { sv: 'Verksamhet', da: 'Tilbud', en: 'Establishment' },
    value: (c) => c.establishment.name,
  },
  { header: { sv: 'Ort', da: 'By', en: 'City' }, value: (c) => c.establishment.city },
  {
    header: { sv: 'Leverantör', da: 'Leverandør', en: 'Supplier' },
    value: (c) => c.supplier.name,
  },
  { header: { sv: 'Avtal', da: 'Aftale', en: 'Agreement' }, value: (c) => c.agreement.reference },
  {
    header: { sv: 'Öppna avvikelser', da: 'Åbne afvigelser', en: 'Open deviations' },
    value: (c) => c.openDeviations,
  },
  {
    header: { sv: 'Tillstånd', da: 'Tilladelse', en: 'Permit' },
    value: (c, locale) => (c.permit ? PERMIT_STATUS_WORDS[c.permit.status][locale] : null),
  },
  {
    header: { sv: 'Öppna tillsynsärenden', da: 'Åbne tilsynssager', en: 'Open supervision cases' },
    value: (c) => c.permit?.openCases ?? null,
  },
  {
    header: { sv: 'Tillstånd kontrollerat', da: 'Tilladelse kontrolleret', en: 'Permit checked' },
    value: (c) => c.permit?.lastCheckedOn ?? null,
    date: true,
  },
  {
    header: { sv: 'Senaste besök', da: 'Seneste besøg', en: 'Last visit' },
    value: (c) => c.lastVisitOn,
    date: true,
  },
  {
    header: { sv: 'Köpt senaste 12 mån.', da: 'Købt seneste 12 mdr.', en: 'Bought last 12 months' },
    value: (c) => (c.bought ? majorUnits(c.bought.amountMinor) : null),
  },
  {
    header: { sv: 'Valuta', da: 'Valuta', en: 'Currency' },
    value: (c) => c.bought?.currency ?? null,
  },
  {
    header: { sv: 'Oroanteckningar', da: 'Bekymringsnotater', en: 'Concern notes' },
    value: (c) => c.concernNotes,
  },
];
