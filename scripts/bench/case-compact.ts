import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import type { Entity } from '../../src/shared/domain/model/entity';
import { storeConfig } from '../../src/main/services/store-config';
import { Store } from '../../src/main/store';
import { openKeepingJournal, scratchCopy, type BenchContext } from './context';
import { watchLoop } from './loop-probe';
import { maxMs, reported, result, type BenchResult } from './result';

const COMPACT_RUNS = 3;
const SAVES = 200;
/** Each run starts from a fresh copy of the seeded files; the median of their maxima is reported. */
const LOOP_RUNS = 3;

/** store.compact: folding the seeded journal into a new snapshot, from the same starting files each run. */
async function compactOnce(ctx: BenchContext): Promise<number> {
  const scratch = await scratchCopy(ctx.dataDir);
  try {
    const { store } = await openKeepingJournal(scratch.dir);
    ctx.gc();
    const t0 = performance.now();
    await store.compact();
    const ms = performance.now() - t0;
    await store.close(); // the journal is empty now: a plain close
    return ms;
  } finally {
    await scratch.remove();
  }
}

/**
 * loop.max-block: the longest stall of the main thread while an agent saves 200 times in a row with
 * the app's own compaction settings (4 MiB threshold: the seeded journal is just under it, so the
 * saves cross it) and one explicit compaction started halfway — every compaction the app would do.
 */
async function loopBlock(ctx: BenchContext): Promise<{ maxMs: number; p99Ms: number; compactions: number; gcMaxMs: number; majorGcs: number; worstPhase: string }> {
  const scratch = await scratchCopy(ctx.dataDir);
  try {
    let backgroundError: unknown;
    // Which compaction step was under way when the loop stalled longest (diagnosis, not a figure).
    let phase = 'saves';
    const store = await Store.open({
      dataDir: scratch.dir,
      config: storeConfig,
      lockOwner: 'bench',
      onBackgroundError: (e) => (backgroundError = e),
      onCompactionStep: (step) => void (phase = step === 'done' ? 'saves' : step),
    });
    const ids = [...store.list<Entity>('entities')].map((e) => e.id).filter((_, i) => i % 41 === 0);
    const save = (i: number) => {
      const id = ids[i % ids.length] as string;
      return store.transact('bench', (tx) => {
        const entity = tx.get('entities', id) as Entity;
        tx.put('entities', { ...entity, mailingAddress: `${entity.certificateAddress}${i}室` });
      });
    };
    // Warm-up saves, then a second of quiet: what the open left behind (lazy sweeping of its
    // garbage, first-call compilation) is not a save's stall. No forced GC here: it would leave
    // sweeping work for the next allocation, a stall the app never has.
    for (let i = 0; i < 10; i++) await save(SAVES + i);
    await new Promise((r) => setTimeout(r, 1000));
    const generationBefore = store.generation;
    // The main thread's GC pauses, to tell a collection from anything else when the loop stalls.
    const gcs: PerformanceEntry[] = [];
    const observer = new PerformanceObserver((list) => void gcs.push(...list.getEntries()));
    observer.observe({ entryTypes: ['gc'] });
    const probe = watchLoop();
    const worst = { gapMs: 0, phase: '' };
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      if (now - last > worst.gapMs) Object.assign(worst, { gapMs: now - last, phase });
      last = now;
    }, 5);
    let compaction: Promise<void> | undefined;
    for (let i = 0; i < SAVES; i++) {
      if (i === SAVES / 2) compaction = store.compact();
      await save(i);
    }
    await compaction;
    // Let a threshold compaction that is still running finish inside the measurement.
    await store.compact();
    const pause = probe.stop();
    clearInterval(ticker);
    observer.disconnect();
    if (backgroundError) throw backgroundError;
    const compactions = store.generation - generationBefore;
    await store.close();
    const major = gcs.filter((e) => (e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR);
    return {
      maxMs: pause.maxMs,
      p99Ms: pause.p99Ms,
      compactions,
      gcMaxMs: Math.max(0, ...gcs.map((e) => e.duration)),
      majorGcs: major.length,
      // The 5 ms ticker's longest gap (about max + 5 ms) and the step it fell in.
      worstPhase: `${worst.phase} (${worst.gapMs.toFixed(0)} ms tick gap)`,
    };
  } finally {
    await scratch.remove();
  }
}

export async function benchCompaction(ctx: BenchContext): Promise<BenchResult[]> {
  const samples: number[] = [];
  await compactOnce(ctx); // warm-up
  for (let i = 0; i < COMPACT_RUNS; i++) samples.push(await compactOnce(ctx));
  ctx.log(`  store.compact: ${samples.map((s) => s.toFixed(0)).join(', ')} ms`);
  const loops = [];
  for (let i = 0; i < LOOP_RUNS; i++) {
    const loop = await loopBlock(ctx);
    ctx.log(
      `  loop: max ${loop.maxMs.toFixed(1)} ms, p99 ${loop.p99Ms.toFixed(1)} ms, ${loop.compactions} compactions; longest GC pause ${loop.gcMaxMs.toFixed(1)} ms, ${loop.majorGcs} major GCs; longest stall during: ${loop.worstPhase}`,
    );
    loops.push(loop);
  }
  const p99 = loops.map((l) => l.p99Ms.toFixed(1)).join('/');
  const gcMax = loops.map((l) => l.gcMaxMs.toFixed(0)).join('/');
  return [
    result('store.compact', samples, reported, { note: 'fold of the seeded journal in a worker, durable write of the new snapshot' }),
    result(
      'loop.max-block',
      loops.map((l) => l.maxMs),
      maxMs(50),
      { note: `${SAVES} saves with ${loops[0]?.compactions ?? 0} compactions among them (threshold + one explicit); p99 delay ${p99} ms; longest main-thread GC pause per run ${gcMax} ms` },
    ),
  ];
}
