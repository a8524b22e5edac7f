import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../../../app/useAppState';
import type { SaveStatus as Status } from '../common/useFilingSaver';

const TIME: Record<string, Intl.DateTimeFormat> = {};
const timeOf = (ms: number, language: string) => (TIME[language] ??= new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false })).format(ms);

/** Whether what is on screen is saved: announced politely, so typing is never interrupted. */
export function SaveStatus({ status, savedAt, dirty }: { status: Status; savedAt: number | undefined; dirty: boolean }) {
  const { t } = useTranslation();
  const { language } = useAppState();
  const text =
    status === 'saving'
      ? t('filing.save.saving')
      : status === 'error'
        ? t('filing.save.failed')
        : dirty
          ? t('filing.save.pending')
          : savedAt
            ? t('filing.save.saved', { time: timeOf(savedAt, language) })
            : t('filing.save.upToDate');
  return (
    <Typography.Text type={status === 'error' ? 'danger' : 'secondary'} role="status" aria-live="polite">
      {text}
    </Typography.Text>
  );
}
