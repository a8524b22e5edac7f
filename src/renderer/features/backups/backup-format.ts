import type { MessageKey } from '../../../shared/i18n';
import type { BackupInfo, Language } from '../../../shared/ipc';

/** Newest first; names carry a timestamp too, so they break ties the same way. */
export function sortNewestFirst(backups: readonly BackupInfo[]): BackupInfo[] {
  return [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

export const newestBackup = (backups: readonly BackupInfo[]): BackupInfo | undefined => sortNewestFirst(backups)[0];

export function formatBackupTime(createdAt: string, language: Language): string {
  const date = new Date(createdAt);
  if (Number.isNaN(date.getTime())) return createdAt;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
}

export function formatBytes(bytes: number, language: Language): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

const reasonKeys: Record<string, MessageKey> = {
  manual: 'backup.reason.manual',
  'before-restore': 'backup.reason.beforeRestore',
  'pre-restore': 'backup.reason.beforeRestore',
  safety: 'backup.reason.beforeRestore',
  'before-migration': 'backup.reason.beforeMigration',
  'pre-migration': 'backup.reason.beforeMigration',
  migration: 'backup.reason.beforeMigration',
  scheduled: 'backup.reason.scheduled',
  auto: 'backup.reason.scheduled',
  daily: 'backup.reason.scheduled',
};

/** The catalog key for a reason the store writes; an unknown reason is shown as written. */
export const backupReasonKey = (reason: string): MessageKey | undefined => (Object.hasOwn(reasonKeys, reason) ? reasonKeys[reason] : undefined);
