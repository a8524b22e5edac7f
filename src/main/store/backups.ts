import { join } from 'node:path';
import { text } from '../../shared/domain/finding';
import { StoreError, errnoOf } from './errors';
import { isMissing, writeFileDurably, type StoreIo } from './io';
import { parseNameTimestamp, timestampForName } from './paths';
import type { BackupInfo } from './types';

/** icp-desk-YYYYMMDD-HHMMSS-mmm-<reason>.json, local time; anything else in the folder is not ours. */
export const BACKUP_NAME = /^icp-desk-(\d{8}-\d{6}-\d{3})-([a-z-]+)\.json$/;

/** How many of the most recent backups are always kept; plus the newest of each of the last DAILY_DAYS days. */
export const KEEP_RECENT = 10;
export const DAILY_DAYS = 14;

export function sanitizeReason(reason: string): string {
  const cleaned = reason
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return cleaned === '' ? 'manual' : cleaned;
}

export function parseBackupName(name: string): { createdAt: Date; reason: string } | undefined {
  const m = BACKUP_NAME.exec(name);
  if (!m || m[1] === undefined || m[2] === undefined) return undefined;
  const createdAt = parseNameTimestamp(m[1]);
  return createdAt ? { createdAt, reason: m[2] } : undefined;
}

/** The file of a named backup. Only names of our own pattern are accepted, so no path can escape the folder. */
export function backupFile(backupsDir: string, name: string): string {
  if (!BACKUP_NAME.test(name)) throw notFound(name);
  return join(backupsDir, name);
}

export function notFound(name: string): StoreError {
  return new StoreError(
    'NOT_FOUND',
    text(`找不到备份 ${name}。请刷新备份列表后重新选择。`, `The backup ${name} does not exist. Refresh the list of backups and choose again.`),
    { detail: name },
  );
}

/** Newest first. A missing backups folder simply means no backups yet. */
export async function listBackupsIn(io: StoreIo, backupsDir: string): Promise<BackupInfo[]> {
  let names: string[];
  try {
    names = await io.readdir(backupsDir);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
  const infos: BackupInfo[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const stat = await io.stat(join(backupsDir, name));
    if (!stat || stat.isDirectory) continue;
    infos.push({ name, createdAt: parsed.createdAt.toISOString(), reason: parsed.reason, bytes: stat.size });
  }
  // The timestamp is fixed-width and comes first, so name order is time order.
  return infos.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/**
 * Writes a backup durably under a name that is not taken yet (two backups in the same millisecond
 * get consecutive milliseconds rather than overwriting each other).
 */
export async function writeBackup(io: StoreIo, backupsDir: string, now: Date, reason: string, bytes: Uint8Array): Promise<BackupInfo> {
  try {
    await io.mkdir(backupsDir);
  } catch (error) {
    if (errnoOf(error) !== 'EEXIST') throw error;
  }
  const safeReason = sanitizeReason(reason);
  let at = now;
  let name = `icp-desk-${timestampForName(at)}-${safeReason}.json`;
  while (await io.stat(join(backupsDir, name))) {
    at = new Date(at.getTime() + 1);
    name = `icp-desk-${timestampForName(at)}-${safeReason}.json`;
  }
  await writeFileDurably(io, join(backupsDir, name), bytes);
  return { name, createdAt: at.toISOString(), reason: safeReason, bytes: bytes.length };
}

/** Which backups the rotation keeps: the KEEP_RECENT newest, plus the newest of each of the last DAILY_DAYS local days. */
export function backupsToKeep(backups: readonly BackupInfo[], now: Date): Set<string> {
  const newestFirst = [...backups].sort((a, b) => (a.name < b.name ? 1 : -1));
  const keep = new Set(newestFirst.slice(0, KEEP_RECENT).map((b) => b.name));
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  for (let d = 0; d < DAILY_DAYS; d++) {
    const start = new Date(today.getFullYear(), today.getMonth(), today.getDate() - d).getTime();
    const end = new Date(today.getFullYear(), today.getMonth(), today.getDate() - d + 1).getTime();
    const newestThatDay = newestFirst.find((b) => {
      const t = Date.parse(b.createdAt);
      return t >= start && t < end;
    });
    if (newestThatDay) keep.add(newestThatDay.name);
  }
  return keep;
}

/** Deletes the backups the policy does not keep; `protect` names are kept regardless (e.g. one being restored). */
export async function rotateBackups(io: StoreIo, backupsDir: string, now: Date, protect: ReadonlySet<string> = new Set()): Promise<string[]> {
  const backups = await listBackupsIn(io, backupsDir);
  const keep = backupsToKeep(backups, now);
  const removed: string[] = [];
  for (const b of backups) {
    if (keep.has(b.name) || protect.has(b.name)) continue;
    await io.unlink(join(backupsDir, b.name));
    removed.push(b.name);
  }
  return removed;
}
