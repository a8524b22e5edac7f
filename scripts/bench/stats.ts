/** Small statistics for benchmark samples. Pure, so the unit tests can pin them down. */

export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Nearest-rank percentile (p in 0–100): a value that was actually observed. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  if (p < 0 || p > 100) throw new Error(`percentile ${p} is outside 0–100`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

export interface Summary {
  median: number;
  min: number;
  max: number;
  p90: number;
  runs: number;
}

export function summarize(samples: readonly number[]): Summary {
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), p90: percentile(samples, 90), runs: samples.length };
}

/** value / floor, or undefined when there is no meaningful floor. */
export function ratio(value: number, floor: number): number | undefined {
  return floor > 0 && Number.isFinite(floor) ? value / floor : undefined;
}

/** Rounds for display and for the JSON file: 3 significant decimals below 10, fewer above. */
export function round(value: number): number {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : Math.abs(value) >= 1 ? 2 : 3;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export interface MeasureOptions {
  warmup: number;
  runs: number;
  /** Runs before every sample, untimed (collect garbage, reset state). */
  before?: () => void | Promise<void>;
}

/**
 * Times `fn` `runs` times after `warmup` untimed calls; returns the samples in milliseconds.
 * Sequential on purpose: overlapping runs would measure contention, not the operation.
 */
export async function measure(fn: () => unknown, options: MeasureOptions): Promise<number[]> {
  for (let i = 0; i < options.warmup; i++) {
    await options.before?.();
    await fn();
  }
  const samples: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    await options.before?.();
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}
