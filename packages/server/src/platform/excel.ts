// exceljs, loaded when a spreadsheet is first written or read: the whole library costs the server
// about 30 MB of memory, which most processes (and every request that is not a download) never
// need. A download needs only the streaming writer, which is loaded alone (about 7 MB): the
// reader, the CSV parser and the in-memory workbook stay out of a process that only exports.
import type ExcelJSModule from 'exceljs';

export type ExcelJS = typeof ExcelJSModule;
export type WorkbookWriter = typeof ExcelJSModule.stream.xlsx.WorkbookWriter;

let loading: Promise<ExcelJS> | undefined;
let loadingWriter: Promise<WorkbookWriter> | undefined;

export function loadExcelJS(): Promise<ExcelJS> {
  loading ??= import('exceljs').then((module) => module.default);
  return loading;
}

/** exceljs's streaming XLSX writer (`ExcelJS.stream.xlsx.WorkbookWriter`), without the rest. */
export function loadWorkbookWriter(): Promise<WorkbookWriter> {
  // exceljs 4 has no "exports" map and documents no entry for the writer alone; this is the
  // file its own index re-exports as stream.xlsx.WorkbookWriter (test/export.test.ts reads the
  // files it writes back with the full library).
  loadingWriter ??= import('exceljs/lib/stream/xlsx/workbook-writer.js').then(
    (module) => module.default as WorkbookWriter,
  );
  return loadingWriter;
}
