import { Alert, App, Flex, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUNDLE_EXTENSION, BundleImportResult, BundlePreview, type BundlePlan, type BundleResolution } from '../../../shared/ipc';
import { invalidateAll, invoke, readAsBase64, useJob } from '../../api';
import { useAppState } from '../../app/useAppState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FileDrop } from '../../components/FileDrop';
import { JobProgress } from '../../components/JobProgress';
import { BundlePreviewView, type ImportMode } from './BundlePreviewView';

/**
 * Import a bundle: choose the file, see the preview (checked in main's worker; cancellable), choose
 * merge or replace and each conflict's resolution, confirm, see the outcome. The import itself is one
 * store operation after a safety backup, so it shows progress without a Cancel.
 */
export function ImportBundle() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const { reload } = useAppState();
  const previewJob = useJob();
  const importJob = useJob();
  const [fileName, setFileName] = useState<string>();
  const [preview, setPreview] = useState<BundlePreview>();
  const [result, setResult] = useState<BundleImportResult>();

  const choose = async (file: File) => {
    setPreview(undefined);
    setResult(undefined);
    importJob.reset();
    setFileName(file.name);
    const base64 = await readAsBase64(file);
    const last = await previewJob.start(() => invoke('bundle:preview', { fileName: file.name, base64 }));
    if (last?.state === 'cancelled') return void message.info(t('bundle.import.cancelled'));
    if (last?.state === 'done') setPreview(BundlePreview.parse(last.value));
  };

  const runImport = async (p: BundlePreview, mode: ImportMode, resolutions: Record<string, BundleResolution>) => {
    const last = await importJob.start(() => invoke('bundle:import', { bundleId: p.bundleId, mode, resolutions }));
    if (last?.state !== 'done') return;
    setResult(BundleImportResult.parse(last.value));
    setPreview(undefined);
    // Everything on screen may have changed: lists, settings, the backup list.
    invalidateAll();
    await reload({ quiet: true });
  };

  const confirm = (p: BundlePreview, plan: BundlePlan, mode: ImportMode, resolutions: Record<string, BundleResolution>) => {
    const conflicts = plan.conflicts.length;
    modal.confirm({
      title: mode === 'replace' ? t('bundle.confirm.replaceTitle') : t('bundle.confirm.mergeTitle'),
      content:
        mode === 'replace'
          ? t('bundle.confirm.replaceBody', { name: p.fileName, entities: p.localCounts.entities ?? 0, incoming: p.counts.entities ?? 0 })
          : t('bundle.confirm.mergeBody', { entities: plan.mergeAdds.entities ?? 0, services: plan.mergeAdds.services ?? 0, filings: plan.mergeAdds.filings ?? 0, conflicts }),
      okText: t('bundle.confirm.ok'),
      okButtonProps: { danger: mode === 'replace' },
      cancelText: t('common.cancel.button'),
      onOk: () => void runImport(p, mode, resolutions),
    });
  };

  const failure = previewJob.error ?? previewJob.status?.error ?? importJob.error ?? importJob.status?.error;
  const busy = previewJob.running || importJob.running;
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('bundle.import.title')}
      </Typography.Title>
      {result && (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setResult(undefined) }}
          title={
            result.mode === 'replace'
              ? t('bundle.result.replace', { entities: result.counts.entities ?? 0 })
              : t('bundle.result.merge', { entities: result.counts.entities ?? 0, services: result.counts.services ?? 0, filings: result.counts.filings ?? 0, removed: result.removed })
          }
          description={result.safetyBackup ? t('bundle.result.safety', { name: result.safetyBackup }) : undefined}
        />
      )}
      {!preview && <FileDrop accept={`${BUNDLE_EXTENSION},application/gzip`} label={t('bundle.import.file')} hint={t('bundle.import.fileHint')} disabled={busy} onFile={(f) => void choose(f)} />}
      {previewJob.running && <JobProgress label={t('bundle.import.reading', { name: fileName ?? '' })} status={previewJob.status} onCancel={() => void previewJob.cancel()} />}
      {failure && !busy && <ErrorAlert error={failure} />}
      {preview && <BundlePreviewView key={preview.bundleId} preview={preview} busy={importJob.running} onImport={(mode, r, plan) => confirm(preview, plan, mode, r)} onDiscard={() => setPreview(undefined)} />}
      {importJob.running && (
        <Flex gap={8} align="center" role="status" aria-live="polite">
          <Spin size="small" />
          <Typography.Text>{t('bundle.import.working')}</Typography.Text>
        </Flex>
      )}
    </Flex>
  );
}
