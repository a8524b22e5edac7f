import { Alert, App, Button, Card, Col, Flex, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { Access } from '../../../../shared/domain';
import type { ServiceDetail } from '../../../../shared/ipc';
import { invalidateAll, invoke, useChannel } from '../../../api';
import { useLocalize } from '../../../app/useLocalize';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoading } from '../../../components/PageLoading';
import { PageTitle } from '../../../components/PageTitle';
import { AccessesTable } from '../../portfolio/AccessesTable';
import { BackLink } from '../../portfolio/BackLink';
import { DeadlinesList } from '../../portfolio/DeadlinesList';
import { HistoryTimeline } from '../../portfolio/HistoryTimeline';
import { ObligationsList } from '../../portfolio/ObligationsList';
import { PersonDescriptions } from '../../portfolio/PersonDescriptions';
import { StatusTag } from '../../portfolio/StatusTag';
import { useArchiveActions } from '../../portfolio/useArchiveActions';
import { useLabels } from '../../portfolio/useLabels';
import { AccessDialog } from './AccessDialog';
import { ServiceInfo } from './ServiceInfo';
import { Section } from '../../../components/Section';

function ServiceActions({ detail }: { detail: ServiceDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { archive, unarchive, removeForGood } = useArchiveActions();
  const { service } = detail;
  if (service.archivedAt) {
    return (
      <Space wrap>
        <Button type="primary" onClick={() => void unarchive('service', service.id, service.name)}>
          {t('archive.restore.button')}
        </Button>
        <Button danger onClick={() => removeForGood('service', service.id, service.name, t('archive.delete.serviceBody', { name: service.name }), () => void navigate(`/entities/${detail.entity.id}`))}>
          {t('archive.delete.button')}
        </Button>
      </Space>
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
  const serviceNames = new Map([[service.id, service.name]]);
  return (
    <>
      <BackLink to={`/entities/${entity.id}`}>{entity.name}</BackLink>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <Flex vertical gap={4}>
          <PageTitle>{service.name}</PageTitle>
          <Flex gap={8} align="center" wrap>
            <StatusTag state={service.lifecycle.state} markers={service.lifecycle.markers} />
            <Typography.Text type="secondary">
              {t('service.ofEntity')} <Link to={`/entities/${entity.id}`}>{entity.name}</Link>
            </Typography.Text>
          </Flex>
        </Flex>
        <ServiceActions detail={detail} />
      </Flex>
      {service.archivedAt && <Alert type="warning" showIcon title={t('service.archived.banner')} style={{ marginBlock: 12 }} />}
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xxl={14}>
          <Section title={t('service.section.service')}>
            <ServiceInfo service={service} />
          </Section>
        </Col>
        <Col xs={24} xxl={10}>
          <Section title={t('service.section.leader')}>
            <PersonDescriptions person={leader} />
          </Section>
        </Col>
        <Col span={24}>
          <ServiceAccesses detail={detail} />
        </Col>
        <Col xs={24} xl={14}>
          <Section title={t('entity.obligations.title')}>
            <ObligationsList obligations={detail.obligations} serviceNames={serviceNames} />
          </Section>
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            {detail.deadlines.length > 0 && (
              <Section title={t('entity.deadlines.title')}>
                <DeadlinesList deadlines={detail.deadlines} />
              </Section>
            )}
            <Section title={t('entity.history.title')}>
              <HistoryTimeline items={detail.history} />
            </Section>
          </Flex>
        </Col>
      </Row>
    </>
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
