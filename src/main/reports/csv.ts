import Papa from 'papaparse';
import { safeCell, type Table } from './table';

const BOM = '\uFEFF';

/**
 * CSV in UTF-8 with a byte-order mark (EF BB BF), so Excel on Chinese Windows opens the Chinese
 * text correctly; CRLF line ends; every text cell neutralised against formula injection.
 */
export function tableToCsv(table: Table): Buffer {
  const data = [table.columns.map((c) => safeCell(c.header)), ...table.rows.map((row) => row.map(safeCell))];
  const csv = Papa.unparse(data as unknown[][], { newline: '\r\n', quotes: false });
  return Buffer.from(BOM + csv + '\r\n', 'utf8');
}
