export { Store, listBackups, restoreBackupInto } from './store';
export { StoreError } from './errors';
export type { StoreErrorKind, StoreIssue } from './errors';
export type { StoreIo } from './io';
export { migrations } from './migrations';
export { BACKUP_NAME } from './backups';
export { HistoryEventSchema } from './schema';
export type {
  BackupInfo,
  CompactionStep,
  HistoryEvent,
  IndexDef,
  Migration,
  OpenReport,
  StoreConfig,
  StoreOptions,
  StoreRecord,
  Tx,
} from './types';
