import { dataDirFlag, intFlag, parseFlags, stringFlag } from './args';
import { runSeed, SeedRefused, type SeedSummary } from './seed';

const USAGE = 'npm run seed -- [--entities N=10000] [--data-dir DIR=.tmp/bench-data] [--seed S=icp-desk] [--base ISO] [--journal N] [--force]';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const list = (r: Record<string, number>) => Object.entries(r).map(([k, v]) => `${k} ${v}`).join(', ');

function print(s: SeedSummary): void {
  console.log(`\nSeeded ${s.dataDir} (seed '${s.seed}') in ${(s.ms / 1000).toFixed(1)} s`);
  console.log(`  records       ${list(s.counts)}`);
  console.log(`  entities      ${list(s.entitiesByState)}`);
  console.log(`  natures       ${Object.keys(s.entitiesByNature).length} of 18; provinces ${s.provinces} of 31`);
  console.log(`  services      ${list(s.servicesByKind)}`);
  console.log(`  filings       ${list(s.filingsByState)}`);
  console.log(`  history       ${s.filingHistoryEvents} filing events`);
  console.log(`  transactions  ${s.transactions.bulk} bulk (compacted), ${s.transactions.journal} left in the journal`);
  console.log(`  files         snapshot ${mb(s.snapshotBytes)}, journal ${mb(s.journalBytes)}`);
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2), { entities: 'value', 'data-dir': 'value', seed: 'value', base: 'value', journal: 'value', force: 'flag', help: 'flag' });
  if (flags.has('help')) {
    console.log(USAGE);
    return;
  }
  const entities = intFlag(flags, 'entities', 10_000);
  const dataDir = dataDirFlag(flags);
  const base = flags.get('base');
  const journal = flags.get('journal');
  console.log(`Seeding ${entities} entities into ${dataDir}`);
  const summary = await runSeed({
    dataDir,
    entities,
    seed: stringFlag(flags, 'seed', 'icp-desk'),
    force: flags.has('force'),
    ...(typeof base === 'string' ? { base } : {}),
    ...(journal !== undefined ? { journalTransactions: intFlag(flags, 'journal', 0) } : {}),
    log: (line) => console.log(line),
  });
  print(summary);
}

main().catch((error: unknown) => {
  if (error instanceof SeedRefused || (error instanceof Error && /^(unknown option|unexpected argument|--)/.test(error.message))) {
    console.error(`seed: ${error.message}\n${USAGE}`);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
