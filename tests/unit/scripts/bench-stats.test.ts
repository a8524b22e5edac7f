import { describe, expect, it } from 'vitest';
import { maxMs, maxRatio, notMeasured, reported, result } from '../../../scripts/bench/result';
import { measure, median, percentile, ratio, round, summarize } from '../../../scripts/bench/stats';
import { formatTable } from '../../../scripts/bench/table';
import { parseFlags } from '../../../scripts/seed/args';

describe('bench statistics', () => {
  it('takes the middle value of an odd count and the mean of the middle two of an even one', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('leaves the samples as they were (no in-place sort)', () => {
    const samples = [3, 1, 2];
    median(samples);
    percentile(samples, 90);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('refuses an empty sample list instead of inventing a number', () => {
    expect(() => median([])).toThrow();
    expect(() => percentile([], 50)).toThrow();
  });

  it('uses nearest-rank percentiles, so the value was actually observed', () => {
    const samples = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    expect(percentile(samples, 90)).toBe(90);
    expect(percentile(samples, 91)).toBe(100);
    expect(percentile(samples, 0)).toBe(10);
    expect(percentile(samples, 100)).toBe(100);
    expect(() => percentile(samples, 101)).toThrow();
  });

  it('summarizes median, extremes, p90 and the number of runs', () => {
    expect(summarize([4, 2, 8, 6])).toEqual({ median: 5, min: 2, max: 8, p90: 8, runs: 4 });
  });

  it('has no ratio against a zero or infinite floor', () => {
    expect(ratio(10, 4)).toBe(2.5);
    expect(ratio(10, 0)).toBeUndefined();
    expect(ratio(10, Infinity)).toBeUndefined();
  });

  it('rounds to fewer decimals as values grow', () => {
    expect(round(0.123456)).toBe(0.123);
    expect(round(1.23456)).toBe(1.23);
    expect(round(12.3456)).toBe(12.3);
    expect(round(123.456)).toBe(123);
  });

  it('times the runs after untimed warm-ups, calling the hook before each', async () => {
    const calls: string[] = [];
    const samples = await measure(() => void calls.push('run'), { warmup: 2, runs: 3, before: () => void calls.push('before') });
    expect(samples).toHaveLength(3);
    expect(calls).toEqual(['before', 'run', 'before', 'run', 'before', 'run', 'before', 'run', 'before', 'run']);
    for (const s of samples) expect(s).toBeGreaterThanOrEqual(0);
  });
});

describe('bench results', () => {
  it('passes a time target on the median, not on the best run', () => {
    const r = result('x', [1, 9, 9], maxMs(5));
    expect(r).toMatchObject({ name: 'x', value: 9, unit: 'ms', target: '≤ 5 ms', pass: false, runs: 3 });
    expect(r.floor).toBeUndefined();
  });

  it('passes a ratio target on median over median floor, and reports both', () => {
    const r = result('open', [300, 410, 500], maxRatio(2), { floorSamples: [190, 200, 210] });
    expect(r).toMatchObject({ value: 410, floor: 200, ratio: 2.05, target: '≤ 2× floor', pass: false });
    expect(result('open', [390], maxRatio(2), { floorSamples: [200] }).pass).toBe(true);
  });

  it('reports a ratio beside a time target when a floor is given', () => {
    expect(result('save', [1.5], maxMs(5), { floorSamples: [0.5] })).toMatchObject({ ratio: 3, pass: true });
  });

  it('has neither target nor verdict for a figure that is only reported', () => {
    expect(result('heap', [250], reported, { unit: 'MB' })).toMatchObject({ unit: 'MB', target: null, pass: null });
  });

  it('marks a case that could not run as not measured, with no value', () => {
    expect(notMeasured('search.text', maxMs(20), 'ms', 'no search service')).toEqual({
      name: 'search.text',
      value: null,
      unit: 'ms',
      target: '≤ 20 ms',
      pass: null,
      note: 'not measured: no search service',
    });
  });

  it('prints one aligned row per figure, with FAIL and not measured spelled out', () => {
    const table = formatTable([result('a.fast', [1], maxMs(5)), result('b.slow', [9], maxMs(5)), notMeasured('c.none', maxMs(5), 'ms', 'why')]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[2]).toMatch(/^a\.fast\s+1 ms\s+—\s+—\s+≤ 5 ms\s+pass$/);
    expect(lines[3]).toMatch(/FAIL$/);
    expect(lines[4]).toMatch(/not measured$/);
  });
});

describe('script arguments', () => {
  it('reads --name value, --name=value and bare flags', () => {
    const flags = parseFlags(['--entities', '30', '--data-dir=/tmp/x', '--force'], { entities: 'value', 'data-dir': 'value', force: 'flag' });
    expect(Object.fromEntries(flags)).toEqual({ entities: '30', 'data-dir': '/tmp/x', force: true });
  });

  it('refuses an unknown option or a missing value rather than running with defaults', () => {
    expect(() => parseFlags(['--entites', '30'], { entities: 'value' })).toThrow(/unknown option --entites/);
    expect(() => parseFlags(['--entities'], { entities: 'value' })).toThrow(/needs a value/);
    expect(() => parseFlags(['30'], { entities: 'value' })).toThrow(/unexpected argument/);
  });
});
