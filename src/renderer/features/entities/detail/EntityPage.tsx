import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { EntityDetail } from '../../../../shared/ipc';
import { useChannel } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoading } from '../../../components/PageLoading';
import { Section } from '../../../components/Section';
import { AccessesTable } from '../../portfolio/AccessesTable';
import { ArchivedActions } from '../../portfolio/detail/ArchivedActions';
import { DetailLayout } from '../../portfolio/detail/DetailLayout';
import { useArchiveActions } from '../../portfolio/useArchiveActions';
import { EntityFilings } from './EntityFilings';
import { EntityInfo } from './EntityInfo';
import { EntityServices } from './EntityServices';

function EntityActions({ detail }: { detail: EntityDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { archive } = useArchiveActions();
  const { entity, services } = detail;
  if (entity.archivedAt) {
    return (
      <ArchivedActions
        kind="entity"
        id={entity.id}
        name={entity.name}
        deleteBody={t('archive.delete.entityBody', { name: entity.name, count: services.length })}
        afterDelete={() => void navigate('/entities?archived=1')}
      />
    );
  }
  return (
    <Space wrap>
      <Button onClick={() => void navigate(`/entities/${entity.id}/services/new`)}>{t('entity.addService.button')}</Button>
      <Button onClick={() => void archive('entity', entity.id, entity.name)}>{t('archive.archive.button')}</Button>
      <Button type="primary" onClick={() => void navigate(`/entities/${entity.id}/edit`)}>
        {t('entity.edit.button')}
      </Button>
    </Space>
  );
}

function EntityView({ detail }: { detail: EntityDetail }) {
  const { t } = useTranslation();
  const { entity, leader, services, accesses } = detail;
  const serviceNames = new Map(services.map((s) => [s.id, s.name]));
  return (
    <DetailLayout
      back={{ to: '/entities', label: t('entities.back.link') }}
      title={entity.name}
      status={entity.lifecycle}
      subtitle={entity.icpNumber && <Typography.Text copyable>{entity.icpNumber}</Typography.Text>}
      actions={<EntityActions detail={detail} />}
      archivedNotice={entity.archivedAt ? t('entity.archived.banner') : undefined}
      info={{ title: t('entity.section.info'), content: <EntityInfo entity={entity} /> }}
      leader={{ title: t('entity.section.leader'), person: leader }}
      wide={[
        {
          key: 'services',
          content: (
            <Section title={t('entity.services.title', { count: services.length })}>
              <EntityServices services={services} />
            </Section>
          ),
        },
        {
          key: 'accesses',
          content: (
            <Section title={t('entity.accesses.title')}>
              <AccessesTable accesses={accesses} serviceNames={serviceNames} label={t('entity.accesses.title')} />
            </Section>
          ),
        },
      ]}
      obligations={detail.obligations}
      serviceNames={serviceNames}
      aside={
        <Section title={t('entity.filings.title')}>
          <EntityFilings filings={detail.filings} />
        </Section>
      }
      deadlines={detail.deadlines}
      history={detail.history}
    />
  );
}

/** One entity (`#/entities/:id`): its data, leader, services, accesses, obligations, filings, history. */
export default function EntityPage() {
  const { id = '' } = useParams();
  const { data, error, reload } = useChannel('entity:get', { id });
  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (!data || data.entity.id !== id) return <PageLoading />;
  return <EntityView detail={data} />;
}
