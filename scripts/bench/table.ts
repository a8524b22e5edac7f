import type { BenchResult } from './result';

const cell = (v: number | null | undefined, unit = ''): string => (v === null || v === undefined ? '—' : `${v}${unit}`);

/** A plain-text table for the terminal (and the README): one row per figure. */
export function formatTable(results: readonly BenchResult[]): string {
  const rows = [
    ['name', 'value', 'floor', 'ratio', 'target', 'pass'],
    ...results.map((r) => [
      r.name,
      cell(r.value, ` ${r.unit}`),
      cell(r.floor, ` ${r.unit}`),
      r.ratio === undefined ? '—' : `${r.ratio}×`,
      r.target ?? 'reported',
      r.pass === null ? (r.value === null ? 'not measured' : '—') : r.pass ? 'pass' : 'FAIL',
    ]),
  ];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => [...(row[i] ?? '')].length))) ?? [];
  const line = (row: readonly string[]) => row.map((c, i) => c + ' '.repeat((widths[i] ?? 0) - [...c].length)).join('  ').trimEnd();
  return [line(rows[0] ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}
