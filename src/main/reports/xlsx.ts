import ExcelJS from 'exceljs/excel.js';
import { safeCell, type Table } from './table';

/**
 * One worksheet with a bold, frozen header row and an auto filter. Text cells are neutralised as in
 * the CSV and written as plain values (exceljs writes a string as a shared string, never a formula).
 */
export async function tableToXlsx(table: Table): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ICP Desk';
  const sheet = workbook.addWorksheet(table.sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c, i) => ({ header: String(safeCell(c.header)), key: String(i), width: c.width ?? 16 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map(safeCell));
  if (table.columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  const out = await workbook.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
