import { describe, expect, it } from 'vitest';
import { backupReasonKey, formatBytes, newestBackup, sortNewestFirst } from '../../../src/renderer/features/backups/backup-format';

const backup = (name: string, createdAt: string) => ({ name, createdAt, reason: 'manual', bytes: 1 });

describe('backup list helpers', () => {
  it('picks the newest backup by time, whatever the order main lists them in', () => {
    const list = [backup('icp-desk-20250101-000000-000-manual.json', '2025-01-01T00:00:00.000Z'), backup('icp-desk-20250301-000000-000-manual.json', '2025-03-01T00:00:00.000Z'), backup('icp-desk-20250201-000000-000-manual.json', '2025-02-01T00:00:00.000Z')];
    expect(newestBackup(list)?.name).toBe('icp-desk-20250301-000000-000-manual.json');
    expect(sortNewestFirst(list).map((b) => b.createdAt.slice(0, 7))).toEqual(['2025-03', '2025-02', '2025-01']);
    expect(newestBackup([])).toBeUndefined();
  });

  it('shows sizes in readable units', () => {
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(48213, 'en')).toBe('47.1 KB');
    expect(formatBytes(1234567, 'zh-CN')).toBe('1.2 MB');
  });

  it('knows the manual reason and shows unknown reasons as written', () => {
    expect(backupReasonKey('manual')).toBe('backup.reason.manual');
    expect(backupReasonKey('something-new')).toBeUndefined();
    expect(backupReasonKey('constructor')).toBeUndefined();
  });
});
