import { Alert, App, Button, Card, Flex, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, RestoreResult } from '../../../shared/ipc';
import { invalidateAll, useChannel, useMutation } from '../../api';
import { useAppState } from '../../app/useAppState';
import { useLocalize } from '../../app/useLocalize';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatBackupTime } from '../backups/backup-format';
import { BackupTable } from '../backups/BackupTable';

/** The backup list, "back up now", and restore with confirmation (a safety backup is taken first). */
export function BackupsSection() {
  const { t } = useTranslation();
  const localize = useLocalize();
  const { modal, message } = App.useApp();
  const { language, reload } = useAppState();
  const backups = useChannel('backup:list', {});
  const create = useMutation('backup:create');
  const restore = useMutation('backup:restore');
  const [restored, setRestored] = useState<RestoreResult>();
  const headingId = useId();

  const createNow = async () => {
    const result = await create.run({});
    if (!result.ok) return void message.error(localize(result.error.message));
    void message.success(t('backup.create.done', { name: result.data.name }));
    backups.reload();
  };

  const confirmRestore = (backup: BackupInfo) => {
    modal.confirm({
      title: t('backup.restore.confirmTitle'),
      content: t('backup.restore.confirmBody', { name: backup.name, time: formatBackupTime(backup.createdAt, language) }),
      okText: t('backup.restore.confirmOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel.button'),
      onOk: async () => {
        const result = await restore.run({ name: backup.name });
        if (!result.ok) return void message.error(localize(result.error.message));
        setRestored(result.data);
        // Everything on screen may have changed: settings, status, the backup list itself.
        invalidateAll();
        await reload({ quiet: true });
        void message.success(t('backup.restore.done', { from: result.data.restoredFrom }));
      },
    });
  };

  const busy = create.loading || restore.loading;
  return (
    <Card
      title={<span id={headingId}>{t('backup.section.title')}</span>}
      extra={
        <Button type="primary" onClick={() => void createNow()} loading={create.loading} disabled={restore.loading}>
          {t('backup.create.button')}
        </Button>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('backup.section.help')}
        </Typography.Paragraph>
        {restored && (
          <Alert
            type="success"
            showIcon
            closable={{ onClose: () => setRestored(undefined) }}
            title={t('backup.restore.done', { from: restored.restoredFrom })}
            description={restored.safetyBackup ? t('backup.restore.safety', { safety: restored.safetyBackup }) : undefined}
          />
        )}
        {backups.error ? (
          <ErrorAlert error={backups.error} onRetry={backups.reload} />
        ) : (
          <BackupTable
            labelledBy={headingId}
            backups={backups.data ?? []}
            loading={backups.loading && !backups.data}
            actions={(backup) => (
              <Button size="small" onClick={() => confirmRestore(backup)} disabled={busy} aria-label={t('backup.restore.rowLabel', { name: backup.name })}>
                {t('backup.restore.button')}
              </Button>
            )}
          />
        )}
      </Flex>
    </Card>
  );
}
