/** An index entry that can be kept in name order; `rank` is its position, refreshed lazily. */
export interface Ranked {
  readonly id: string;
  readonly name: string;
  rank: number;
}

// Pinyin order, as a Chinese user expects a list of names (ICU's zh collation); numeric so 店2 < 店10.
const collator = new Intl.Collator('zh-CN', { numeric: true });

export const compareByName = (a: Ranked, b: Ranked): number => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Past this many changes at once, one sort is cheaper than that many binary-search splices. */
const RESORT_THRESHOLD = 2000;

/**
 * Entries sorted by name, kept sorted incrementally: a collator sort of 10,000 names costs about
 * 20 ms, too much for every keystroke of a search, while a splice into the sorted array costs
 * microseconds. A query sorted by name then walks this array; other sorts break ties by `rank`.
 */
export class NameOrder<E extends Ranked> {
  private list: E[] = [];
  private ranksStale = false;

  reset(entries: Iterable<E>): void {
    this.list = [...entries].sort(compareByName);
    this.ranksStale = true;
  }

  /** Replaces `removed` entries with `added` ones (either may be empty). */
  update(removed: readonly E[], added: readonly E[]): void {
    if (removed.length === 0 && added.length === 0) return;
    this.ranksStale = true;
    if (removed.length + added.length > RESORT_THRESHOLD) {
      const gone = new Set(removed);
      this.reset([...this.list.filter((e) => !gone.has(e)), ...added]);
      return;
    }
    for (const entry of removed) {
      const i = this.lowerBound(entry);
      if (this.list[i] === entry) this.list.splice(i, 1);
    }
    for (const entry of added) this.list.splice(this.lowerBound(entry), 0, entry);
  }

  /** Every entry in name order, with `rank` set to its position. */
  ordered(): readonly E[] {
    if (this.ranksStale) {
      for (let i = 0; i < this.list.length; i++) (this.list[i] as E).rank = i;
      this.ranksStale = false;
    }
    return this.list;
  }

  private lowerBound(entry: E): number {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareByName(this.list[mid] as E, entry) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
