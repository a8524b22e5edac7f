import { Button, Descriptions, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DataStatus } from '../../../shared/ipc';
import { useAppState } from '../../app/useAppState';
import { useLocalize } from '../../app/useLocalize';
import { FullPageFrame } from '../../components/FullPageFrame';

/** Data from a newer ICP Desk: nothing may write to it, so the only way on is to update the app. */
export default function NewerVersionScreen({ status }: { status: DataStatus }) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const { reload } = useAppState();
  return (
    <FullPageFrame>
      <Result
        status="warning"
        title={<h2 style={{ font: 'inherit', margin: 0 }}>{t('newer.page.title')}</h2>}
        subTitle={t('newer.page.body')}
        extra={<Button onClick={() => void reload()}>{t('newer.recheck.button')}</Button>}
        style={{ paddingBottom: 16 }}
      />
      <Descriptions
        bordered
        column={1}
        size="small"
        styles={{ label: { width: 240 } }}
        items={[
          ...(status.problem ? [{ key: 'problem', label: t('recovery.problem.label'), children: localize(status.problem) }] : []),
          { key: 'dir', label: t('recovery.dataDir.label'), children: <Typography.Text code style={{ wordBreak: 'break-all' }}>{status.dataDir}</Typography.Text> },
        ]}
      />
    </FullPageFrame>
  );
}
