import type { z } from 'zod';
import type { LocalizedText } from '../../shared/domain/finding';
import type { StoreIo } from './io';

export interface StoreRecord {
  id: string;
}

/**
 * A secondary index over one collection. `keys` returns the already-normalized keys of a record
 * (normalizing is the caller's domain knowledge, e.g. full-width digits in a certificate number).
 * Declared with method syntax on purpose: methods are bivariant, so a caller can write
 * `keys: (entity: Entity) => [...]` and still put it in a `Record<string, IndexDef>`.
 */
export interface IndexDef {
  collection: string;
  keys(record: StoreRecord & Readonly<Record<string, unknown>>): readonly string[];
}

/** A pure function on the raw snapshot document; it must set `schemaVersion` to `to`. */
export interface Migration {
  from: number;
  to: number;
  description: string;
  migrate: (doc: unknown) => unknown;
}

export interface StoreConfig {
  schemaVersion: number;
  /** The store adds a built-in 'events' collection itself. */
  collections: Record<string, z.ZodType<StoreRecord>>;
  indexes?: Record<string, IndexDef>;
  /** Ordered; one step from each version in 0 … schemaVersion-1 to the next. */
  migrations: Migration[];
}

export type CompactionStep =
  | 'rotate-journal'
  | 'create-journal'
  | 'fold'
  | 'write-temp'
  | 'rename-snapshot'
  | 'sync-dir'
  | 'remove-prev'
  | 'done';

export interface StoreOptions {
  dataDir: string;
  config: StoreConfig;
  now?: () => Date;
  /** Injectable file operations so tests can make an append, fsync or rename fail (ENOSPC, EROFS). */
  io?: Partial<StoreIo>;
  /** Journal size that triggers a background compaction (default 4 MiB). */
  compactThresholdBytes?: number;
  /** Quiet time after the last commit before a background compaction (default 60 s; 0 disables). */
  idleCompactionMs?: number;
  /** e.g. 'electron' | 'web', written into the lock file. */
  lockOwner?: string;
  /** Test hook, called before each compaction step; throwing from it simulates a crash at that step. */
  onCompactionStep?: (step: CompactionStep) => void | Promise<void>;
  /** Background compactions (threshold, idle) have no caller to throw to; their errors land here. */
  onBackgroundError?: (error: unknown) => void;
}

export interface HistoryEvent {
  id: string;
  at: string;
  actor: string;
  action: string;
  target?: { collection: string; id: string };
  summary?: LocalizedText;
}

export interface Tx {
  /** Sees this transaction's own writes. */
  get(collection: string, id: string): StoreRecord | undefined;
  /** Validated with the collection schema at commit. Generic only so a literal record may carry its fields. */
  put<R extends StoreRecord>(collection: string, record: R): void;
  delete(collection: string, id: string): void;
  /** Written into 'events' in the same journal line as the change. */
  log(event: Omit<HistoryEvent, 'id' | 'at' | 'actor'> & { actor?: string }): void;
}

export interface OpenReport {
  droppedTornLine: boolean;
  migratedFrom?: number;
  generation: number;
  createdFresh: boolean;
}

/** `name` matches BACKUP_NAME: icp-desk-YYYYMMDD-HHMMSS-mmm-<reason>.json (local time). */
export interface BackupInfo {
  name: string;
  createdAt: string;
  reason: string;
  bytes: number;
}
