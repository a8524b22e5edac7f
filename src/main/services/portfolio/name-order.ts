/** An index entry that can be kept in order. */
export interface Ranked {
  readonly id: string;
  readonly name: string;
}

// Pinyin order, as a Chinese user expects a list of names (ICU's zh collation); numeric so 店2 < 店10.
const collator = new Intl.Collator('zh-CN', { numeric: true });

export const compareText = (a: string, b: string): number => collator.compare(a, b);
export const compareByName = (a: Ranked, b: Ranked): number => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Past this many changes at once, one sort is cheaper than that many binary-search splices. */
const RESORT_THRESHOLD = 2000;

/**
 * Entries kept sorted incrementally: sorting 25,000 entries with a comparator costs 20–50 ms, too
 * much for every keystroke of a search, while a binary-search splice costs microseconds. A query
 * then walks the array in order (or backwards) and filters; nothing is sorted per query.
 * The comparator must be total (ids break ties), so every entry has exactly one place.
 */
export class SortedOrder<E extends Ranked> {
  private list: E[] = [];

  constructor(private readonly compare: (a: E, b: E) => number = compareByName) {}

  reset(entries: Iterable<E>): void {
    this.list = [...entries].sort(this.compare);
  }

  /** Replaces `removed` entries with `added` ones (either may be empty). */
  update(removed: readonly E[], added: readonly E[]): void {
    if (removed.length === 0 && added.length === 0) return;
    if (removed.length + added.length > RESORT_THRESHOLD) {
      const gone = new Set(removed);
      this.reset([...this.list.filter((e) => !gone.has(e)), ...added]);
      return;
    }
    for (const entry of removed) {
      const i = this.lowerBound(entry);
      if (this.list[i] === entry) this.list.splice(i, 1);
      else {
        // Not where its key says (should not happen): find it by identity rather than keep a stale entry.
        const j = this.list.indexOf(entry);
        if (j >= 0) this.list.splice(j, 1);
      }
    }
    for (const entry of added) this.list.splice(this.lowerBound(entry), 0, entry);
  }

  ordered(): readonly E[] {
    return this.list;
  }

  private lowerBound(entry: E): number {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(this.list[mid] as E, entry) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * The name order plus one order per other sort field, each built on first use and then kept in
 * step with every update: a field nobody sorts by costs nothing.
 */
export class Orders<E extends Ranked, F extends string> {
  private readonly built = new Map<F | 'name', SortedOrder<E>>();
  private all: () => Iterable<E> = () => [];

  constructor(private readonly comparators: Readonly<Record<F, (a: E, b: E) => number>>) {}

  /** Forgets every order; each is sorted again from `entries` on first use. */
  reset(entries: () => Iterable<E>): void {
    this.all = entries;
    this.built.clear();
  }

  update(removed: readonly E[], added: readonly E[]): void {
    for (const order of this.built.values()) order.update(removed, added);
  }

  /** The total order of `field`: its key, then the name (then the id), so equal keys list alphabetically. */
  comparator(field: F | 'name'): (a: E, b: E) => number {
    if (field === 'name') return compareByName;
    const compare = this.comparators[field];
    return (a, b) => compare(a, b) || compareByName(a, b);
  }

  /** Entries in the order of `field`, ascending. */
  by(field: F | 'name'): readonly E[] {
    let order = this.built.get(field);
    if (!order) {
      order = new SortedOrder<E>(this.comparator(field));
      order.reset(this.all());
      this.built.set(field, order);
    }
    return order.ordered();
  }
}
