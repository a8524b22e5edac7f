import { join } from 'node:path';

/** Every file the store owns inside the data directory (architecture §4). */
export interface DataFiles {
  dir: string;
  snapshot: string;
  snapshotTemp: string;
  journal: string;
  prevJournal: string;
  lock: string;
  backups: string;
}

export const SNAPSHOT_NAME = 'icp-desk.json';
export const JOURNAL_NAME = 'icp-desk.journal.jsonl';
export const PREV_JOURNAL_NAME = 'icp-desk.journal.prev.jsonl';
export const LOCK_NAME = 'icp-desk.lock';
export const BACKUPS_DIR = 'backups';

export function dataFiles(dir: string): DataFiles {
  const snapshot = join(dir, SNAPSHOT_NAME);
  return {
    dir,
    snapshot,
    snapshotTemp: `${snapshot}.tmp`,
    journal: join(dir, JOURNAL_NAME),
    prevJournal: join(dir, PREV_JOURNAL_NAME),
    lock: join(dir, LOCK_NAME),
    backups: join(dir, BACKUPS_DIR),
  };
}

/** Local time as YYYYMMDD-HHMMSS-mmm: sortable, and what the user sees on their own clock. */
export function timestampForName(date: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return (
    `${date.getFullYear()}${p(date.getMonth() + 1)}${p(date.getDate())}-` +
    `${p(date.getHours())}${p(date.getMinutes())}${p(date.getSeconds())}-${p(date.getMilliseconds(), 3)}`
  );
}

export function parseNameTimestamp(stamp: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})$/.exec(stamp);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, ms] = m.map(Number);
  if (y === undefined || mo === undefined || d === undefined || h === undefined || mi === undefined || s === undefined || ms === undefined) return undefined;
  const date = new Date(y, mo - 1, d, h, mi, s, ms);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
