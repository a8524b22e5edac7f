import { writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { dataDirFlag, parseFlags, stringFlag } from '../seed/args';
import { runSeed } from '../seed/seed';
import { holdsData } from '../seed/store-files';
import { DEFAULT_BASE } from '../seed/time';
import { benchCompaction } from './case-compact';
import { benchFilings } from './case-filings';
import { benchIpc } from './case-ipc';
import { benchExportPdf, benchExportXlsx, benchImport } from './case-long-work';
import { benchOpen } from './case-open';
import { benchQueries } from './case-queries';
import { benchSave } from './case-save';
import { gcFunction, type BenchContext } from './context';
import type { BenchResult } from './result';
import { formatTable } from './table';

const USAGE = 'npm run bench -- [--data-dir DIR=.tmp/bench-data] [--out FILE=bench-results.json] [--only open,save,compact,queries,filings,ipc,export-xlsx,export-pdf,import]';

const CASES: Record<string, (ctx: BenchContext) => Promise<BenchResult[]>> = {
  open: benchOpen,
  queries: benchQueries,
  filings: benchFilings,
  save: benchSave,
  compact: benchCompaction,
  ipc: benchIpc,
  'export-xlsx': benchExportXlsx,
  'export-pdf': benchExportPdf,
  import: benchImport,
};

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2), { 'data-dir': 'value', out: 'value', only: 'value', help: 'flag' });
  if (flags.has('help')) {
    console.log(USAGE);
    return;
  }
  const dataDir = dataDirFlag(flags);
  const out = resolve(stringFlag(flags, 'out', 'bench-results.json'));
  const only = stringFlag(flags, 'only', Object.keys(CASES).join(',')).split(',');
  for (const name of only) if (!CASES[name]) throw new Error(`unknown case '${name}' (known: ${Object.keys(CASES).join(', ')})`);
  const gc = gcFunction();
  const ctx: BenchContext = { dataDir, now: new Date(DEFAULT_BASE), gc, log: (line) => console.log(line) };

  console.log(
    `ICP Desk bench — node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  if (!(await holdsData(dataDir))) {
    console.log(`No data in ${dataDir}: seeding 10,000 entities first (seed 'icp-desk')`);
    await runSeed({ dataDir, entities: 10_000, seed: 'icp-desk', force: false, log: (line) => console.log(line) });
  }
  if (!(globalThis as { gc?: unknown }).gc) console.log('(run with node --expose-gc for steadier figures: npm run bench does)');

  const results: BenchResult[] = [];
  for (const name of only) {
    console.log(`\n${name}…`);
    const t0 = performance.now();
    results.push(...(await (CASES[name] as (ctx: BenchContext) => Promise<BenchResult[]>)(ctx)));
    console.log(`  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
  // Other work on the machine shows up in every figure: say how busy it was.
  console.log(
    `\n${formatTable(results)}\n\nload average at the end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${out}`);
  const failed = results.filter((r) => r.pass === false).map((r) => r.name);
  if (failed.length > 0) console.log(`Targets missed: ${failed.join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error && /^(unknown|unexpected|--)/.test(error.message) ? `bench: ${error.message}\n${USAGE}` : error);
  process.exit(1);
});
