import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface LoopPause {
  /** The longest the main thread's event loop was held up, in ms. */
  maxMs: number;
  p99Ms: number;
}

/**
 * How long main's event loop is held up while something runs: Node's event-loop delay histogram at
 * 1 ms resolution (a timer that fires late by the length of every stall). The same probe serves
 * loop.max-block (case-compact) and the long-work cases (case-long-work).
 */
export function watchLoop(): { stop(): LoopPause } {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  return {
    stop() {
      histogram.disable();
      return { maxMs: histogram.max / 1e6, p99Ms: histogram.percentile(99) / 1e6 };
    },
  };
}
