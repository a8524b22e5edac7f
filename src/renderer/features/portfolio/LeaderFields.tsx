import { Radio } from 'antd';
import { useId } from 'react';
import { useFormContext, useWatch, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/form/Field';
import { PersonFields } from './PersonFields';
import { PersonSelect } from './PersonSelect';

interface LeaderFieldsProps {
  /** Where the LeaderForm sits in the form ('leader', 'services.0.leader'). */
  prefix: string;
  /** The chosen person's name when the form opens on a stored leader. */
  currentLabel?: string;
  /** Offers "same as the entity's leader" (recording a whole entity at once). */
  sameAsEntity?: boolean;
}

/** The leader: a stored person (searchable) or a new one entered here. */
export function LeaderFields<T extends FieldValues>({ prefix, currentLabel, sameAsEntity }: LeaderFieldsProps) {
  const { t } = useTranslation();
  const groupLabel = useId();
  const { control, setValue } = useFormContext<T>();
  const mode = useWatch({ control, name: `${prefix}.mode` as never }) as unknown as 'entity' | 'existing' | 'new' | undefined;
  return (
    <>
      <div style={{ marginBottom: 16 }}>
        <span id={groupLabel} className="icp-group-label">
          {t('leader.mode.label')}
        </span>
        <Radio.Group
          aria-labelledby={groupLabel}
          value={mode}
          onChange={(event) => setValue(`${prefix}.mode` as never, event.target.value as never, { shouldDirty: true })}
          options={[
            ...(sameAsEntity ? [{ value: 'entity', label: t('leader.mode.entity') }] : []),
            { value: 'existing', label: t('leader.mode.existing') },
            { value: 'new', label: t('leader.mode.new') },
          ]}
        />
      </div>
      {mode === 'entity' ? null : mode === 'existing' ? (
        <Field<T>
          name={`${prefix}.id` as never}
          label={t('leader.existing.label')}
          required
          render={(field, a11y) => (
            <PersonSelect a11y={a11y} value={field.value as string | undefined} onChange={field.onChange} onBlur={field.onBlur} currentLabel={currentLabel} />
          )}
        />
      ) : (
        <PersonFields<T> prefix={`${prefix}.person`} />
      )}
    </>
  );
}
