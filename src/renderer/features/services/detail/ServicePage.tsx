import { App, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { Access } from '../../../../shared/domain';
import type { ServiceDetail } from '../../../../shared/ipc';
import { invalidateAll, invoke, useChannel } from '../../../api';
import { useLocalize } from '../../../app/useLocalize';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoading } from '../../../components/PageLoading';
import { AccessesTable } from '../../portfolio/AccessesTable';
import { ArchivedActions } from '../../portfolio/detail/ArchivedActions';
import { DetailLayout } from '../../portfolio/detail/DetailLayout';
import { useArchiveActions } from '../../portfolio/useArchiveActions';
import { useLabels } from '../../portfolio/useLabels';
import { AccessDialog } from './AccessDialog';
import { ServiceInfo } from './ServiceInfo';

function ServiceActions({ detail }: { detail: ServiceDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { archive } = useArchiveActions();
  const { service } = detail;
  if (service.archivedAt) {
    return (
      <ArchivedActions
        kind="service"
        id={service.id}
        name={service.name}
        deleteBody={t('archive.delete.serviceBody', { name: service.name })}
        afterDelete={() => void navigate(`/entities/${detail.entity.id}`)}
      />
    );
  }
  return (
    <Space wrap>
      <Button onClick={() => void archive('service', service.id, service.name)}>{t('archive.archive.button')}</Button>
      <Button type="primary" onClick={() => void navigate(`/services/${service.id}/edit`)}>
        {t('service.edit.button')}
      </Button>
    </Space>
  );
}

function ServiceAccesses({ detail }: { detail: ServiceDetail }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const localize = useLocalize();
  const { message, modal } = App.useApp();
  const [editing, setEditing] = useState<Access | 'new'>();
  const remove = (access: Access) =>
    modal.confirm({
      title: t('access.remove.confirmTitle', { provider: labels.provider(access.providerId) }),
      content: t('access.remove.confirmBody'),
      okText: t('access.remove.confirmOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel.button'),
      onOk: async () => {
        const result = await invoke('access:remove', { id: access.id });
        if (!result.ok) void message.error(localize(result.error.message));
        else invalidateAll();
      },
    });
  return (
    <Card
      title={t('entity.accesses.title')}
      extra={
        !detail.service.archivedAt && (
          <Button size="small" onClick={() => setEditing('new')}>
            {t('access.add.button')}
          </Button>
        )
      }
    >
      <AccessesTable
        accesses={detail.accesses}
        label={t('entity.accesses.title')}
        actions={(access) => (
          <Space size={4}>
            <Button size="small" aria-label={t('access.edit.rowLabel', { provider: labels.provider(access.providerId) })} onClick={() => setEditing(access)}>
              {t('access.edit.button')}
            </Button>
            <Button size="small" danger aria-label={t('access.remove.rowLabel', { provider: labels.provider(access.providerId) })} onClick={() => remove(access)}>
              {t('access.remove.button')}
            </Button>
          </Space>
        )}
      />
      {editing && (
        <AccessDialog
          serviceId={detail.service.id}
          access={editing === 'new' ? undefined : editing}
          onClose={(saved) => {
            setEditing(undefined);
            if (saved) {
              void message.success(t('access.saved.toast'));
              invalidateAll();
            }
          }}
        />
      )}
    </Card>
  );
}

function ServiceView({ detail }: { detail: ServiceDetail }) {
  const { t } = useTranslation();
  const { service, entity, leader } = detail;
  return (
    <DetailLayout
      back={{ to: `/entities/${entity.id}`, label: entity.name }}
      title={service.name}
      status={service.lifecycle}
      subtitle={
        <Typography.Text type="secondary">
          {t('service.ofEntity')} <Link to={`/entities/${entity.id}`}>{entity.name}</Link>
        </Typography.Text>
      }
      actions={<ServiceActions detail={detail} />}
      archivedNotice={service.archivedAt ? t('service.archived.banner') : undefined}
      info={{ title: t('service.section.service'), content: <ServiceInfo service={service} /> }}
      leader={{ title: t('service.section.leader'), person: leader }}
      wide={[{ key: 'accesses', content: <ServiceAccesses detail={detail} /> }]}
      obligations={detail.obligations}
      serviceNames={new Map([[service.id, service.name]])}
      deadlines={detail.deadlines}
      history={detail.history}
    />
  );
}

/** One service (`#/services/:id`) under its entity. */
export default function ServicePage() {
  const { id = '' } = useParams();
  const { data, error, reload } = useChannel('service:get', { id });
  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (!data || data.service.id !== id) return <PageLoading />;
  return <ServiceView detail={data} />;
}
