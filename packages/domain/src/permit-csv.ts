// Importing permit and supervision records from a CSV file: read the file, check each row on its
// own and against the supplier registry, and report row by row what would be accepted and what
// is rejected and why. The import itself writes only when nothing is rejected (nothing is
// half-imported), so this report is the whole decision.
import type { Country } from './country.ts';
import { isPlainDate, type PlainDate } from './plain-date.ts';
import { parseCvr, parseOrganisationsnummer } from './identifiers.ts';

export const PERMIT_AUTHORITIES = ['IVO', 'Socialtilsyn'] as const;
export type PermitAuthority = (typeof PERMIT_AUTHORITIES)[number];

export const PERMIT_STATUSES = ['valid', 'changed', 'revoked', 'expired', 'applied'] as const;
export type PermitStatus = (typeof PERMIT_STATUSES)[number];

/** The supervisory authority of each country: IVO in Sweden, Socialtilsyn in Denmark. */
export const AUTHORITY_OF_COUNTRY: Readonly<Record<Country, PermitAuthority>> = {
  SE: 'IVO',
  DK: 'Socialtilsyn',
};

export const PERMIT_CSV_REQUIRED_COLUMNS = [
  'supplier_identifier',
  'establishment_name',
  'authority',
  'reference',
  'status',
] as const;
export const PERMIT_CSV_OPTIONAL_COLUMNS = [
  'scope',
  'valid_from',
  'valid_to',
  'open_cases',
  'decisions',
  'last_checked_on',
] as const;
type Column =
  (typeof PERMIT_CSV_REQUIRED_COLUMNS)[number] | (typeof PERMIT_CSV_OPTIONAL_COLUMNS)[number];

/** More rows than this is not a permit register but a mistake; the file is refused whole. */
export const PERMIT_CSV_MAX_ROWS = 5000;

export type PermitRowReasonCode =
  | 'column_count'
  | 'missing_value'
  | 'unknown_supplier'
  | 'unknown_establishment'
  | 'unknown_authority'
  | 'authority_country_mismatch'
  | 'unknown_status'
  | 'bad_date'
  | 'valid_to_before_valid_from'
  | 'bad_open_cases'
  | 'duplicate_row';

export interface PermitRowReason {
  code: PermitRowReasonCode;
  column?: Column;
  value?: string;
}

export type PermitFileProblem = CsvFileProblem;

export interface PermitFields {
  authority: PermitAuthority;
  reference: string;
  scope: string;
  status: PermitStatus;
  validFrom: PlainDate | null;
  validTo: PlainDate | null;
  openCases: number;
  decisions: string;
  lastCheckedOn: PlainDate | null;
}

export interface AcceptedPermitRow {
  /** Line in the file, counting the header as line 1. */
  line: number;
  supplierIdentifier: string;
  establishmentName: string;
  supplierId: string;
  establishmentId: string;
  permit: PermitFields;
}

export interface RejectedPermitRow {
  line: number;
  supplierIdentifier: string;
  establishmentName: string;
  reference: string;
  reasons: PermitRowReason[];
}

export type PermitCsvReport =
  | { ok: false; fileProblem: PermitFileProblem; accepted: []; rejected: [] }
  | { ok: true; fileProblem: null; accepted: AcceptedPermitRow[]; rejected: RejectedPermitRow[] };

/** What the registry knows about a supplier named in the file. */
export interface RegistrySupplier {
  id: string;
  country: Country;
  establishments: readonly { id: string; name: string }[];
}

/** A read row: its line and its values by column name (missing optional columns are ''). */
export type PermitCsvRow = CsvTableRow<Column>;

export type PermitCsvFile =
  { ok: false; problem: PermitFileProblem } | { ok: true; rows: PermitCsvRow[] };

/**
 * Splits CSV text into records of fields. Quoted fields may hold the separator, newlines and
 * doubled quotes (RFC 4180); blank lines are skipped. Each record keeps its starting line.
 */
function records(text: string, separator: string): { line: number; fields: string[] }[] {
  const out: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0]!.trim() !== '') out.push({ line: startLine, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line += 1;
        field += c;
      }
    } else if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (c === separator) {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      startLine = line;
    } else field += c;
  }
  endRecord();
  return out;
}

/**
 * Reads CSV text into records: UTF-8 with or without a BOM, ';' or ',' between fields (the first
 * line decides). Shared by every CSV import so there is one reader.
 */
export function readCsvRecords(text: string): { line: number; fields: string[] }[] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  return records(body, firstLine.includes(';') ? ';' : ',');
}

/** What makes a whole CSV file unreadable, before any row is looked at. */
export type CsvFileProblem =
  | { code: 'empty' }
  | { code: 'missing_columns'; columns: string[] }
  | { code: 'too_many_rows'; limit: number };

/** A read row of a CSV table: its line and its values by column name (missing optional ones ''). */
export interface CsvTableRow<C extends string> {
  line: number;
  values: Record<C, string>;
  columnCountMatches: boolean;
}

/**
 * Reads a CSV file with a header row naming its columns (in any order, any case): the required
 * columns must be there, at most `maxRows` rows follow. Shared by every import with a header.
 */
export function readCsvTable<C extends string>(
  text: string,
  required: readonly C[],
  optional: readonly C[],
  maxRows: number,
): { ok: false; problem: CsvFileProblem } | { ok: true; rows: CsvTableRow<C>[] } {
  const [header, ...data] = readCsvRecords(text);
  if (!header) return { ok: false, problem: { code: 'empty' } };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const missing = required.filter((c) => !names.includes(c));
  if (missing.length > 0)
    return { ok: false, problem: { code: 'missing_columns', columns: missing } };
  if (data.length > maxRows) {
    return { ok: false, problem: { code: 'too_many_rows', limit: maxRows } };
  }
  const columns = [...required, ...optional];
  const rows = data.map(({ line, fields }) => {
    const values = Object.fromEntries(
      columns.map((c) => {
        const at = names.indexOf(c);
        return [c, at === -1 ? '' : (fields[at] ?? '').trim()];
      }),
    ) as Record<C, string>;
    return { line, values, columnCountMatches: fields.length === names.length };
  });
  return { ok: true, rows };
}

/** Reads the file: a header row, then one permit per record. */
export function readPermitCsv(text: string): PermitCsvFile {
  return readCsvTable<Column>(
    text,
    PERMIT_CSV_REQUIRED_COLUMNS,
    PERMIT_CSV_OPTIONAL_COLUMNS,
    PERMIT_CSV_MAX_ROWS,
  );
}

/** The identifier as the registry stores it: 'NNNNNN-NNNN' or eight CVR digits. */
export function normaliseSupplierIdentifier(text: string): string {
  const se = parseOrganisationsnummer(text);
  if (se.ok) return se.value;
  const dk = parseCvr(text);
  return dk.ok ? dk.value : text.trim();
}

/** The normalised supplier identifiers a file names, so the caller can look them up at once. */
export function supplierIdentifiersIn(file: PermitCsvFile): string[] {
  if (!file.ok) return [];
  return [
    ...new Set(file.rows.map((r) => normaliseSupplierIdentifier(r.values.supplier_identifier))),
  ];
}

function oneOf<T extends string>(allowed: readonly T[], text: string): T | undefined {
  return allowed.find((a) => a.toLowerCase() === text.toLowerCase());
}

function optionalDate(
  values: Record<Column, string>,
  column: 'valid_from' | 'valid_to' | 'last_checked_on',
  reasons: PermitRowReason[],
): PlainDate | null {
  const text = values[column];
  if (text === '') return null;
  if (!isPlainDate(text)) {
    reasons.push({ code: 'bad_date', column, value: text });
    return null;
  }
  return text;
}

/** Checks one row on its own and against the registry. */
function checkRow(
  row: PermitCsvRow,
  lookup: (identifier: string) => RegistrySupplier | undefined,
): { reasons: PermitRowReason[]; accepted?: AcceptedPermitRow } {
  const v = row.values;
  const reasons: PermitRowReason[] = [];
  if (!row.columnCountMatches) reasons.push({ code: 'column_count' });
  for (const column of PERMIT_CSV_REQUIRED_COLUMNS) {
    if (v[column] === '') reasons.push({ code: 'missing_value', column });
  }

  const supplier = v.supplier_identifier
    ? lookup(normaliseSupplierIdentifier(v.supplier_identifier))
    : undefined;
  if (v.supplier_identifier && !supplier) {
    reasons.push({
      code: 'unknown_supplier',
      column: 'supplier_identifier',
      value: v.supplier_identifier,
    });
  }
  const wanted = v.establishment_name.toLowerCase();
  const establishment = supplier?.establishments.find(
    (e) => e.name.trim().toLowerCase() === wanted,
  );
  if (supplier && v.establishment_name && !establishment) {
    reasons.push({
      code: 'unknown_establishment',
      column: 'establishment_name',
      value: v.establishment_name,
    });
  }

  const authority = oneOf(PERMIT_AUTHORITIES, v.authority);
  if (v.authority && !authority) {
    reasons.push({ code: 'unknown_authority', column: 'authority', value: v.authority });
  } else if (authority && supplier && AUTHORITY_OF_COUNTRY[supplier.country] !== authority) {
    reasons.push({ code: 'authority_country_mismatch', column: 'authority', value: v.authority });
  }
  const status = oneOf(PERMIT_STATUSES, v.status);
  if (v.status && !status)
    reasons.push({ code: 'unknown_status', column: 'status', value: v.status });

  const validFrom = optionalDate(v, 'valid_from', reasons);
  const validTo = optionalDate(v, 'valid_to', reasons);
  const lastCheckedOn = optionalDate(v, 'last_checked_on', reasons);
  if (validFrom && validTo && validTo < validFrom) {
    reasons.push({ code: 'valid_to_before_valid_from', column: 'valid_to', value: validTo });
  }
  let openCases = 0;
  if (v.open_cases !== '') {
    openCases = /^\d{1,6}$/.test(v.open_cases) ? Number(v.open_cases) : -1;
    if (openCases < 0)
      reasons.push({ code: 'bad_open_cases', column: 'open_cases', value: v.open_cases });
  }

  if (reasons.length > 0 || !supplier || !establishment || !authority || !status)
    return { reasons };
  return {
    reasons,
    accepted: {
      line: row.line,
      supplierIdentifier: v.supplier_identifier,
      establishmentName: v.establishment_name,
      supplierId: supplier.id,
      establishmentId: establishment.id,
      permit: {
        authority,
        reference: v.reference,
        scope: v.scope,
        status,
        validFrom,
        validTo,
        openCases,
        decisions: v.decisions,
        lastCheckedOn,
      },
    },
  };
}

/**
 * The row-by-row report of a permit file. A row naming the same establishment, authority and
 * reference as an earlier row is rejected: the file would say two things about one permit.
 */
export function checkPermitCsv(
  file: PermitCsvFile,
  lookup: (identifier: string) => RegistrySupplier | undefined,
): PermitCsvReport {
  if (!file.ok) return { ok: false, fileProblem: file.problem, accepted: [], rejected: [] };
  const accepted: AcceptedPermitRow[] = [];
  const rejected: RejectedPermitRow[] = [];
  const seen = new Set<string>();
  for (const row of file.rows) {
    const result = checkRow(row, lookup);
    const key = result.accepted
      ? `${result.accepted.establishmentId}|${result.accepted.permit.authority}|${result.accepted.permit.reference}`
      : null;
    if (key && seen.has(key)) result.reasons.push({ code: 'duplicate_row', column: 'reference' });
    if (result.accepted && result.reasons.length === 0) {
      seen.add(key!);
      accepted.push(result.accepted);
    } else {
      rejected.push({
        line: row.line,
        supplierIdentifier: row.values.supplier_identifier,
        establishmentName: row.values.establishment_name,
        reference: row.values.reference,
        reasons: result.reasons,
      });
    }
  }
  return { ok: true, fileProblem: null, accepted, rejected };
}
