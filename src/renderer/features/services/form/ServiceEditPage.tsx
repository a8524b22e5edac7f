import { App } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { EntityDetail, ServiceDetail } from '../../../../shared/ipc';
import { invoke, useChannel } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoading } from '../../../components/PageLoading';
import { PageTitle } from '../../../components/PageTitle';
import { BackLink } from '../../portfolio/BackLink';
import { ServiceForm } from './ServiceForm';
import { serviceFormDefaults, toServiceRequest } from './service-form';

function EditService({ opened, entity }: { opened: ServiceDetail; entity: EntityDetail['entity'] | undefined }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [detail] = useState(opened);
  const { service } = detail;
  const context = useMemo(() => ({ nature: entity?.nature, entityIcpNumber: detail.entity.icpNumber }), [entity, detail]);
  return (
    <>
      <BackLink to={`/services/${service.id}`}>{service.name}</BackLink>
      <PageTitle>{t('service.edit.title', { name: service.name })}</PageTitle>
      <ServiceForm
        defaults={serviceFormDefaults(detail)}
        context={context}
        kindEditable={false}
        currentLeaderLabel={detail.leader.name}
        submitLabel={t('service.edit.submit')}
        save={(values) => invoke('service:update', { id: service.id, expectedUpdatedAt: service.updatedAt, ...toServiceRequest(values) })}
        onSaved={() => {
          void message.success(t('service.saved.toast'));
          void navigate(`/services/${service.id}`);
        }}
        onCancel={() => void navigate(`/services/${service.id}`)}
      />
    </>
  );
}

/** `#/services/:id/edit`. The entity is read too, for its nature (website-name findings). */
export default function ServiceEditPage() {
  const { id = '' } = useParams();
  const service = useChannel('service:get', { id });
  const entityId = service.data?.entity.id ?? '';
  const entity = useChannel('entity:get', { id: entityId }, { enabled: entityId !== '' });
  const error = service.error ?? entity.error;
  if (error) return <ErrorAlert error={error} onRetry={service.reload} />;
  if (!service.data || service.data.service.id !== id || entity.loading) return <PageLoading />;
  return <EditService key={id} opened={service.data} entity={entity.data?.entity} />;
}
