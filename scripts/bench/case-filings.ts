import { FilingService } from '../../src/main/services/filings';
import { PortfolioServices } from '../../src/main/services/portfolio';
import type { Filing } from '../../src/shared/domain/model/filing';
import { openKeepingJournal, type BenchContext } from './context';
import { maxMs, reported, result, type BenchResult } from './result';
import { measure } from './stats';

const RUNS = 30;

/**
 * The order list (filing:list) over the seeded 15,000 orders, through the filing service as the IPC
 * handler calls it: the first list after open (which builds the order index), a text search, an
 * order-number search and the open-orders filter.
 */
export async function benchFilings(ctx: BenchContext): Promise<BenchResult[]> {
  const { store, close } = await openKeepingJournal(ctx.dataDir);
  try {
    const filings = new FilingService(new PortfolioServices({ store }, { now: () => ctx.now }));
    const all = [...store.list<Filing>('filings')];
    const numbered = all.slice(Math.floor(all.length / 2)).find((f) => f.providerOrderNumber !== undefined)?.providerOrderNumber ?? '';
    const build = await measure(() => filings.list({ limit: 50 }), { warmup: 0, runs: 1 });
    const hits: Record<string, number> = {};
    const run = async (name: string, query: Parameters<FilingService['list']>[0]) => {
      const samples = await measure(() => (hits[name] = filings.list(query).total), { warmup: 3, runs: RUNS });
      return result(name, samples, maxMs(20), { note: `${JSON.stringify(query)}: ${hits[name]} of ${all.length} orders` });
    };
    return [
      result('filings.index-build', build, reported, { note: `first order list after open: the order index built from ${all.length} orders` }),
      await run('search.filings', { text: '科技', limit: 50 }),
      await run('search.filings-number', { text: numbered, limit: 50 }),
      await run('query.filings-open', { open: true, limit: 50 }),
    ];
  } finally {
    await close();
  }
}
