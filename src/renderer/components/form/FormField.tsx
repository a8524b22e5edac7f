import { Form } from 'antd';
import { useId, type ReactNode } from 'react';
import type { Finding } from '../../../shared/domain';
import { FieldMessages } from './FieldMessages';

/** What a control needs to be named and described by its field. */
export interface FieldA11y {
  id: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
}

interface FormFieldProps {
  label: ReactNode;
  error?: string;
  findings?: readonly Finding[];
  extra?: ReactNode;
  required?: boolean;
  /** Renders the control with its id and descriptions. */
  children: (a11y: FieldA11y) => ReactNode;
  className?: string;
}

/**
 * One labelled field of a react-hook-form form laid out by antd's Form.Item (which only draws it:
 * the values live in react-hook-form). Errors and findings appear under the control.
 */
export function FormField({ label, error, findings = [], extra, required, children, className }: FormFieldProps) {
  const id = useId();
  const messagesId = `${id}-messages`;
  const extraId = `${id}-extra`;
  const hasError = Boolean(error) || findings.some((f) => f.severity === 'error');
  const hasWarning = findings.some((f) => f.severity === 'warning');
  const describedBy = [error || findings.length > 0 ? messagesId : undefined, extra ? extraId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <Form.Item
      className={className}
      label={label}
      htmlFor={id}
      required={required}
      validateStatus={hasError ? 'error' : hasWarning ? 'warning' : undefined}
      help={error || findings.length > 0 ? <FieldMessages id={messagesId} error={error} findings={findings} /> : undefined}
      extra={extra ? <span id={extraId}>{extra}</span> : undefined}
    >
      {children({ id, 'aria-invalid': hasError || undefined, 'aria-describedby': describedBy })}
    </Form.Item>
  );
}
