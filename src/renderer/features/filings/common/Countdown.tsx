import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { remaining } from './time';
import { useNow } from './useNow';

/** Time left until `dueAt`, ticking every second; red once it has passed. */
export function Countdown({ dueAt, compact = false }: { dueAt: string; compact?: boolean }) {
  const { t } = useTranslation();
  const now = useNow(1000);
  const left = remaining(dueAt, now);
  const amount = left.days > 0 ? t('filing.countdown.days', { days: left.days, clock: left.clock }) : left.clock;
  const text = left.overdue ? t('filing.countdown.overdue', { amount }) : compact ? amount : t('filing.countdown.left', { amount });
  return (
    <Typography.Text type={left.overdue ? 'danger' : undefined} strong={left.overdue} role="timer" className="icp-nowrap" style={{ fontVariantNumeric: 'tabular-nums' }}>
      {text}
    </Typography.Text>
  );
}
