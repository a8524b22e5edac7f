import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { FilingDetail } from '../../../../shared/ipc';
import { dataFieldLabel } from '../common/data-fields';
import { latestRejections } from '../common/rejections';

/** The latest rejection's reasons, each with a link to its field when it can be edited. */
export function RejectionsAlert({ detail, fixLink }: { detail: FilingDetail; fixLink?: (fieldPath: string) => string | undefined }) {
  const { t } = useTranslation();
  const reasons = latestRejections(detail);
  if (reasons.length === 0) return null;
  const { filing } = detail;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      title={t(filing.state === 'ADMIN_REJECTED' ? 'filing.rejected.admin' : 'filing.rejected.provider', { count: reasons.length })}
      description={
        <ul className="icp-plain-list" aria-label={t('filing.rejected.listLabel')}>
          {reasons.map((r, i) => {
            const link = fixLink?.(r.fieldPath);
            const field = r.fieldPath ? dataFieldLabel(r.fieldPath, filing.data, t) : t('filing.field.general');
            return (
              <li key={i}>
                <Typography.Text strong>{field}</Typography.Text>
                {`${t('filing.colon')}${r.reason}`}
                {r.suggestion && <Typography.Text type="secondary">{` ${t('filing.reject.suggestionShown', { text: r.suggestion })}`}</Typography.Text>}
                {link && (
                  <>
                    {' '}
                    <Link to={link} aria-label={t('filing.rejected.fixLabel', { field })}>
                      {t('filing.check.fix')}
                    </Link>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      }
    />
  );
}
