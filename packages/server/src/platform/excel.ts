// exceljs, loaded when a spreadsheet is first written or read: it costs the server about 30 MB of
// memory, which most processes (and every request that is not a download) never need.
import type ExcelJSModule from 'exceljs';

export type ExcelJS = typeof ExcelJSModule;

let loading: Promise<ExcelJS> | undefined;

export function loadExcelJS(): Promise<ExcelJS> {
  loading ??= import('exceljs').then((module) => module.default);
  return loading;
}
