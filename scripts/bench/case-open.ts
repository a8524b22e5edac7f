import { readFile, stat } from 'node:fs/promises';
import { dataFiles } from '../../src/main/store/paths';
import { openKeepingJournal, type BenchContext } from './context';
import { maxRatio, result, type BenchResult } from './result';
import { measure } from './stats';

const RUNS = 7;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * store.open: read, validate, migrate, replay the journal and build the store indexes — against
 * the least any open must do with the same bytes: read them and JSON.parse the snapshot and each
 * journal line.
 */
export async function benchOpen(ctx: BenchContext): Promise<BenchResult[]> {
  const files = dataFiles(ctx.dataDir);
  let journalLines = 0;
  const parseFloor = async () => {
    const snapshot: unknown = JSON.parse((await readFile(files.snapshot)).toString('utf8'));
    const lines = (await readFile(files.journal)).toString('utf8').split('\n');
    journalLines = 0;
    for (const line of lines) if (line !== '' && JSON.parse(line)) journalLines++;
    return snapshot;
  };
  const storeOpen = async () => {
    const { close } = await openKeepingJournal(ctx.dataDir);
    await close();
  };
  // Interleaved, so that whatever else the machine is doing weighs on both alike.
  const floor: number[] = [];
  const open: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const f = await measure(parseFloor, { warmup: 0, runs: 1, before: ctx.gc });
    const o = await measure(storeOpen, { warmup: 0, runs: 1, before: ctx.gc });
    // The first pair is the warm-up.
    if (i > 0) {
      floor.push(...f);
      open.push(...o);
    }
  }
  ctx.log(`  floor (read + JSON.parse): ${floor.map((s) => s.toFixed(0)).join(', ')} ms`);
  ctx.log(`  store.open: ${open.map((s) => s.toFixed(0)).join(', ')} ms`);
  const sizes = `snapshot ${mb((await stat(files.snapshot)).size)} + journal ${mb((await stat(files.journal)).size)} (${journalLines} lines)`;
  return [result('store.open', open, maxRatio(2), { floorSamples: floor, note: sizes })];
}
