import type { Language } from '../../../shared/ipc/schemas';
import type { Store, Tx } from '../../store';
import type { SettingsRecord } from '../store-config';
import type { PortfolioIndex } from './portfolio-index';
import type { StoreSource } from './store-source';

/** A record written by a transaction: what the search index must look at again. */
export interface Written {
  collection: string;
  id: string;
}

export interface PortfolioOptions {
  /** The clock: deadline statuses and record timestamps (tests pin it). */
  now?: () => Date;
}

/**
 * What every portfolio service shares: the store, the clock, the search index, and the one way to
 * write. Writing through `transact` keeps the index in step: the ids each transaction puts or
 * deletes are collected and only those entities are rebuilt after the commit. (A write that goes
 * around it is still noticed, later and at a higher price: see PortfolioIndex.current.)
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
   * inside the commit lock. The search index learns which records changed once the commit is
   * durable; a failed or refused transaction changes nothing, the index included.
   */
  async transact<T>(fn: (tx: Tx, at: string) => T): Promise<T> {
    const store = this.store;
    const written: Written[] = [];
    let seenBefore = '';
    const value = await store.transact(this.actor(), (tx) => {
      // Inside the commit lock every earlier commit has been applied: anything the index has not
      // seen by now was written by someone else.
      seenBefore = this.index.signatureOf(store);
      const tracking: Tx = {
        get: (collection, id) => tx.get(collection, id),
        put: (collection, record) => {
          written.push({ collection, id: record.id });
          tx.put(collection, record);
        },
        delete: (collection, id) => {
          written.push({ collection, id });
          tx.delete(collection, id);
        },
        log: (event) => tx.log(event),
      };
      return fn(tracking, this.stamp());
    });
    this.index.afterCommit(store, written, seenBefore);
    return value;
  }
}
