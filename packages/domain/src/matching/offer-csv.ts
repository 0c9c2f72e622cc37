// A supplier's offers from a CSV file: capacity, a tariff and Socialtilsyn's theme scores per row,
// each row naming one of the supplier's own offers (establishments) by name. Read with the shared
// CSV table reader of the permit import and reported row by row the same way; the import writes
// only when no row is rejected.
import { isPlainDate, type PlainDate } from '../plain-date.ts';
import { CURRENCIES, MoneyError, parsePrice, type Currency, type MoneyLocale } from '../money.ts';
import { readCsvTable, type CsvFileProblem, type CsvTableRow } from '../permit-csv.ts';
import { PRICE_UNITS, type PriceUnit } from '../taxonomy.ts';
import { QUALITY_THEMES, type ThemeScores } from './types.ts';

export const OFFER_CSV_REQUIRED_COLUMNS = ['establishment_name'] as const;
export const OFFER_CSV_CAPACITY_COLUMNS = ['places_total', 'places_free'] as const;
export const OFFER_CSV_TARIFF_COLUMNS = [
  'tariff_unit',
  'tariff_amount',
  'tariff_currency',
  'tariff_valid_from',
] as const;
export const OFFER_CSV_OPTIONAL_COLUMNS = [
  ...OFFER_CSV_CAPACITY_COLUMNS,
  'next_free_on',
  'assumed_occupancy_percent',
  ...OFFER_CSV_TARIFF_COLUMNS,
  'tariff_negotiated_on',
  'tariff_negotiated_by',
  'assessed_on',
  ...QUALITY_THEMES,
] as const;
type Column =
  (typeof OFFER_CSV_REQUIRED_COLUMNS)[number] | (typeof OFFER_CSV_OPTIONAL_COLUMNS)[number];

/** One supplier's offers fit in far fewer rows; more is a mistake and the file is refused whole. */
export const OFFER_CSV_MAX_ROWS = 2000;

export type OfferRowReasonCode =
  | 'column_count'
  | 'missing_value'
  | 'unknown_establishment'
  | 'nothing_to_import'
  | 'bad_number'
  | 'free_exceeds_total'
  | 'bad_date'
  | 'bad_occupancy'
  | 'unknown_unit'
  | 'unknown_currency'
  | 'bad_amount'
  | 'bad_score'
  | 'duplicate_row'
  // Found by the import against what is recorded: a tariff of that unit from that day, or an
  // assessment of that day, is there already (a correction is a new row with a new date).
  | 'tariff_exists'
  | 'assessment_exists';

export interface OfferRowReason {
  code: OfferRowReasonCode;
  column?: Column;
  value?: string;
}

export interface OfferCsvTariff {
  unit: PriceUnit;
  amountMinor: number;
  currency: Currency;
  validFrom: PlainDate;
  negotiatedOn: PlainDate | null;
  negotiatedByName: string | null;
}

export interface OfferCsvAssessment {
  assessedOn: PlainDate;
  scores: ThemeScores;
}

export interface AcceptedOfferRow {
  /** Line in the file, counting the header as line 1. */
  line: number;
  establishmentName: string;
  establishmentId: string;
  capacity: { placesTotal: number; placesFree: number } | null;
  nextFreeOn: PlainDate | null;
  assumedOccupancyPercent: number | null;
  tariff: OfferCsvTariff | null;
  assessment: OfferCsvAssessment | null;
}

export interface RejectedOfferRow {
  line: number;
  establishmentName: string;
  reasons: OfferRowReason[];
}

export type OfferCsvReport =
  | { ok: false; fileProblem: CsvFileProblem; accepted: []; rejected: [] }
  | { ok: true; fileProblem: null; accepted: AcceptedOfferRow[]; rejected: RejectedOfferRow[] };

export type OfferCsvFile =
  { ok: false; problem: CsvFileProblem } | { ok: true; rows: CsvTableRow<Column>[] };

export function readOfferCsv(text: string): OfferCsvFile {
  return readCsvTable<Column>(
    text,
    OFFER_CSV_REQUIRED_COLUMNS,
    OFFER_CSV_OPTIONAL_COLUMNS,
    OFFER_CSV_MAX_ROWS,
  );
}

function wholeNumber(
  v: Record<Column, string>,
  column: Column,
  reasons: OfferRowReason[],
  code: OfferRowReasonCode,
  [min, max]: [number, number],
): number | null {
  const text = v[column];
  if (text === '') return null;
  const n = /^\d{1,6}$/.test(text) ? Number(text) : NaN;
  if (Number.isNaN(n) || n < min || n > max) {
    reasons.push({ code, column, value: text });
    return null;
  }
  return n;
}

function optionalDate(v: Record<Column, string>, column: Column, reasons: OfferRowReason[]) {
  const text = v[column];
  if (text === '') return null;
  if (!isPlainDate(text)) {
    reasons.push({ code: 'bad_date', column, value: text });
    return null;
  }
  return text;
}

/** The columns of a group must all be given once any of them is. */
function groupGiven(
  v: Record<Column, string>,
  columns: readonly Column[],
  reasons: OfferRowReason[],
): boolean {
  const given = columns.filter((c) => v[c] !== '');
  if (given.length === 0) return false;
  for (const c of columns) if (v[c] === '') reasons.push({ code: 'missing_value', column: c });
  return given.length === columns.length;
}

function capacityOf(v: Record<Column, string>, reasons: OfferRowReason[]) {
  if (!groupGiven(v, OFFER_CSV_CAPACITY_COLUMNS, reasons)) return null;
  const total = wholeNumber(v, 'places_total', reasons, 'bad_number', [0, 100_000]);
  const free = wholeNumber(v, 'places_free', reasons, 'bad_number', [0, 100_000]);
  if (total === null || free === null) return null;
  if (free > total) {
    reasons.push({ code: 'free_exceeds_total', column: 'places_free', value: v.places_free });
    return null;
  }
  return { placesTotal: total, placesFree: free };
}

function tariffOf(
  v: Record<Column, string>,
  locale: MoneyLocale,
  reasons: OfferRowReason[],
): OfferCsvTariff | null {
  const extras = v.tariff_negotiated_on !== '' || v.tariff_negotiated_by !== '';
  const complete = groupGiven(v, OFFER_CSV_TARIFF_COLUMNS, reasons);
  if (!complete) {
    if (extras && OFFER_CSV_TARIFF_COLUMNS.every((c) => v[c] === '')) {
      for (const c of OFFER_CSV_TARIFF_COLUMNS) reasons.push({ code: 'missing_value', column: c });
    }
    return null;
  }
  const unit = PRICE_UNITS.find((u) => u === v.tariff_unit.toLowerCase());
  if (!unit) reasons.push({ code: 'unknown_unit', column: 'tariff_unit', value: v.tariff_unit });
  const currency = CURRENCIES.find((c) => c === v.tariff_currency.toUpperCase());
  if (!currency) {
    reasons.push({ code: 'unknown_currency', column: 'tariff_currency', value: v.tariff_currency });
  }
  let amountMinor: number | null = null;
  if (currency) {
    try {
      amountMinor = parsePrice(v.tariff_amount, currency, locale).amount;
    } catch (error) {
      if (!(error instanceof MoneyError)) throw error;
      reasons.push({ code: 'bad_amount', column: 'tariff_amount', value: v.tariff_amount });
    }
  }
  const validFrom = optionalDate(v, 'tariff_valid_from', reasons);
  const negotiatedOn = optionalDate(v, 'tariff_negotiated_on', reasons);
  if (!unit || !currency || amountMinor === null || !validFrom) return null;
  return {
    unit,
    amountMinor,
    currency,
    validFrom,
    negotiatedOn,
    negotiatedByName: v.tariff_negotiated_by || null,
  };
}

function assessmentOf(
  v: Record<Column, string>,
  reasons: OfferRowReason[],
): OfferCsvAssessment | null {
  if (!groupGiven(v, ['assessed_on', ...QUALITY_THEMES], reasons)) return null;
  const assessedOn = optionalDate(v, 'assessed_on', reasons);
  const scores: Partial<Record<(typeof QUALITY_THEMES)[number], number>> = {};
  for (const theme of QUALITY_THEMES) {
    const score = wholeNumber(v, theme, reasons, 'bad_score', [1, 5]);
    if (score !== null) scores[theme] = score;
  }
  if (!assessedOn || Object.keys(scores).length !== QUALITY_THEMES.length) return null;
  return { assessedOn, scores: scores as ThemeScores };
}

/** Checks one row on its own and against the supplier's own offers. */
function checkRow(
  row: CsvTableRow<Column>,
  establishments: readonly { id: string; name: string }[],
  locale: MoneyLocale,
): { reasons: OfferRowReason[]; accepted?: AcceptedOfferRow } {
  const v = row.values;
  const reasons: OfferRowReason[] = [];
  if (!row.columnCountMatches) reasons.push({ code: 'column_count' });
  if (v.establishment_name === '') {
    reasons.push({ code: 'missing_value', column: 'establishment_name' });
  }
  const wanted = v.establishment_name.toLowerCase();
  const establishment = establishments.find((e) => e.name.trim().toLowerCase() === wanted);
  if (v.establishment_name && !establishment) {
    reasons.push({
      code: 'unknown_establishment',
      column: 'establishment_name',
      value: v.establishment_name,
    });
  }
  const capacity = capacityOf(v, reasons);
  const nextFreeOn = optionalDate(v, 'next_free_on', reasons);
  const assumedOccupancyPercent = wholeNumber(
    v,
    'assumed_occupancy_percent',
    reasons,
    'bad_occupancy',
    [1, 100],
  );
  const tariff = tariffOf(v, locale, reasons);
  const assessment = assessmentOf(v, reasons);
  if (OFFER_CSV_OPTIONAL_COLUMNS.every((c) => v[c] === '')) {
    reasons.push({ code: 'nothing_to_import' });
  }
  if (reasons.length > 0 || !establishment) return { reasons };
  return {
    reasons,
    accepted: {
      line: row.line,
      establishmentName: v.establishment_name,
      establishmentId: establishment.id,
      capacity,
      nextFreeOn,
      assumedOccupancyPercent,
      tariff,
      assessment,
    },
  };
}

/**
 * The row-by-row report of an offer file. An offer may appear on several rows (one tariff per
 * unit), but a row saying again what an earlier row said about the same offer — its capacity, a
 * tariff of the same unit and day, an assessment of the same day — is rejected: the file would
 * say two things about one fact.
 */
export function checkOfferCsv(
  file: OfferCsvFile,
  establishments: readonly { id: string; name: string }[],
  locale: MoneyLocale,
): OfferCsvReport {
  if (!file.ok) return { ok: false, fileProblem: file.problem, accepted: [], rejected: [] };
  const accepted: AcceptedOfferRow[] = [];
  const rejected: RejectedOfferRow[] = [];
  const seen = new Set<string>();
  for (const row of file.rows) {
    const result = checkRow(row, establishments, locale);
    const a = result.accepted;
    const keys = a
      ? [
          a.capacity || a.nextFreeOn || a.assumedOccupancyPercent !== null
            ? `${a.establishmentId}|capacity`
            : null,
          a.tariff ? `${a.establishmentId}|tariff|${a.tariff.unit}|${a.tariff.validFrom}` : null,
          a.assessment ? `${a.establishmentId}|assessment|${a.assessment.assessedOn}` : null,
        ].filter((k): k is string => k !== null)
      : [];
    if (keys.some((k) => seen.has(k))) result.reasons.push({ code: 'duplicate_row' });
    if (a && result.reasons.length === 0) {
      for (const k of keys) seen.add(k);
      accepted.push(a);
    } else {
      rejected.push({
        line: row.line,
        establishmentName: row.values.establishment_name,
        reasons: result.reasons,
      });
    }
  }
  return { ok: true, fileProblem: null, accepted, rejected };
}
