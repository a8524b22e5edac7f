import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { safeCell, type Table } from './table';

/** Told how many of a table's rows are written so far. */
export type RowProgress = (done: number, total: number) => void;

/** Rows written between two progress reports. */
const CHUNK = 500;

/**
 * One worksheet with a bold, frozen header row and an auto filter. Text cells are neutralised as in
 * the CSV and written as plain values (exceljs writes a string as a shared string, never a formula).
 * Written with exceljs's streaming writer: each row is serialized as it is committed, so the progress
 * follows the real work (the in-memory writer does all of it at the end, after the last row is added).
 */
export async function tableToXlsx(table: Table, progress?: RowProgress): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true, useStyles: true });
  workbook.creator = 'ICP Desk';
  const sheet = workbook.addWorksheet(table.sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c, i) => ({ header: String(safeCell(c.header)), key: String(i), width: c.width ?? 16 }));
  if (table.columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  const total = table.rows.length;
  table.rows.forEach((row, i) => {
    sheet.addRow(row.map(safeCell)).commit();
    if ((i + 1) % CHUNK === 0) progress?.(i + 1, total);
  });
  sheet.commit();
  await workbook.commit();
  await ended;
  progress?.(total, total);
  return Buffer.concat(chunks);
}
