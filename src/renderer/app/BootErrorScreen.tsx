import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../shared/ipc';
import { FullPageFrame } from '../components/FullPageFrame';
import { useAppState } from './useAppState';
import { useLocalize } from './useLocalize';

/** The data status or settings could not be read at all (service gone, directory locked…). */
export function BootErrorScreen({ error }: { error: IpcError }) {
  const { t } = useTranslation();
  const { reload } = useAppState();
  const localize = useLocalize();
  return (
    <FullPageFrame>
      <Result
        status="error"
        title={t('boot.error.title')}
        subTitle={localize(error.message)}
        extra={
          <Button type="primary" onClick={() => void reload()}>
            {t('common.retry.button')}
          </Button>
        }
      />
    </FullPageFrame>
  );
}
