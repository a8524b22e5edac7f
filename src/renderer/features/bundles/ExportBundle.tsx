import { App, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { deliverJobFile, invoke, useJob } from '../../api';
import { useAppState } from '../../app/useAppState';
import { useLocalize } from '../../app/useLocalize';
import { ErrorAlert } from '../../components/ErrorAlert';
import { JobProgress } from '../../components/JobProgress';

/** Export bundle: a job with progress and Cancel; the file is saved (desktop) or downloaded (browser mode). */
export function ExportBundle() {
  const { t } = useTranslation();
  const localize = useLocalize();
  const { message } = App.useApp();
  const { boot } = useAppState();
  const job = useJob();
  const shell = boot.phase === 'ready' ? boot.info.shell : 'web';

  const run = async () => {
    const last = await job.start(() => invoke('bundle:export', {}));
    if (last?.state === 'cancelled') return void message.info(t('bundle.export.cancelled'));
    if (last?.state !== 'done' || !last.file) return;
    const delivered = await deliverJobFile(last.id, last.file.fileName, shell);
    if (!delivered.ok) return void message.error(localize(delivered.error.message));
    if (delivered.saved) void message.success(t('bundle.export.done', { file: delivered.path ?? delivered.fileName }));
  };

  const failure = job.error ?? job.status?.error;
  return (
    <Flex vertical gap={8} align="flex-start">
      {job.running ? (
        <JobProgress label={t('bundle.export.working')} status={job.status} onCancel={() => void job.cancel()} />
      ) : (
        <Button type="primary" onClick={() => void run()}>
          {t('bundle.export.button')}
        </Button>
      )}
      {failure && !job.running && <ErrorAlert error={failure} />}
    </Flex>
  );
}
