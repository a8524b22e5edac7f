import type { Language } from '../../../shared/ipc/schemas';
import type { Store, Tx } from '../../store';
import type { SettingsRecord } from '../store-config';
import type { PortfolioIndex } from './portfolio-index';
import type { StoreSource } from './store-source';

export interface PortfolioOptions {
  /** The clock: deadline statuses and record timestamps (tests pin it). */
  now?: () => Date;
  /** Records built per slice of the background warm-up (500 by default). */
  warmUpSlice?: number;
  /** How the warm-up waits between slices (setImmediate by default; tests hold it to interleave commits). */
  warmUpPause?: () => Promise<void>;
}

/**
 * What every portfolio service shares: the store, the clock (timestamps and deadline statuses),
 * the search index, and how to write with the user's name on the history.
 */
export class PortfolioContext {
  private lastStamp = 0;

  constructor(
    readonly source: StoreSource,
    readonly index: PortfolioIndex,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  get store(): Store {
    return this.source.store;
  }

  now(): Date {
    return this.clock();
  }

  /**
   * A strictly increasing instant: updatedAt is the CONFLICT check's token, so two saves within
   * one millisecond must still differ.
   */
  stamp(): string {
    const ms = Math.max(this.clock().getTime(), this.lastStamp + 1);
    this.lastStamp = ms;
    return new Date(ms).toISOString();
  }

  /** The name history events carry: the user name from Settings, or '' when none is set. */
  actor(): string {
    return this.store.get<SettingsRecord>('settings', 'app')?.userName ?? '';
  }

  /** The language of field messages (issues carry one string): the user's, zh-CN by default. */
  language(): Language {
    return this.store.get<SettingsRecord>('settings', 'app')?.language ?? 'zh-CN';
  }

  /**
   * One user action in one durable journal line (store.transact), with `at` a fresh stamp taken
   * inside the commit lock. The search index hears of the commit through the store itself (see
   * store-tracking), so other services writing to the store keep it in step just the same.
   */
  transact<T>(fn: (tx: Tx, at: string) => T): Promise<T> {
    return this.store.transact(this.actor(), (tx) => fn(tx, this.stamp()));
  }
}
