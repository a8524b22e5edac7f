import { Alert, App, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { PersonDetail } from '../../../shared/ipc';
import { useChannel } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { BackLink } from '../portfolio/BackLink';
import { HistoryTimeline } from '../portfolio/HistoryTimeline';
import { PersonDescriptions } from '../portfolio/PersonDescriptions';
import { PersonActions } from './PersonActions';
import { PersonEditForm } from './PersonEditForm';
import { UsageList } from './UsageList';
import { Section } from '../../components/Section';

/** One person (`#/people/:id`): their data, where they are leader, their history; editing and archiving them. */
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
        {!editing && <PersonActions person={person} onEdit={() => setEditing(data)} />}
      </Flex>
      {person.archivedAt && <Alert type="warning" showIcon title={t('person.archived.banner')} style={{ marginBlock: 12 }} />}
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
          <Section title={t('person.section.history')}>
            <HistoryTimeline items={data.history ?? []} />
          </Section>
        </Flex>
      )}
    </>
  );
}
