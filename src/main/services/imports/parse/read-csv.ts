import Papa from 'papaparse';
import { decodeCsv } from './decode-text';
import { refusals } from './refusals';
import type { RawRow } from './sheet';

/** The records of a CSV (delimiter detected: comma, semicolon, tab), numbered as a spreadsheet shows them. */
export function readCsv(bytes: Uint8Array): RawRow[] {
  const parsed = Papa.parse<string[]>(decodeCsv(bytes), { skipEmptyLines: false });
  const quote = parsed.errors.find((e) => e.type === 'Quotes');
  if (quote) throw refusals.badQuotes((quote.row ?? 0) + 1);
  return parsed.data.map((cells, i) => ({ row: i + 1, cells: cells.map(String) }));
}
