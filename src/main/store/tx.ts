import { randomUUID } from 'node:crypto';
import { text } from '../../shared/domain/finding';
import { StoreError, type StoreIssue } from './errors';
import type { RecordChange } from './indexes';
import type { JournalOp } from './journal';
import { EVENTS, pathKey, type Collections, type ResolvedConfig } from './schema';
import type { HistoryEvent, StoreRecord, Tx } from './types';

/** What a transaction amounts to once validated: the journal ops and the record changes to apply. */
export interface TxResult {
  ops: JournalOp[];
  changes: RecordChange[];
}

/**
 * Collects a transaction's writes in a small overlay on top of the live maps, so nothing of the
 * portfolio is copied and the live state is untouched until the commit is durable.
 */
export class TxDraft {
  /** null marks a delete. */
  private readonly overlay = new Map<string, Map<string, StoreRecord | null>>();
  private active = true;
  readonly tx: Tx;

  constructor(
    private readonly live: Collections,
    private readonly config: ResolvedConfig,
    private readonly actor: string,
    private readonly at: string,
  ) {
    this.tx = {
      get: (collection, id) => this.get(collection, id),
      put: (collection, record) => this.put(collection, record),
      delete: (collection, id) => this.delete(collection, id),
      log: (event) => this.log(event),
    };
  }

  /** The transaction function has returned: later calls on its `tx` would be silently lost. */
  end(): void {
    this.active = false;
  }

  private check(collection: string): void {
    if (!this.active) throw new Error('this transaction has already ended; use the tx only inside its function');
    if (!this.live.has(collection)) throw new Error(`unknown collection '${collection}'`);
  }

  /**
   * A live record comes back as a copy: a caller that edits what it read and puts it back must not
   * change memory before (or without) the commit.
   */
  private get(collection: string, id: string): StoreRecord | undefined {
    this.check(collection);
    const pending = this.overlay.get(collection)?.get(id);
    if (pending !== undefined) return pending ?? undefined;
    const live = this.live.get(collection)?.get(id);
    return live === undefined ? undefined : structuredClone(live);
  }

  private put(collection: string, record: StoreRecord): void {
    this.check(collection);
    const id: unknown = (record as Partial<StoreRecord> | null)?.id;
    if (typeof id !== 'string' || id === '') {
      throw validationError([{ path: ['id'], message: 'a record needs a non-empty string id', collection }]);
    }
    this.pending(collection).set(id, record);
  }

  private delete(collection: string, id: string): void {
    if (this.get(collection, id) === undefined) {
      throw new StoreError('NOT_FOUND', text('要删除的记录不存在（可能已被删除）。请刷新后重试。', 'The record to delete does not exist (it may have been deleted already). Refresh, then try again.'), {
        detail: `${collection}/${id}`,
      });
    }
    this.pending(collection).set(id, null);
  }

  private log(event: Omit<HistoryEvent, 'id' | 'at' | 'actor'> & { actor?: string }): void {
    this.check(EVENTS);
    const record: HistoryEvent = {
      id: randomUUID(),
      at: this.at,
      actor: event.actor ?? this.actor,
      action: event.action,
      ...(event.target === undefined ? {} : { target: event.target }),
      ...(event.summary === undefined ? {} : { summary: event.summary }),
    };
    this.pending(EVENTS).set(record.id, record);
  }

  private pending(collection: string): Map<string, StoreRecord | null> {
    let map = this.overlay.get(collection);
    if (!map) {
      map = new Map();
      this.overlay.set(collection, map);
    }
    return map;
  }

  /**
   * Validates every written record with its collection schema. The parsed value is what is journaled
   * and kept, so replay reproduces memory exactly. Throws VALIDATION with zod paths (relative to the
   * record, so a form can place them) and nothing is written.
   */
  result(): TxResult {
    const ops: JournalOp[] = [];
    const changes: RecordChange[] = [];
    const issues: StoreIssue[] = [];
    for (const [collection, pending] of this.overlay) {
      const schema = this.config.collections.get(collection);
      const live = this.live.get(collection);
      if (!schema || !live) continue;
      for (const [id, value] of pending) {
        const before = live.get(id);
        if (value === null) {
          if (before === undefined) continue; // created and deleted in the same transaction
          ops.push({ del: collection, id });
          changes.push({ collection, id, before, after: undefined });
          continue;
        }
        // A private copy first: zod passes z.unknown() parts through by reference, and the caller
        // may keep changing its object after the commit.
        let copy: unknown;
        try {
          copy = structuredClone(value);
        } catch {
          issues.push({ path: [], message: 'the record holds values that cannot be stored (functions, symbols…)', collection, id });
          continue;
        }
        const parsed = schema.safeParse(copy);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) issues.push({ path: issue.path.map(pathKey), message: issue.message, collection, id });
          continue;
        }
        if (parsed.data.id !== id) {
          issues.push({ path: ['id'], message: 'the schema changed the id', collection, id });
          continue;
        }
        ops.push({ put: collection, r: parsed.data });
        changes.push({ collection, id, before, after: parsed.data });
      }
    }
    if (issues.length > 0) throw validationError(issues);
    return { ops, changes };
  }
}

export function validationError(issues: StoreIssue[]): StoreError {
  return new StoreError('VALIDATION', text('有内容未通过检查，没有保存。请按字段下的提示修改后再保存。', 'Some values did not pass the checks, so nothing was saved. Correct the fields as indicated, then save again.'), {
    issues,
    detail: issues.map((i) => `${i.collection ?? ''}/${i.id ?? ''} ${i.path.join('.')}: ${i.message}`).join('; '),
  });
}
