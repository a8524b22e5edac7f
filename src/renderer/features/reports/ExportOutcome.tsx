import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { JobProgress } from '../../components/JobProgress';
import type { ExportRun } from './useExport';

interface ExportOutcomeProps {
  /** What is being exported, for the progress line (“正在生成“主体列表”…”). */
  name: string;
  run: ExportRun;
}

/**
 * Where an export stands: progress with Cancel while it runs; then where the file went (saved to a
 * path, downloaded, or the save dialog was cancelled — with Save again), the cancelled note, a
 * warning when the file holds only the first rows, or the error.
 */
export function ExportOutcome({ name, run }: ExportOutcomeProps) {
  const { t } = useTranslation();
  const { status, running, error, delivery } = run;
  const file = status?.file;
  if (running) return <JobProgress label={t('reports.export.working', { name })} status={status} onCancel={() => void run.cancel()} />;
  return (
    <Flex vertical gap={8}>
      {status?.state === 'cancelled' && (
        <Typography.Text type="secondary" role="status">
          {t('job.cancelled.note')}
        </Typography.Text>
      )}
      {file && delivery?.ok && delivery.saved && (
        <Typography.Text type="success" role="status">
          {delivery.path ? t('reports.export.savedTo', { path: delivery.path, count: file.rowCount }) : t('reports.export.done', { file: file.fileName, count: file.rowCount })}
        </Typography.Text>
      )}
      {file && delivery?.ok && !delivery.saved && (
        <Flex gap={8} align="center" wrap role="status">
          <Typography.Text type="secondary">{t('reports.export.notSaved', { file: file.fileName })}</Typography.Text>
          <Button size="small" onClick={() => void run.saveAgain()}>
            {t('reports.export.saveAgain')}
          </Button>
        </Flex>
      )}
      {file?.truncated && <Alert type="warning" showIcon title={t('reports.export.truncated', { count: file.rowCount })} />}
      {status?.error && <ErrorAlert error={status.error} />}
      {delivery && !delivery.ok && <ErrorAlert error={delivery.error} />}
      {error && <ErrorAlert error={error} />}
    </Flex>
  );
}
