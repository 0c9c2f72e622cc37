// Lists as files to download: CSV that Excel opens right in the reader's language (UTF-8 with a
// byte-order mark, `;` and a decimal comma for sv and da) and XLSX from exceljs's streaming writer.
// Rows arrive as an async iterable read in batches, and are written as they come, so memory stays
// bounded however long the list.
import { EventEmitter, once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { CompiledQuery, type Compilable, type Kysely } from 'kysely';
import { Type, type Static, type TObject, type TProperties } from 'typebox';
import { timeZoneOf } from '@tildel/domain/calendar';
import { actorOf, localeOf, type Actor, type RoutePermission } from './access.ts';
import { loadWorkbookWriter } from './excel.ts';
import type { Clock } from './clock.ts';
import { attachmentDisposition } from './files.ts';
import type { Locale, Texts } from './i18n.ts';
import { fileAnswer, MEDIA, enumOf } from './schemas.ts';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Rows read from a list per query. Small, so a batch is done with before the garbage collector's
 * young generation fills: a batch of 1 000 outlived two of its collections and was moved to the
 * old generation with everything it held, to be freed only by a full collection, which let a
 * 100 000-row XLSX download grow the server by some 40 MB more (and took twice as long).
 */
export const EXPORT_BATCH = 100;

/**
 * Rows of the first batch: the answer starts once the first row is read (a list that cannot be
 * read fails as a problem, not as a cut file), so the first batch is what the reader waits for.
 */
export const EXPORT_FIRST_BATCH = 10;

/**
 * Rows between the full collections a download asks for. A download allocates fast, and what
 * outlives two minor collections (a batch waiting on compression, the 64 kB blocks handed to
 * zlib, whose memory lies outside the heap) is promoted; V8 frees it only in a full collection,
 * which it starts once the old generation has grown by its growing factor. A 100 000-row XLSX
 * download grew the idle server by 90–200 MB so; asking for a concurrent full collection every
 * 10 000 rows held it to 10–15 MB (bench/README.md, "XLSX").
 */
export const EXPORT_COLLECT_EVERY = 10_000;

type Collect = (options: { type: 'major'; execution: 'async' }) => Promise<void>;

/** A concurrent full collection where the process exposes `gc` (npm start runs `--expose-gc`). */
function collectDownloadGarbage(count: number): void {
  if (count % EXPORT_COLLECT_EVERY !== 0) return;
  const gc = (globalThis as { gc?: Collect }).gc;
  if (gc) void gc({ type: 'major', execution: 'async' });
}

/** A text, a number (money in major units), an instant, or a calendar date ('YYYY-MM-DD'). */
export type Cell = string | number | Date | null;

export interface TableColumn<Row> {
  header: Texts | string;
  value: (row: Row, locale: Locale) => Cell;
  /** The string is a calendar date: a date cell in XLSX, as it is in CSV. */
  date?: boolean;
}

export interface Table<Row> {
  format: ExportFormat;
  locale: Locale;
  /** The file's name without its extension, e.g. "avropsavtal-2026-12-06". */
  fileName: string;
  columns: readonly TableColumn<Row>[];
  rows: AsyncIterable<Row>;
}

/** The querystring of a list's download: the list's filters and sort without the page, and a format. */
export function exportQuery<Properties extends TProperties>(list: TObject<Properties>) {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the page is what a download drops
  const { limit, offset, ...filters } = list.properties as Properties & {
    limit?: unknown;
    offset?: unknown;
  };
  return Type.Object(
    { ...(filters as Omit<Properties, 'limit' | 'offset'>), format: enumOf(EXPORT_FORMATS) },
    { additionalProperties: false },
  );
}

/** The answer of a download route in the OpenAPI document. */
export const tableAnswer = fileAnswer([MEDIA.csv, MEDIA.xlsx], 'The list as CSV or XLSX');

/**
 * Every row of one ordered query (the list's own, without its page) through a server-side cursor
 * in a read-only transaction: one sort however long the list, and a batch in memory at a time.
 * A long list needs this; reading it page by page would sort and skip again for every batch.
 *
 * `LIMIT ALL` limits nothing, but PostgreSQL's planner computes a row's costly columns (the
 * lists' correlated subqueries: counts, kinds, names) after the sort only when the query has a
 * LIMIT; without it, every row's were computed before the first could be sent (the national
 * supplier registry: 150 ms before its first row, 25 ms with it). The list's query has no LIMIT.
 */
export async function* queryRows<Raw, Row>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any database
  db: Kysely<any>,
  query: Compilable<Raw>,
  toRow: (raw: Raw) => Row,
  batch = EXPORT_BATCH,
): AsyncGenerator<Row> {
  const compiled = query.compile();
  const trx = await db.startTransaction().setAccessMode('read only').execute();
  let done = false;
  try {
    await trx.executeQuery(
      CompiledQuery.raw(`DECLARE export_rows NO SCROLL CURSOR FOR ${compiled.sql} LIMIT ALL`, [
        ...compiled.parameters,
      ]),
    );
    for (let size = Math.min(EXPORT_FIRST_BATCH, batch); ; size = batch) {
      const { rows } = await trx.executeQuery<Raw>(
        CompiledQuery.raw(`FETCH FORWARD ${size} FROM export_rows`),
      );
      for (const raw of rows) yield toRow(raw);
      if (rows.length < size) break;
    }
    await trx.commit().execute();
    done = true;
  } finally {
    // A reader that went away (or a failure) leaves nothing open.
    if (!done) await trx.rollback().execute();
  }
}

/**
 * Rows completed a batch at a time: a list whose rows need other rows (their categories, their
 * answers) asks once per batch, not once per row, and holds one batch in memory.
 */
export async function* inBatches<Raw, Row>(
  rows: AsyncIterable<Raw>,
  complete: (batch: Raw[]) => Promise<readonly Row[]>,
  size = EXPORT_BATCH,
): AsyncGenerator<Row> {
  let batch: Raw[] = [];
  for await (const row of rows) {
    batch.push(row);
    if (batch.length === size) {
      yield* await complete(batch);
      batch = [];
    }
  }
  if (batch.length > 0) yield* await complete(batch);
}

/** "avropsavtal-2026-12-06": the list's name in the reader's language and today's date. */
export function exportFileName(name: Texts, locale: Locale, now: Date): string {
  return `${name[locale]}-${wallClock(locale, now).slice(0, 10)}`;
}

/**
 * The rows of an answer a service computes whole (an insight's table under its chart: small by
 * nature), as a download's rows; the service runs when the download starts.
 */
export async function* answerRows<Row>(answer: () => Promise<readonly Row[]>): AsyncGenerator<Row> {
  yield* await answer();
}

/** Money in minor units as the amount in major units (every currency we know has two decimals). */
export const majorUnits = (minor: number) => minor / 100;

export interface ListExport<Params extends TObject, List extends TObject, Row> {
  /** The list's address and `/export`. */
  url: string;
  permission: RoutePermission;
  operationId: string;
  summary: string;
  params: Params;
  /** The list's querystring schema: the download takes the same filters and sort. */
  list: List;
  /** The file's name in each language, before the date. */
  name: Texts;
  /** The columns, or the columns a query asks for (e.g. a breakdown's first column). */
  columns:
    | readonly TableColumn<Row>[]
    | ((query: Omit<Static<List>, 'limit' | 'offset'>) => readonly TableColumn<Row>[]);
  /**
   * Every row of the list with the query's filters and sort (`queryRows`, `inBatches`, or
   * `answerRows` for an answer computed whole), for the reader: in their language where the
   * list's own view is (a category's name), and theirs where the list filters by who asks
   * ("my needs", the caller's own inbox).
   */
  rows: (
    params: Static<Params>,
    query: Omit<Static<List>, 'limit' | 'offset'>,
    reader: { locale: Locale; actor: Actor },
  ) => AsyncIterable<Row>;
}

/**
 * Registers a list's download: `GET <list>/export?format=csv|xlsx&<the list's filters and sort>`,
 * with the list's permission, every row read through the list's own query a batch at a time.
 */
export function exportRoute<Params extends TObject, List extends TObject, Row>(
  scope: FastifyInstance,
  clock: Clock,
  route: ListExport<Params, List, Row>,
) {
  scope.withTypeProvider<TypeBoxTypeProvider>().get(
    route.url,
    {
      config: { permission: route.permission },
      schema: {
        operationId: route.operationId,
        summary: route.summary,
        params: route.params,
        querystring: exportQuery(route.list),
        response: { 200: tableAnswer },
      },
    },
    async (request, reply) => {
      const locale = localeOf(request);
      const { format, ...filters } = request.query as { format: ExportFormat };
      const query = filters as Static<List>;
      return sendTable(reply, {
        format,
        locale,
        fileName: exportFileName(route.name, locale, clock.now()),
        columns: typeof route.columns === 'function' ? route.columns(query) : route.columns,
        rows: route.rows(request.params as Static<Params>, query, {
          locale,
          actor: actorOf(request),
        }),
      });
    },
  );
}

/**
 * The rows with the first already read: a list that cannot be read fails before the answer starts,
 * as a problem the reader can see, not as a file cut short.
 */
async function started<Row>(rows: AsyncIterable<Row>): Promise<AsyncIterable<Row>> {
  const iterator = rows[Symbol.asyncIterator]();
  const first = await iterator.next();
  return (async function* () {
    try {
      if (first.done) return;
      yield first.value;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        yield next.value;
      }
    } finally {
      // A reader gone mid-way stops the query too (its cursor's transaction ends).
      await iterator.return?.();
    }
  })();
}

/** The table's bytes in its format, written as its rows arrive. */
export function tableStream<Row>(table: Table<Row>): Readable {
  return table.format === 'csv' ? csvStream(table) : xlsxStream(table);
}

/** Answers the table as a streamed download in its format. */
export async function sendTable<Row>(reply: FastifyReply, table: Table<Row>) {
  const body = tableStream({ ...table, rows: await started(table.rows) });
  return reply
    .header('content-type', table.format === 'csv' ? `${MEDIA.csv}; charset=utf-8` : MEDIA.xlsx)
    .header('content-disposition', attachmentDisposition(`${table.fileName}.${table.format}`))
    .header('cache-control', 'private, no-store')
    .send(body);
}

const headerOf = (column: TableColumn<unknown>, locale: Locale) =>
  typeof column.header === 'string' ? column.header : column.header[locale];

/** An instant as the wall clock of the reader's country, "2026-12-06 14:05:09". */
function wallClock(locale: Locale, instant: Date): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: timeZoneOf(locale === 'da' ? 'DK' : 'SE'),
    dateStyle: 'short',
    timeStyle: 'medium',
  }).format(instant);
}

// ---- CSV (RFC 4180) -------------------------------------------------------------------------------

/** A text a spreadsheet would run as a formula gets a leading apostrophe (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell, locale: Locale, delimiter: string): string {
  if (value === null) return '';
  if (typeof value === 'number')
    return locale === 'en' ? String(value) : String(value).replace('.', ',');
  const text = value instanceof Date ? wallClock(locale, value) : value;
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return safe.includes(delimiter) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvStream<Row>(table: Table<Row>): Readable {
  const { locale, columns } = table;
  const delimiter = locale === 'en' ? ',' : ';';
  const line = (cells: string[]) => `${cells.join(delimiter)}\r\n`;
  async function* lines() {
    yield `\uFEFF${line(columns.map((c) => csvCell(headerOf(c as TableColumn<unknown>, locale), locale, delimiter)))}`;
    let chunk = '';
    let count = 0;
    for await (const row of table.rows) {
      chunk += line(columns.map((c) => csvCell(c.value(row, locale), locale, delimiter)));
      collectDownloadGarbage(++count);
      if (count % EXPORT_BATCH === 0) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  return Readable.from(lines(), { objectMode: false });
}

// ---- XLSX ---------------------------------------------------------------------------------------

const DATE_FORMAT = 'yyyy-mm-dd';
const INSTANT_FORMAT = 'yyyy-mm-dd hh:mm';

/** A spreadsheet has no time zones: an instant goes in as the reader's wall clock. */
function xlsxCell(value: Cell, locale: Locale, date: boolean | undefined) {
  if (value instanceof Date) return new Date(`${wallClock(locale, value).replace(' ', 'T')}Z`);
  if (date && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
  return value;
}

/** A stream's own "wait for 'drain'" flag; archiver's streams (readable-stream 2) keep it in their state. */
type Backlog = EventEmitter & {
  writableNeedDrain?: boolean;
  _writableState?: { needDrain?: boolean };
};

function needsDrain(stream: Backlog): boolean {
  return stream.writableNeedDrain ?? stream._writableState?.needDrain ?? false;
}

/**
 * The streams through which exceljs's worksheet writer hands its rows to the zip. Its buffer
 * (`StreamBuf`) passes each 64 kB block on without waiting for the zip to take it, so when
 * compression (zlib, on libuv's threads) falls behind the rows, they pile up in the zip's input
 * unseen from `out`, growing with the list (33 MB of XML for 100 000 rows in a script that only
 * wrote them; the server's peak 74 MB higher in the bench). Waiting for these to drain keeps it
 * bounded. `export.test.ts` fails if exceljs stops exposing them this way.
 */
export function zipInputsOf(sheet: object): Backlog[] {
  const pipes = (sheet as { stream?: { pipes?: unknown } }).stream?.pipes;
  return Array.isArray(pipes)
    ? pipes.filter(
        (pipe): pipe is Backlog => pipe instanceof EventEmitter && '_writableState' in pipe,
      )
    : [];
}

/** Until `backlog` drains or the reader goes; the listener that did not fire is removed. */
async function drainedOrClosed(backlog: Backlog, out: PassThrough): Promise<void> {
  const settled = new AbortController();
  const { signal } = settled;
  try {
    await Promise.race([once(backlog, 'drain', { signal }), once(out, 'close', { signal })]);
  } finally {
    settled.abort();
  }
}

function xlsxStream<Row>(table: Table<Row>): PassThrough {
  const { locale, columns } = table;
  const out = new PassThrough();

  async function write() {
    const WorkbookWriter = await loadWorkbookWriter();
    const workbook = new WorkbookWriter({
      stream: out,
      useStyles: true,
      useSharedStrings: false,
    });
    const sheet = workbook.addWorksheet(table.fileName.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = columns.map((c, i) => ({
      key: String(i),
      width: Math.max(12, headerOf(c as TableColumn<unknown>, locale).length + 2),
    }));
    const header = sheet.addRow(columns.map((c) => headerOf(c as TableColumn<unknown>, locale)));
    header.font = { bold: true };
    header.commit();
    let count = 0;
    for await (const row of table.rows) {
      const cells = sheet.addRow(
        columns.map((c) => xlsxCell(c.value(row, locale), locale, c.date)),
      );
      columns.forEach((c, i) => {
        const cell = cells.getCell(i + 1);
        if (cell.value instanceof Date) cell.numFmt = c.date ? DATE_FORMAT : INSTANT_FORMAT;
      });
      cells.commit();
      collectDownloadGarbage(++count);
      // Let the rows be compressed and the bytes leave before more pile up, behind a slow reader
      // or a slow compression, and stop (ending the query) when the reader has gone.
      if (count % EXPORT_BATCH === 0) {
        for (const backlog of [...zipInputsOf(sheet), out]) {
          if (needsDrain(backlog) && !out.destroyed) await drainedOrClosed(backlog, out);
        }
      }
      if (out.destroyed) return;
    }
    sheet.commit();
    await workbook.commit();
  }
  write().catch((error: unknown) => out.destroy(error as Error));
  return out;
}
