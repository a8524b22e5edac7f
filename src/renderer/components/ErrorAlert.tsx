import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../shared/ipc';
import { useLocalize } from '../app/useLocalize';

interface ErrorAlertProps {
  error: IpcError;
  onRetry?: () => void;
}

/** An error value from main, in the current language, with its field issues if any. */
export function ErrorAlert({ error, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const issues = error.issues ?? [];
  return (
    <Alert
      type="error"
      showIcon
      title={t('common.error.title')}
      description={
        <>
          <div>{localize(error.message)}</div>
          {issues.length > 0 && (
            <ul className="icp-issues">
              {issues.map((issue) => (
                <li key={`${issue.path.join('.')}:${issue.message}`}>
                  {issue.path.length > 0 && <code>{issue.path.join('.')}</code>} {issue.message}
                </li>
              ))}
            </ul>
          )}
        </>
      }
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('common.retry.button')}
          </Button>
        )
      }
    />
  );
}
