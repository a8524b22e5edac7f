/**
 * A cell of the data preview the error list asks to show. `seq` changes on every click, so showing
 * the same cell again (after the user scrolled away) scrolls and focuses it again.
 */
export interface CellTarget {
  row: number;
  /** null: the error concerns the whole row; the row number is shown. */
  columnIndex: number | null;
  seq: number;
}

/** The data-cell attribute of a preview cell the list can point at. */
export const cellKey = (row: number, columnIndex: number | null): string => `${row}:${columnIndex ?? 'row'}`;

/**
 * Brings the cell into view inside the preview's scrolling body (both directions) and the page,
 * then focuses it so the keyboard and screen readers land there too. Centred, so the fixed row
 * number column never covers it.
 */
export function showCell(container: HTMLElement | null, target: CellTarget): void {
  const cell = container?.querySelector<HTMLElement>(`[data-cell="${cellKey(target.row, target.columnIndex)}"]`);
  if (!cell) return;
  cell.scrollIntoView({ block: 'center', inline: 'center' });
  cell.focus({ preventScroll: true });
}
