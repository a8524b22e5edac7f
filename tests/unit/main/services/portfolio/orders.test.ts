import { describe, expect, it } from 'vitest';
import { PortfolioServices } from '../../../../../src/main/services/portfolio';
import type { Entity } from '../../../../../src/shared/domain/model/entity';
import { compareByName, Orders, SortedOrder } from '../../../../../src/main/services/portfolio/name-order';
import { TopK } from '../../../../../src/main/services/portfolio/top-k';
import { USCC } from '../../../../fixtures/domain/values';
import { entityInput, openPortfolio, personInput } from './harness';

interface Item {
  id: string;
  name: string;
  n: number;
}

/** A small deterministic generator, so a failure replays. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const NAMES = ['北京', '上海', '广州', '深圳', '阿里', '腾讯', '华为', 'abc', 'ABC', '店2', '店10', '重庆', '长沙'];

describe('kept-sorted orders', () => {
  it('stay equal to a full sort through random inserts, removals and replacements', () => {
    const random = lcg(7);
    const orders = new Orders<Item, 'n'>({ n: (a, b) => a.n - b.n });
    const live = new Map<string, Item>();
    orders.reset(() => live.values());
    orders.by('n'); // built now, then kept in step
    for (let step = 0; step < 400; step++) {
      const id = `id${Math.floor(random() * 60)}`;
      const old = live.get(id);
      const next = random() < 0.2 ? undefined : { id, name: NAMES[Math.floor(random() * NAMES.length)] ?? '', n: Math.floor(random() * 5) };
      if (next) live.set(id, next);
      else live.delete(id);
      orders.update(old ? [old] : [], next ? [next] : []);
    }
    expect(orders.by('name')).toEqual([...live.values()].sort(compareByName));
    expect(orders.by('n')).toEqual([...live.values()].sort((a, b) => a.n - b.n || compareByName(a, b)));
  });

  it('sorts names in pinyin order with numbers compared as numbers', () => {
    const order = new SortedOrder<Item>();
    order.reset(['成都', '北京', '店10', '店2', '阿里'].map((name, i) => ({ id: `${i}`, name, n: 0 })));
    expect(order.ordered().map((i) => i.name)).toEqual(['阿里', '北京', '成都', '店2', '店10']);
  });
});

describe('TopK', () => {
  it('keeps the first k in order and counts all, ties in arrival order', () => {
    const top = new TopK<[number, string]>(3, (a, b) => a[0] - b[0]);
    for (const item of [[5, 'a'], [1, 'b'], [3, 'c'], [1, 'd'], [9, 'e'], [0, 'f']] as [number, string][]) top.add(item);
    expect(top.count).toBe(6);
    expect(top.sorted().map((i) => i[1])).toEqual(['f', 'b', 'd']);
  });
});

describe('index warm-up', () => {
  it('builds in the background, a slice at a time, and takes in commits made meanwhile', async () => {
    const h = await openPortfolio();
    const { id: leaderId } = await h.portfolio.people.create({ person: personInput() });
    for (let i = 0; i < 60; i++) {
      await h.portfolio.entities.create({ entity: entityInput({ name: `主体${i}`, certificateNumber: USCC.beijing }), leader: { id: leaderId } });
    }
    // Ten records per slice, and the test decides when the next slice runs: the commits below land
    // after the first slice, before the rest.
    let release = (): void => undefined;
    const pause = () => new Promise<void>((resolve) => (release = resolve));
    const fresh = new PortfolioServices({ store: h.store }, { warmUpSlice: 10, warmUpPause: pause });
    let warmed = false;
    const warming = fresh.warmUp().then(() => void (warmed = true));
    const first = h.store.list<Entity>('entities').next().value as Entity;
    await h.store.transact('', (tx) => tx.put('entities', { ...first, name: '主体0改' }));
    const last = [...h.store.list<Entity>('entities')].at(-1) as Entity;
    await h.store.transact('', (tx) => tx.put('entities', { ...last, name: '主体59改' }));
    await fresh.entities.create({ entity: entityInput({ name: '主体60' }), leader: { id: leaderId } });
    expect(warmed).toBe(false);
    while (!warmed) {
      release();
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await warming;
    const names = fresh.entities.list({ limit: 500 }).rows.map((r) => r.name);
    expect(names).toHaveLength(61);
    expect(names.slice(0, 3)).toEqual(['主体0改', '主体1', '主体2']);
    expect(names.slice(-2)).toEqual(['主体59改', '主体60']);
    expect(fresh.entities.list({ text: '主体0改' }).total).toBe(1);
  });
});
