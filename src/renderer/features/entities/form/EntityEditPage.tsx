import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { EntityDetail } from '../../../../shared/ipc';
import { invoke, useChannel } from '../../../api';
import { useAppState } from '../../../app/useAppState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoading } from '../../../components/PageLoading';
import { PageTitle } from '../../../components/PageTitle';
import { BackLink } from '../../portfolio/BackLink';
import { EntityForm } from './EntityForm';
import { entityDefaults, toRequest } from './entity-form';

/**
 * The form keeps the entity as it was when opened: a reload underneath does not reset what is
 * typed, and saving sends the opened version's updatedAt, so a save by someone else meanwhile is
 * reported as a conflict instead of being overwritten.
 */
function EditEntity({ opened }: { opened: EntityDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { settings } = useAppState();
  const [detail] = useState(opened);
  const { entity } = detail;
  return (
    <>
      <BackLink to={`/entities/${entity.id}`}>{entity.name}</BackLink>
      <PageTitle>{t('entity.edit.title', { name: entity.name })}</PageTitle>
      <EntityForm
        defaults={entityDefaults(detail)}
        currentLeaderLabel={detail.leader.name}
        submitLabel={t('entity.edit.submit')}
        save={(values) => invoke('entity:update', { id: entity.id, expectedUpdatedAt: entity.updatedAt, ...toRequest(values, settings?.userName ?? '', entity.overrides) })}
        onSaved={() => {
          void message.success(t('entity.saved.toast'));
          void navigate(`/entities/${entity.id}`);
        }}
        onCancel={() => void navigate(`/entities/${entity.id}`)}
      />
    </>
  );
}

export default function EntityEditPage() {
  const { id = '' } = useParams();
  const { data, error, reload } = useChannel('entity:get', { id });
  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (!data || data.entity.id !== id) return <PageLoading />;
  return <EditEntity key={id} opened={data} />;
}
