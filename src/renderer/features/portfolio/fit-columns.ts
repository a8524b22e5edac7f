import type { TableColumnsType } from 'antd';

const SCROLLBAR = 16;

/**
 * A virtual table needs a width for every column. One column (the name) takes what the others
 * leave, so the list fits its page and only scrolls sideways when the window is narrow.
 */
export function fitColumns<T>(columns: TableColumnsType<T>, available: number, flexKey: string, minimum: number): { columns: TableColumnsType<T>; width: number } {
  const others = columns.reduce((sum, column) => sum + (column.key === flexKey ? 0 : Number(column.width ?? 0)), 0);
  const flex = Math.max(minimum, available - others - SCROLLBAR);
  return { columns: columns.map((column) => (column.key === flexKey ? { ...column, width: flex } : column)), width: others + flex };
}
