import { Alert} from 'antd';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PersonDetail } from '../../../shared/ipc';
import { invoke } from '../../api';
import { FormShell } from '../../components/form/FormShell';
import { withFindings } from '../../components/form/findings-resolver';
import { formResolver } from '../../components/form/zod-messages';
import { PersonFields } from '../portfolio/PersonFields';
import { PersonForm, personDefaults, personFormFindings, type PersonFormIn, type PersonFormOut } from './person-form';
import { UsageList } from './UsageList';
import { Section } from '../../components/Section';

interface PersonEditFormProps {
  detail: PersonDetail;
  onDone: (saved: boolean) => void;
}

/** Editing a person changes every entity and service they lead: the form says which before saving. */
export function PersonEditForm({ detail, onDone }: PersonEditFormProps) {
  const { t } = useTranslation();
  const resolver = useMemo(() => withFindings(formResolver<PersonFormIn, PersonFormOut>(PersonForm, t), personFormFindings), [t]);
  const form = useForm<PersonFormIn, unknown, PersonFormOut>({ resolver, defaultValues: personDefaults(detail.person), mode: 'onTouched' });
  const { person, usages } = detail;
  return (
    <FormShell
      form={form}
      check={personFormFindings}
      save={(values) => invoke('person:update', { id: person.id, person: values.person, expectedUpdatedAt: person.updatedAt })}
      onSaved={() => onDone(true)}
      onCancel={() => onDone(false)}
      label={t('person.form.label')}
      submitLabel={t('person.edit.submit')}
    >
      <Section title={t('person.edit.title', { name: person.name })}>
        {usages.length > 0 && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('person.appliesTo.title', { count: usages.length })}
            description={<UsageList usages={usages} />}
          />
        )}
        <PersonFields<PersonFormIn> prefix="person" />
      </Section>
    </FormShell>
  );
}
