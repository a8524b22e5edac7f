import { Checkbox, Input, Select, type SelectProps } from 'antd';
import type { FieldValues } from 'react-hook-form';
import { Field, type FieldProps } from './Field';

/** Empty text is "not given": optional schema fields then pass, required ones say "required". */
const orUndefined = (value: string): string | undefined => (value === '' ? undefined : value);

interface TextFieldProps<T extends FieldValues> extends FieldProps<T> {
  placeholder?: string;
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'tel' | 'email' | 'url';
  multiline?: boolean;
  maxLength?: number;
}

export function TextField<T extends FieldValues>({ placeholder, autoComplete, inputMode, multiline, maxLength, ...props }: TextFieldProps<T>) {
  return (
    <Field<T>
      {...props}
      render={(field, a11y) =>
        multiline ? (
          <Input.TextArea
            {...a11y}
            ref={field.ref}
            name={field.name}
            value={(field.value as string | undefined) ?? ''}
            onChange={(event) => field.onChange(orUndefined(event.target.value))}
            onBlur={field.onBlur}
            placeholder={placeholder}
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={maxLength}
          />
        ) : (
          <Input
            {...a11y}
            ref={field.ref}
            name={field.name}
            value={(field.value as string | undefined) ?? ''}
            onChange={(event) => field.onChange(orUndefined(event.target.value))}
            onBlur={field.onBlur}
            placeholder={placeholder}
            autoComplete={autoComplete ?? 'off'}
            inputMode={inputMode}
            maxLength={maxLength}
            spellCheck={false}
          />
        )
      }
    />
  );
}

/** A calendar date as 'YYYY-MM-DD' (the browser's own date control: keyboard-friendly, no extra library). */
export function DateField<T extends FieldValues>({ disabled, ...props }: FieldProps<T> & { disabled?: boolean }) {
  return (
    <Field<T>
      {...props}
      render={(field, a11y) => (
        <Input
          {...a11y}
          type="date"
          ref={field.ref}
          name={field.name}
          disabled={disabled}
          value={(field.value as string | undefined) ?? ''}
          onChange={(event) => field.onChange(orUndefined(event.target.value))}
          onBlur={field.onBlur}
          style={{ maxWidth: 200 }}
        />
      )}
    />
  );
}

interface SelectFieldProps<T extends FieldValues> extends FieldProps<T> {
  options: NonNullable<SelectProps['options']>;
  placeholder?: string;
  mode?: 'multiple' | 'tags';
  /** For tags: what to type, since there are no options to pick. */
  notFoundContent?: string | null;
  allowClear?: boolean;
  onPicked?: (value: unknown) => void;
}

export function SelectField<T extends FieldValues>({ options, placeholder, mode, allowClear, onPicked, notFoundContent, ...props }: SelectFieldProps<T>) {
  return (
    <Field<T>
      {...props}
      render={(field, a11y) => (
        <Select
          {...a11y}
          ref={field.ref}
          mode={mode}
          allowClear={allowClear}
          showSearch={{ optionFilterProp: 'label' }}
          value={field.value ?? (mode ? [] : undefined)}
          onChange={(value: unknown) => {
            field.onChange(value ?? undefined);
            onPicked?.(value);
          }}
          onBlur={field.onBlur}
          options={options}
          placeholder={placeholder}
          popupMatchSelectWidth={false}
          notFoundContent={notFoundContent}
          tokenSeparators={mode === 'tags' ? [',', '，', ' ', '\n'] : undefined}
        />
      )}
    />
  );
}

export function CheckboxField<T extends FieldValues>({ children, ...props }: Omit<FieldProps<T>, 'label'> & { children: string }) {
  return (
    <Field<T>
      className="icp-checkbox-item"
      {...props}
      label={null}
      render={(field, a11y) => (
        <Checkbox {...a11y} ref={field.ref} checked={Boolean(field.value)} onChange={(event) => field.onChange(event.target.checked)} onBlur={field.onBlur}>
          {children}
        </Checkbox>
      )}
    />
  );
}
