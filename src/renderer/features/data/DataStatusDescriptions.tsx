import { Alert, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChannel } from '../../api';
import { useAppState } from '../../app/useAppState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatBytes } from '../backups/backup-format';

/** Where the data lives and its state, from `data:get-status` and `app:get-info`. */
export function DataStatusDescriptions({ detailed = false }: { detailed?: boolean }) {
  const { t } = useTranslation();
  const { language } = useAppState();
  const status = useChannel('data:get-status', {});
  const info = useChannel('app:get-info', {});
  const error = status.error ?? info.error;
  if (error)
    return (
      <ErrorAlert
        error={error}
        onRetry={() => {
          status.reload();
          info.reload();
        }}
      />
    );

  const s = status.data;
  const i = info.data;
  const items = [
    { key: 'dir', label: t('data.dir.label'), children: s && <Typography.Text copyable style={{ overflowWrap: 'anywhere' }}>{s.dataDir}</Typography.Text> },
    { key: 'status', label: t('data.status.label'), children: s && <Tag color={s.mode === 'ready' ? 'success' : 'warning'}>{s.mode === 'ready' ? t('data.status.ready') : s.mode}</Tag> },
    { key: 'generation', label: t('data.generation.label'), children: s?.generation },
    ...(detailed ? [{ key: 'journal', label: t('data.journal.label'), children: s && formatBytes(s.journalBytes, language) }] : []),
    { key: 'version', label: t('data.version.label'), children: i?.version },
    ...(detailed
      ? [
          { key: 'schema', label: t('data.schema.label'), children: i?.schemaVersion },
          { key: 'shell', label: t('data.shell.label'), children: i && t(i.shell === 'electron' ? 'data.shell.electron' : 'data.shell.web') },
        ]
      : []),
  ];
  return (
    <Flex vertical gap={12}>
      <Descriptions bordered size="small" column={1} items={items} styles={{ label: { width: detailed ? 180 : 140 } }} />
      {s?.droppedTornLine && <Alert type="info" showIcon title={t('data.tornLine.notice')} />}
    </Flex>
  );
}
