/**
 * The first `limit` items in the order `compare` defines, kept sorted while items stream in, with
 * a count of all: the dashboard shows 100 of possibly tens of thousands of deadlines and 20 of
 * 100,000 events, so sorting them all would waste most of its time.
 */
export class TopK<T> {
  count = 0;
  private readonly items: T[] = [];

  constructor(
    private readonly limit: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  add(item: T): void {
    this.count++;
    const n = this.items.length;
    if (n === this.limit && this.compare(item, this.items[n - 1] as T) >= 0) return;
    // Equal items keep arrival order: the new one goes after those already in.
    let i = n;
    while (i > 0 && this.compare(this.items[i - 1] as T, item) > 0) i--;
    this.items.splice(i, 0, item);
    if (this.items.length > this.limit) this.items.pop();
  }

  sorted(): readonly T[] {
    return this.items;
  }
}
