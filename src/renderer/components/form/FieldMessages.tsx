import { Typography } from 'antd';
import type { Finding } from '../../../shared/domain';
import { useLocalize } from '../../app/useLocalize';

interface FieldMessagesProps {
  id: string;
  /** The form's own error for the field (schema, validator or main's answer), already worded. */
  error?: string;
  /** Validator findings still worth showing next to it (warnings, or errors not yet in `error`). */
  findings?: readonly Finding[];
}

/**
 * What is wrong with one field, under it: the error first, then each finding with its severity.
 * The element carries `id` so the control can point at it with aria-describedby.
 */
export function FieldMessages({ id, error, findings = [] }: FieldMessagesProps) {
  const localize = useLocalize();
  const shown = findings.filter((finding) => localize(finding.message) !== error);
  if (!error && shown.length === 0) return null;
  return (
    <span id={id} className="icp-field-messages">
      {error && (
        <Typography.Text type="danger" className="icp-field-message">
          {error}
        </Typography.Text>
      )}
      {shown.map((finding) => (
        <Typography.Text key={finding.code} type={finding.severity === 'error' ? 'danger' : 'warning'} className="icp-field-message" data-finding={finding.code}>
          {localize(finding.message)}
        </Typography.Text>
      ))}
    </span>
  );
}
