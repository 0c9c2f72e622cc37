// The spend and price tables under their charts as files to download: the columns the tables
// show, money in major units beside its currency, names in the reader's language.
import { majorUnits, type TableColumn } from '../../../platform/export.ts';
import { hasMessage, t, type Locale, type Texts } from '../../../platform/i18n.ts';
import type { PricesTable, SpendDimension, SpendTable, YearsTable } from './schemas.ts';

type SpendRow = SpendTable['rows'][number];
type PriceRow = PricesTable['rows'][number];
/** A row of this year against last, with the year it is about. */
export type YearRow = YearsTable['rows'][number] & { year: number };

export const SPEND_NAME: Texts = { sv: 'kostnader', da: 'udgifter', en: 'spend' };
export const YEARS_NAME: Texts = {
  sv: 'kostnader-i-ar-och-i-fjol',
  da: 'udgifter-i-ar-og-sidste-ar',
  en: 'spend-this-year-and-last',
};
export const PRICES_NAME: Texts = { sv: 'prisutveckling', da: 'prisudvikling', en: 'prices' };

/** The breakdowns as the spend page names them. */
const DIMENSION: Record<SpendDimension, Texts> = {
  municipality: { sv: 'Kommun', da: 'Kommune', en: 'Municipality' },
  service: { sv: 'Tjänst', da: 'Ydelse', en: 'Service' },
  supplier: { sv: 'Leverantör', da: 'Leverandør', en: 'Supplier' },
  framework: {
    sv: 'Ramavtal eller DIS',
    da: 'Rammeaftale eller DIS',
    en: 'Framework agreement or DPS',
  },
  procedure: { sv: 'Förfarande', da: 'Procedure', en: 'Procedure' },
  period: { sv: 'Period', da: 'Periode', en: 'Period' },
};

const CURRENCY: Texts = { sv: 'Valuta', da: 'Valuta', en: 'Currency' };
const ORDERS: Texts = { sv: 'Avropsavtal', da: 'Kontrakter', en: 'Orders' };

/** A unit as the orders name it ("timme"); one the texts lack as it is stored. */
function unitWord(unit: string, locale: Locale) {
  const key = `order.unit.${unit}`;
  return hasMessage(key) ? t(locale, key) : unit;
}

export function spendColumns(by: SpendDimension = 'service'): readonly TableColumn<SpendRow>[] {
  return [
    { header: DIMENSION[by], value: (r) => r.label },
    { header: CURRENCY, value: (r) => r.currency },
    { header: ORDERS, value: (r) => r.orders },
    {
      header: { sv: 'Avtalat belopp', da: 'Aftalt beløb', en: 'Committed' },
      value: (r) => majorUnits(r.committedMinor),
    },
    {
      header: { sv: 'Årstakt', da: 'Årstakt', en: 'Run-rate' },
      value: (r) => majorUnits(r.runRateMinor),
    },
  ];
}

export function yearColumns(
  by: 'service' | 'supplier' = 'service',
): readonly TableColumn<YearRow>[] {
  return [
    { header: DIMENSION[by], value: (r) => r.label },
    { header: CURRENCY, value: (r) => r.currency },
    { header: { sv: 'År', da: 'År', en: 'Year' }, value: (r) => r.year },
    {
      header: { sv: 'I år', da: 'I år', en: 'This year' },
      value: (r) => majorUnits(r.thisYearMinor),
    },
    {
      header: { sv: 'I fjol', da: 'Sidste år', en: 'Last year' },
      value: (r) => majorUnits(r.lastYearMinor),
    },
    {
      header: { sv: 'Förändring', da: 'Ændring', en: 'Change' },
      value: (r) => majorUnits(r.changeMinor),
    },
    {
      header: { sv: 'Förändring i %', da: 'Ændring i %', en: 'Change in %' },
      value: (r) => r.changePercent,
    },
  ];
}

export const PRICE_COLUMNS: readonly TableColumn<PriceRow>[] = [
  { header: { sv: 'Period', da: 'Periode', en: 'Period' }, value: (r) => r.period },
  { header: DIMENSION.service, value: (r) => r.service },
  {
    header: { sv: 'Enhet', da: 'Enhed', en: 'Unit' },
    value: (r, locale) => unitWord(r.unit, locale),
  },
  { header: CURRENCY, value: (r) => r.currency },
  { header: ORDERS, value: (r) => r.orders },
  {
    header: { sv: 'Medelpris', da: 'Gennemsnitspris', en: 'Mean price' },
    value: (r) => majorUnits(r.averageUnitPriceMinor),
  },
  {
    header: { sv: 'Lägst', da: 'Lavest', en: 'Lowest' },
    value: (r) => majorUnits(r.lowestUnitPriceMinor),
  },
  {
    header: { sv: 'Högst', da: 'Højest', en: 'Highest' },
    value: (r) => majorUnits(r.highestUnitPriceMinor),
  },
];
