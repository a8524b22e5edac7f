import { ratio, round, summarize } from './stats';

/** One line of bench-results.json. `floor`/`ratio` only where a floor applies; null value = not measured. */
export interface BenchResult {
  name: string;
  value: number | null;
  unit: 'ms' | 'MB';
  floor?: number;
  ratio?: number;
  /** Human-readable target, e.g. '≤ 5 ms' or '≤ 2× floor'; null when the figure is only reported. */
  target: string | null;
  /** null when there is no target or the figure could not be measured. */
  pass: boolean | null;
  runs?: number;
  note?: string;
}

export type Target = { kind: 'max'; value: number } | { kind: 'ratio'; value: number } | { kind: 'none' };

export const maxMs = (value: number): Target => ({ kind: 'max', value });
export const maxRatio = (value: number): Target => ({ kind: 'ratio', value });
export const reported: Target = { kind: 'none' };

function targetText(target: Target, unit: string): string | null {
  if (target.kind === 'max') return `≤ ${target.value} ${unit}`;
  if (target.kind === 'ratio') return `≤ ${target.value}× floor`;
  return null;
}

/** The median of the samples against the target; a ratio target needs the floor's samples. */
export function result(name: string, samples: readonly number[], target: Target, extra: { floorSamples?: readonly number[]; unit?: 'ms' | 'MB'; note?: string } = {}): BenchResult {
  const unit = extra.unit ?? 'ms';
  const s = summarize(samples);
  const floor = extra.floorSamples ? summarize(extra.floorSamples).median : undefined;
  const r = floor !== undefined ? ratio(s.median, floor) : undefined;
  let pass: boolean | null = null;
  if (target.kind === 'max') pass = s.median <= target.value;
  if (target.kind === 'ratio') pass = r !== undefined && r <= target.value;
  return {
    name,
    value: round(s.median),
    unit,
    ...(floor !== undefined ? { floor: round(floor) } : {}),
    ...(r !== undefined ? { ratio: round(r) } : {}),
    target: targetText(target, unit),
    pass,
    runs: s.runs,
    ...(extra.note ? { note: extra.note } : {}),
  };
}

/** A case that could not run: listed, never given a number. */
export function notMeasured(name: string, target: Target, unit: 'ms' | 'MB', why: string): BenchResult {
  return { name, value: null, unit, target: targetText(target, unit), pass: null, note: `not measured: ${why}` };
}
