import { Alert, App, Button, Card, Descriptions, Flex, Result, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataStatus, IpcError } from '../../../shared/ipc';
import { useChannel, useMutation } from '../../api';
import { useAppState } from '../../app/useAppState';
import { useLocalize } from '../../app/useLocalize';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FullPageFrame } from '../../components/FullPageFrame';
import { newestBackup, formatBackupTime } from '../backups/backup-format';
import { BackupTable } from '../backups/BackupTable';

/**
 * Shown instead of the app when the data file could not be read: what happened, where the damaged
 * files went, and the two ways on: the newest backup, or empty data.
 */
export default function RecoveryScreen({ status }: { status: DataStatus }) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const { language, reload } = useAppState();
  const { modal, message } = App.useApp();
  const backups = useChannel('backup:list', {});
  const restore = useMutation('backup:restore');
  const startEmpty = useMutation('data:start-empty');
  const [failure, setFailure] = useState<IpcError>();
  const backupsHeading = useId();

  const newest = backups.data ? newestBackup(backups.data) : undefined;
  const noBackups = backups.data !== undefined && backups.data.length === 0;
  const busy = restore.loading || startEmpty.loading;

  const confirmRestore = () => {
    if (!newest) return;
    modal.confirm({
      title: t('recovery.restore.confirmTitle'),
      content: t('recovery.restore.confirmBody', { name: newest.name, time: formatBackupTime(newest.createdAt, language) }),
      okText: t('recovery.restore.confirmOk'),
      cancelText: t('common.cancel.button'),
      onOk: async () => {
        setFailure(undefined);
        const result = await restore.run({ name: newest.name });
        if (!result.ok) return setFailure(result.error);
        void message.success(t('recovery.restore.done', { name: result.data.restoredFrom }));
        await reload();
      },
    });
  };

  const confirmStartEmpty = () => {
    modal.confirm({
      title: t('recovery.empty.confirmTitle'),
      content: status.movedAsideTo ? t('recovery.empty.confirmBody', { path: status.movedAsideTo }) : t('recovery.empty.confirmBodyNoPath'),
      okText: t('recovery.empty.confirmOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel.button'),
      onOk: async () => {
        setFailure(undefined);
        const result = await startEmpty.run({});
        if (!result.ok) return setFailure(result.error);
        void message.success(t('recovery.empty.done'));
        await reload();
      },
    });
  };

  const restoreButton = (
    <Button key="restore" type="primary" size="large" onClick={confirmRestore} disabled={!newest || busy} loading={restore.loading}>
      {t('recovery.restore.button')}
    </Button>
  );
  const emptyButton = (
    <Button key="empty" size="large" type={noBackups ? 'primary' : 'default'} onClick={confirmStartEmpty} disabled={busy} loading={startEmpty.loading}>
      {t('recovery.empty.button')}
    </Button>
  );

  return (
    <FullPageFrame>
      <Result
        status="warning"
        title={<h2 style={{ font: 'inherit', margin: 0 }}>{t('recovery.page.title')}</h2>}
        subTitle={t('recovery.page.subtitle')}
        extra={noBackups ? [emptyButton] : [restoreButton, emptyButton]}
        style={{ paddingBottom: 16 }}
      />
      <Flex vertical gap={16}>
        {failure && <ErrorAlert error={failure} />}
        <Descriptions
          bordered
          column={1}
          size="small"
          styles={{ label: { width: 240 } }}
          items={[
            { key: 'problem', label: t('recovery.problem.label'), children: status.problem ? localize(status.problem) : t('recovery.problem.unknown') },
            ...(status.movedAsideTo
              ? [{ key: 'moved', label: t('recovery.movedAside.label'), children: <Typography.Text copyable code style={{ wordBreak: 'break-all' }}>{status.movedAsideTo}</Typography.Text> }]
              : []),
            { key: 'dir', label: t('recovery.dataDir.label'), children: <Typography.Text code style={{ wordBreak: 'break-all' }}>{status.dataDir}</Typography.Text> },
          ]}
        />
        <Card size="small" title={<span id={backupsHeading}>{t('recovery.backups.title')}</span>}>
          {backups.error ? (
            <ErrorAlert error={backups.error} onRetry={backups.reload} />
          ) : noBackups ? (
            <Alert type="info" showIcon title={t('recovery.backups.none')} />
          ) : (
            <BackupTable
              labelledBy={backupsHeading}
              backups={backups.data ?? []}
              loading={backups.loading}
              highlight={newest ? { name: newest.name, tag: t('recovery.backups.newest') } : undefined}
            />
          )}
        </Card>
      </Flex>
    </FullPageFrame>
  );
}
