import { Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/ipc';
import { useAppState } from '../../app/useAppState';
import { backupReasonKey, formatBackupTime, formatBytes, sortNewestFirst } from './backup-format';

interface BackupTableProps {
  backups: readonly BackupInfo[];
  loading?: boolean;
  /** The row to point out (the newest, on the recovery screen), with the tag text to show. */
  highlight?: { name: string; tag: string };
  /** Per-row controls, e.g. Restore. */
  actions?: (backup: BackupInfo) => ReactNode;
  labelledBy?: string;
}

/** Backups, newest first: name, time, reason, size. */
export function BackupTable({ backups, loading = false, highlight, actions, labelledBy }: BackupTableProps) {
  const { t } = useTranslation();
  const { language } = useAppState();
  const columns: TableColumnsType<BackupInfo> = [
    {
      title: t('backup.table.name'),
      dataIndex: 'name',
      render: (name: string) => (
        <Flex vertical align="start" gap={4}>
          <Typography.Text style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 12 }}>{name}</Typography.Text>
          {highlight?.name === name && <Tag color="success">{highlight.tag}</Tag>}
        </Flex>
      ),
    },
    { title: t('backup.table.time'), dataIndex: 'createdAt', render: (createdAt: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatBackupTime(createdAt, language)}</span> },
    {
      title: t('backup.table.reason'),
      dataIndex: 'reason',
      render: (reason: string) => {
        const key = backupReasonKey(reason);
        return key ? t(key) : reason;
      },
    },
    { title: t('backup.table.size'), dataIndex: 'bytes', width: 100, align: 'right', render: (bytes: number) => formatBytes(bytes, language) },
  ];
  if (actions) columns.push({ title: t('backup.table.actions'), key: 'actions', width: 120, render: (_: unknown, backup: BackupInfo) => actions(backup) });

  return (
    <Table<BackupInfo>
      aria-labelledby={labelledBy}
      rowKey="name"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={sortNewestFirst(backups)}
      rowClassName={(backup) => (highlight?.name === backup.name ? 'icp-row-highlight' : '')}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      locale={{ emptyText: t('backup.table.empty') }}
    />
  );
}
