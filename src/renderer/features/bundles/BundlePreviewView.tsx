import { Alert, Button, Flex, Radio, Spin, Table, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundlePlan, BundlePreview, BundleResolution } from '../../../shared/ipc';
import { useAppState } from '../../app/useAppState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatBackupTime } from '../backups/backup-format';
import { COLLECTION_LABELS } from './bundle-labels';
import { ConflictTable } from './ConflictTable';
import { useMergePlan } from './useMergePlan';

export type ImportMode = 'merge' | 'replace';

interface BundlePreviewViewProps {
  preview: BundlePreview;
  busy: boolean;
  /** With the plan the counts on screen come from, for the confirmation to repeat them. */
  onImport: (mode: ImportMode, resolutions: Record<string, BundleResolution>, plan: BundlePlan) => void;
  onDiscard: () => void;
}

/**
 * What the bundle holds against what is here, its conflicts with a choice each, and how to import it.
 * "A merge adds" and the conflicts are main's plan for the choices made so far (useMergePlan).
 */
export function BundlePreviewView({ preview, busy, onImport, onDiscard }: BundlePreviewViewProps) {
  const { t } = useTranslation();
  const { language } = useAppState();
  const [mode, setMode] = useState<ImportMode>('merge');
  const merge = useMergePlan(preview);
  const { plan } = merge;
  const countsId = useId();
  const conflictsId = useId();
  const modeId = useId();
  const rows = COLLECTION_LABELS.map(([name, label]) => ({
    name,
    label: t(label),
    bundle: preview.counts[name] ?? 0,
    local: preview.localCounts[name] ?? 0,
    merge: name === 'settings' ? '—' : (plan.mergeAdds[name] ?? 0),
  }));
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('bundle.preview.title', { name: preview.fileName })}
      </Typography.Title>
      <Typography.Text type="secondary">
        {t('bundle.preview.meta', { time: preview.exportedAt ? formatBackupTime(preview.exportedAt, language) : '—', version: preview.appVersion || '—', schema: preview.schemaVersion })}
      </Typography.Text>
      {preview.migratedFrom !== undefined && <Alert type="info" showIcon title={t('bundle.preview.migrated', { from: preview.migratedFrom })} />}
      <Typography.Text strong id={countsId}>
        {t('bundle.preview.counts')}
      </Typography.Text>
      <Table
        aria-labelledby={countsId}
        rowKey="name"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('bundle.counts.kind'), dataIndex: 'label' },
          { title: t('bundle.counts.bundle'), dataIndex: 'bundle', align: 'right' },
          { title: t('bundle.counts.local'), dataIndex: 'local', align: 'right' },
          { title: t('bundle.counts.merge'), dataIndex: 'merge', align: 'right' },
        ]}
      />
      {merge.planning && (
        <Flex gap={8} align="center" role="status" aria-live="polite">
          <Spin size="small" />
          <Typography.Text type="secondary">{t('bundle.counts.updating')}</Typography.Text>
        </Flex>
      )}
      {merge.error && !merge.planning && <ErrorAlert error={merge.error} />}
      {plan.identical > 0 && <Typography.Text type="secondary">{t('bundle.preview.identical', { count: plan.identical })}</Typography.Text>}
      <Typography.Text strong id={conflictsId}>
        {t('bundle.conflicts.title', { count: plan.conflicts.length })}
      </Typography.Text>
      {plan.conflicts.length === 0 ? (
        <Typography.Text>{t('bundle.conflicts.none')}</Typography.Text>
      ) : (
        <>
          <Typography.Text type="secondary">{t('bundle.conflicts.help')}</Typography.Text>
          <ConflictTable
            labelledBy={conflictsId}
            conflicts={plan.conflicts}
            resolutions={merge.resolutions}
            disabled={busy || mode === 'replace'}
            onChange={merge.choose}
          />
        </>
      )}
      <Typography.Text strong id={modeId}>
        {t('bundle.mode.label')}
      </Typography.Text>
      <Radio.Group aria-labelledby={modeId} value={mode} onChange={(e) => setMode(e.target.value as ImportMode)} disabled={busy}>
        <Flex vertical gap={4}>
          <Radio value="merge">{t('bundle.mode.merge')}</Radio>
          <Radio value="replace">{t('bundle.mode.replace')}</Radio>
        </Flex>
      </Radio.Group>
      {mode === 'replace' ? <Alert type="warning" showIcon title={t('bundle.mode.replaceWarning')} /> : <Typography.Text type="secondary">{t('bundle.mode.mergeNote')}</Typography.Text>}
      <Flex gap={8}>
        {/* While a re-plan is on its way the counts are stale: the confirmation must not repeat them. */}
        <Button type="primary" danger={mode === 'replace'} onClick={() => onImport(mode, merge.chosen(), plan)} loading={busy} disabled={mode === 'merge' && merge.planning}>
          {t('bundle.import.button')}
        </Button>
        <Button onClick={onDiscard} disabled={busy}>
          {t('bundle.import.discard')}
        </Button>
      </Flex>
    </Flex>
  );
}
