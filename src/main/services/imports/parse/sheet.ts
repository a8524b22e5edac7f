/** A file's first sheet as text: the header row and the data rows with their spreadsheet row numbers. */
export interface ParsedSheet {
  format: 'xlsx' | 'csv';
  sheetName?: string;
  headers: string[];
  rows: { row: number; cells: string[] }[];
}

/** A raw row as read: its spreadsheet row number and its cells as text. */
export interface RawRow {
  row: number;
  cells: string[];
}
