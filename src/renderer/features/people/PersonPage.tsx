import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { PersonDetail } from '../../../shared/ipc';
import { useChannel } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { BackLink } from '../portfolio/BackLink';
import { PersonDescriptions } from '../portfolio/PersonDescriptions';
import { PersonEditForm } from './PersonEditForm';
import { UsageList } from './UsageList';
import { Section } from '../../components/Section';

/** One person (`#/people/:id`): their data, where they are leader, and editing them. */
export default function PersonPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const { data, error, reload } = useChannel('person:get', { id });
  // The person as it was when editing began: a reload underneath does not reset the form.
  const [editing, setEditing] = useState<PersonDetail>();
  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (!data || data.person.id !== id) return <PageLoading />;
  const { person, usages } = data;
  return (
    <>
      <BackLink to="/people">{t('people.back.link')}</BackLink>
      <Flex justify="space-between" align="start" gap={8} wrap>
        <PageTitle>{person.name}</PageTitle>
        {!editing && (
          <Button type="primary" onClick={() => setEditing(data)}>
            {t('person.edit.button')}
          </Button>
        )}
      </Flex>
      {editing ? (
        <PersonEditForm
          detail={editing}
          onDone={(saved) => {
            setEditing(undefined);
            if (saved) {
              void message.success(t('person.saved.toast'));
              reload();
            }
          }}
        />
      ) : (
        <Flex vertical gap={16}>
          <Section title={t('person.section.data')}>
            <PersonDescriptions person={person} link={false} />
          </Section>
          <Section title={t('person.section.usages', { count: usages.length })}>{usages.length ? <UsageList usages={usages} /> : t('people.usage.none')}</Section>
        </Flex>
      )}
    </>
  );
}
