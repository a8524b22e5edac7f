import { Button, Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JobStatus } from '../../shared/ipc';

interface JobProgressProps {
  /** What is being done, e.g. “正在生成“主体列表”…”. */
  label: string;
  status: JobStatus | undefined;
  onCancel: () => void;
}

/**
 * A running job: what it does, how far it is (a bar once the amount of work is known, a count
 * beside it) and a Cancel button until the job begins to write (then it runs to its end). A status region, so screen readers hear the progress.
 */
export function JobProgress({ label, status, onCancel }: JobProgressProps) {
  const { t } = useTranslation();
  const progress = status?.progress;
  const known = progress !== undefined && progress.total > 0;
  const percent = known ? Math.floor((progress.done / progress.total) * 100) : 0;
  return (
    <Flex gap={12} align="center" wrap role="status" aria-live="polite">
      <Typography.Text>{label}</Typography.Text>
      <Progress
        style={{ width: 180, margin: 0 }}
        percent={percent}
        status="active"
        size="small"
        showInfo={false}
        aria-label={t('job.progress.label')}
      />
      <Typography.Text type="secondary">{known ? t('job.progress.count', { done: progress.done, total: progress.total }) : t('job.progress.starting')}</Typography.Text>
      {status?.cancellable !== false && (
        <Button size="small" onClick={onCancel}>
          {t('job.cancel.button')}
        </Button>
      )}
    </Flex>
  );
}
