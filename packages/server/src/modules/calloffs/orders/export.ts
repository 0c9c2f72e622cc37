// The list of orders as a file to download: the columns of the orders page, in the reader's language.
import { majorUnits, type TableColumn } from '../../../platform/export.ts';
import type { Texts } from '../../../platform/i18n.ts';
import type { Static } from 'typebox';
import type { orderSummary } from './schemas.ts';

type OrderRow = Static<typeof orderSummary>;

export const ORDER_LIST_NAME: Texts = { sv: 'avropsavtal', da: 'kontrakter', en: 'orders' };

const STATUS: Record<OrderRow['status'], Texts> = {
  active: { sv: 'Pågående', da: 'Aktiv', en: 'Active' },
  ended: { sv: 'Avslutat', da: 'Afsluttet', en: 'Ended' },
};

const UNITS: Record<string, Texts> = {
  hour: { sv: 'timmar', da: 'timer', en: 'hours' },
  day: { sv: 'dygn', da: 'døgn', en: 'days' },
  month: { sv: 'månader', da: 'måneder', en: 'months' },
  package: { sv: 'paket', da: 'pakker', en: 'packages' },
};

export const ORDER_COLUMNS: readonly TableColumn<OrderRow>[] = [
  { header: { sv: 'Referens', da: 'Reference', en: 'Reference' }, value: (o) => o.reference },
  { header: { sv: 'Avrop', da: 'Afrop', en: 'Call-off' }, value: (o) => o.calloffTitle },
  {
    header: { sv: 'Kommun', da: 'Kommune', en: 'Municipality' },
    value: (o) => o.municipality.name,
  },
  { header: { sv: 'Leverantör', da: 'Leverandør', en: 'Supplier' }, value: (o) => o.supplier.name },
  {
    header: {
      sv: 'Konsult eller verksamhet',
      da: 'Konsulent eller tilbud',
      en: 'Consultant or establishment',
    },
    value: (o) => o.consultantName ?? o.establishmentName,
  },
  {
    header: { sv: 'Tjänst', da: 'Ydelse', en: 'Service' },
    value: (o, locale) => o.service?.[locale] ?? null,
  },
  {
    header: { sv: 'Styckpris', da: 'Enhedspris', en: 'Unit price' },
    value: (o) => majorUnits(o.unitPriceMinor),
  },
  { header: { sv: 'Valuta', da: 'Valuta', en: 'Currency' }, value: (o) => o.currency },
  {
    header: { sv: 'Enhet', da: 'Enhed', en: 'Unit' },
    value: (o, locale) => UNITS[o.unit]?.[locale] ?? o.unit,
  },
  {
    header: { sv: 'Startdatum', da: 'Startdato', en: 'Start date' },
    value: (o) => o.startDate,
    date: true,
  },
  {
    header: { sv: 'Slutdatum', da: 'Slutdato', en: 'End date' },
    value: (o) => o.endDate,
    date: true,
  },
  {
    header: { sv: 'Förväntad volym', da: 'Forventet mængde', en: 'Expected volume' },
    value: (o) => Number(o.expectedVolume),
  },
  {
    header: { sv: 'Kostnadsställe', da: 'Omkostningssted', en: 'Cost centre' },
    value: (o) => o.costCentre,
  },
  {
    header: { sv: 'Status', da: 'Status', en: 'Status' },
    value: (o, locale) => STATUS[o.status][locale],
  },
  {
    header: { sv: 'Skapat', da: 'Oprettet', en: 'Created' },
    value: (o) => (o.createdAt instanceof Date ? o.createdAt : new Date(o.createdAt)),
  },
];
