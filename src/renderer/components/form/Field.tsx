import { useEffect, type ReactNode } from 'react';
import { Controller, useFormContext, type ControllerRenderProps, type FieldPath, type FieldValues } from 'react-hook-form';
import { fieldFeedback } from './field-feedback';
import { useFieldFindings, useFormFeedback } from './findings-context';
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
 * It follows only its own state and findings, so typing elsewhere does not redraw it.
 */
export function Field<T extends FieldValues>({ name, label, required, extra, className, render }: RenderFieldProps<T>) {
  const { control } = useFormContext<T>();
  const { shown } = useFormFeedback();
  const findings = useFieldFindings(name);
  useEffect(() => {
    shown.add(name);
    return () => {
      shown.delete(name);
    };
  }, [shown, name]);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState, formState }) => {
        const feedback = fieldFeedback(fieldState, formState.isSubmitted, findings);
        return (
          <FormField label={label} required={required} extra={extra} error={feedback.error} findings={feedback.findings} className={className}>
            {(a11y) => render(field, a11y)}
          </FormField>
        );
      }}
    />
  );
}
