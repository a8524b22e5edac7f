import ExcelJS from 'exceljs';
import { safeCell, type Table } from './table';

/** Told how many of a table's rows are written so far. */
export type RowProgress = (done: number, total: number) => void;

/** Rows added between two progress reports. */
const CHUNK = 500;

/**
 * One worksheet with a bold, frozen header row and an auto filter. Text cells are neutralised as in
 * the CSV and written as plain values (exceljs writes a string as a shared string, never a formula).
 */
export async function tableToXlsx(table: Table, progress?: RowProgress): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ICP Desk';
  const sheet = workbook.addWorksheet(table.sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c, i) => ({ header: String(safeCell(c.header)), key: String(i), width: c.width ?? 16 }));
  sheet.getRow(1).font = { bold: true };
  const total = table.rows.length;
  table.rows.forEach((row, i) => {
    sheet.addRow(row.map(safeCell));
    if ((i + 1) % CHUNK === 0) progress?.(i + 1, total);
  });
  progress?.(total, total);
  if (table.columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  const out = await workbook.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
