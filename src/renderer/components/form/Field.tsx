import { useEffect, type ReactNode } from 'react';
import { Controller, useFormContext, type ControllerRenderProps, type FieldPath, type FieldValues } from 'react-hook-form';
import { fieldFeedback } from './field-feedback';
import { useFormFeedback } from './findings-context';
import { FormField, type FieldA11y } from './FormField';

export interface FieldProps<T extends FieldValues> {
  name: FieldPath<T>;
  label: ReactNode;
  required?: boolean;
  extra?: ReactNode;
  className?: string;
}

interface RenderFieldProps<T extends FieldValues> extends FieldProps<T> {
  render: (field: ControllerRenderProps<T, FieldPath<T>>, a11y: FieldA11y) => ReactNode;
}

/**
 * One field of a react-hook-form form (inside a FormProvider): the control through `Controller`,
 * the label, and under it the form's error and the shared validators' findings for that path.
 */
export function Field<T extends FieldValues>({ name, label, required, extra, className, render }: RenderFieldProps<T>) {
  const { control, getFieldState, formState } = useFormContext<T>();
  const { findings, shown } = useFormFeedback();
  useEffect(() => {
    shown.add(name);
    return () => {
      shown.delete(name);
    };
  }, [shown, name]);
  const feedback = fieldFeedback(getFieldState, formState, findings, name);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <FormField label={label} required={required} extra={extra} error={feedback.error} findings={feedback.findings} className={className}>
          {(a11y) => render(field, a11y)}
        </FormField>
      )}
    />
  );
}
