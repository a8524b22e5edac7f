import type { Filing } from '../../src/shared/domain/model/filing';
import type { Person } from '../../src/shared/domain/model/person';
import type { Service } from '../../src/shared/domain/model/service';
import { runRules } from '../../src/shared/domain/rules/engine';
import { PortfolioServices } from '../../src/main/services/portfolio';
import { openKeepingJournal, type BenchContext } from './context';
import { maxMs, reported, result, type BenchResult } from './result';
import { measure } from './stats';

const RUNS = 30;

/** Deterministic picks from the seeded data: a record in the middle, not the first one written. */
function middle<T>(items: readonly T[], keep: (item: T) => boolean): T {
  const found = items.slice(Math.floor(items.length / 2)).find(keep) ?? items.find(keep);
  if (found === undefined) throw new Error('bench: the seeded data has no suitable record');
  return found;
}

/**
 * What the agent waits for in the list screens and the pre-submission check, through the
 * portfolio services over the opened store (the same code as the IPC handlers, without transport):
 * a filtered, sorted first page; searches by ICP number, domain fragment and person's name; the
 * rule engine on one order against the whole portfolio through the store-backed PortfolioView.
 * Also the cold build of the search index and the heap with everything loaded.
 */
export async function benchQueries(ctx: BenchContext): Promise<BenchResult[]> {
  const { store, close } = await openKeepingJournal(ctx.dataDir);
  try {
    const portfolio = new PortfolioServices({ store }, { now: () => ctx.now });
    const build = await measure(() => portfolio.index.current(), { warmup: 0, runs: 1 });

    const services = [...store.list<Service>('services')];
    const numbered = middle(services, (s) => s.icpNumber !== undefined && s.lifecycle.state === 'ACTIVE');
    const website = middle(services, (s) => s.kind === 'website' && s.domain.length > 8);
    const fragment = website.kind === 'website' ? website.domain.slice(0, 5) : '';
    const person = middle([...store.list<Person>('people')], (p) => p.name.length >= 2);
    const filing = middle([...store.list<Filing>('filings')], (f) => f.operation === 'initial' && f.state === 'DRAFT' && (f.data.services?.length ?? 0) >= 2);

    const list = { status: 'ACTIVE' as const, sort: { field: 'updatedAt' as const, order: 'desc' as const }, limit: 50 };
    const hits: Record<string, number> = {};
    const run = async (name: string, fn: () => { total: number }, target = maxMs(20)) => {
      const samples = await measure(() => (hits[name] = fn().total), { warmup: 3, runs: RUNS });
      return { name, samples, target };
    };
    const cases = [
      await run('query.entities', () => portfolio.entities.list(list)),
      await run('search.number', () => portfolio.entities.list({ text: numbered.icpNumber ?? '' })),
      await run('search.text', () => portfolio.entities.list({ text: fragment })),
      await run('search.person', () => portfolio.entities.list({ text: person.name })),
    ];
    const notes: Record<string, string> = {
      'query.entities': `status ACTIVE, newest first, first 50 of ${hits['query.entities']}`,
      'search.number': `'${numbered.icpNumber}': ${hits['search.number']} hit(s)`,
      'search.text': `domain fragment '${fragment}': ${hits['search.text']} hits`,
      'search.person': `person's name '${person.name}': ${hits['search.person']} hits`,
    };
    let findings = 0;
    const rules = await measure(() => (findings = runRules({ filing, portfolio: portfolio.view, now: ctx.now }).length), { warmup: 3, runs: RUNS });

    ctx.gc();
    const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
    return [
      result('portfolio.index-build', build, reported, { note: 'first list after open: the search index built from the store (once per open)' }),
      ...cases.map((c) => result(c.name, c.samples, c.target, { note: notes[c.name] ?? '' })),
      result('rules.check-filing', rules, maxMs(50), { note: `initial filing with ${filing.data.services?.length ?? 0} services, ${findings} findings, StorePortfolioView` }),
      result('memory.main-heap', [heapMb], reported, { unit: 'MB', note: 'heap used after GC with the store open and the search index built' }),
    ];
  } finally {
    await close();
  }
}
