import { App } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { EntityDetail } from '../../../../shared/ipc';
import { invoke, useChannel } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoading } from '../../../components/PageLoading';
import { PageTitle } from '../../../components/PageTitle';
import { BackLink } from '../../portfolio/BackLink';
import { ServiceForm } from './ServiceForm';
import { newServiceDefaults, toServiceRequest } from './service-form';

function CreateService({ opened }: { opened: EntityDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [detail] = useState(opened);
  const { entity, leader } = detail;
  const context = useMemo(() => ({ nature: entity.nature, entityIcpNumber: entity.icpNumber }), [entity]);
  return (
    <>
      <BackLink to={`/entities/${entity.id}`}>{entity.name}</BackLink>
      <PageTitle>{t('service.create.title', { entity: entity.name })}</PageTitle>
      <ServiceForm
        defaults={newServiceDefaults('website', leader)}
        context={context}
        kindEditable
        currentLeaderLabel={leader.name}
        submitLabel={t('service.create.submit')}
        save={(values) => invoke('service:create', { entityId: entity.id, ...toServiceRequest(values) })}
        onSaved={() => {
          void message.success(t('service.saved.toast'));
          void navigate(`/entities/${entity.id}`);
        }}
        onCancel={() => void navigate(`/entities/${entity.id}`)}
      />
    </>
  );
}

/** `#/entities/:entityId/services/new`: a website or app added to an entity. */
export default function ServiceCreatePage() {
  const { entityId = '' } = useParams();
  const { data, error, reload } = useChannel('entity:get', { id: entityId });
  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (!data || data.entity.id !== entityId) return <PageLoading />;
  return <CreateService key={entityId} opened={data} />;
}
