// The streaming writer's own file (see excel.ts); its type is the one exceljs's index exports.
declare module 'exceljs/lib/stream/xlsx/workbook-writer.js' {
  const WorkbookWriter: unknown;
  export default WorkbookWriter;
}
