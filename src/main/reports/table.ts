/**
 * A table as both spreadsheet formats write it: headers in the user's language, then rows of plain
 * values. Strings are neutralised on the way out (see neutralise), numbers stay numbers.
 */
export type Cell = string | number;

export interface Column {
  header: string;
  /** Spreadsheet column width in characters. */
  width?: number;
}

export interface Table {
  sheetName: string;
  columns: readonly Column[];
  rows: readonly (readonly Cell[])[];
}

/** What a spreadsheet treats as the start of a formula or a DDE payload (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell made safe against formula injection: a value beginning with =, +, -, @, a tab or a
 * carriage return is prefixed with an apostrophe, so Excel, WPS and LibreOffice show it as text.
 * Applied to every string cell in CSV and XLSX alike (an ICP number never starts with these).
 */
export function neutralise(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export const safeCell = (value: Cell): Cell => (typeof value === 'string' ? neutralise(value) : value);
