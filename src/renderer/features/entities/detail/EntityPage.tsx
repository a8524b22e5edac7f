import { Alert, Button, Col, Flex, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { EntityDetail } from '../../../../shared/ipc';
import { useChannel } from '../../../api';
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
import { EntityFilings } from './EntityFilings';
import { EntityInfo } from './EntityInfo';
import { EntityServices } from './EntityServices';
import { Section } from '../../../components/Section';

function EntityActions({ detail }: { detail: EntityDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { archive, unarchive, removeForGood } = useArchiveActions();
  const { entity, services } = detail;
  if (entity.archivedAt) {
    return (
      <Space wrap>
        <Button type="primary" onClick={() => void unarchive('entity', entity.id, entity.name)}>
          {t('archive.restore.button')}
        </Button>
        <Button danger onClick={() => removeForGood('entity', entity.id, entity.name, t('archive.delete.entityBody', { name: entity.name, count: services.length }), () => void navigate('/entities?archived=1'))}>
          {t('archive.delete.button')}
        </Button>
      </Space>
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
    <>
      <BackLink to="/entities">{t('entities.back.link')}</BackLink>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <Flex vertical gap={4}>
          <PageTitle>{entity.name}</PageTitle>
          <Flex gap={8} align="center" wrap>
            <StatusTag state={entity.lifecycle.state} markers={entity.lifecycle.markers} />
            {entity.icpNumber && <Typography.Text copyable>{entity.icpNumber}</Typography.Text>}
          </Flex>
        </Flex>
        <EntityActions detail={detail} />
      </Flex>
      {entity.archivedAt && <Alert type="warning" showIcon title={t('entity.archived.banner')} style={{ marginBlock: 12 }} />}
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xxl={14}>
          <Section title={t('entity.section.info')}>
            <EntityInfo entity={entity} />
          </Section>
        </Col>
        <Col xs={24} xxl={10}>
          <Section title={t('entity.section.leader')}>
            <PersonDescriptions person={leader} />
          </Section>
        </Col>
        <Col span={24}>
          <Section title={t('entity.services.title', { count: services.length })}>
            <EntityServices services={services} />
          </Section>
        </Col>
        <Col span={24}>
          <Section title={t('entity.accesses.title')}>
            <AccessesTable accesses={accesses} serviceNames={serviceNames} label={t('entity.accesses.title')} />
          </Section>
        </Col>
        <Col xs={24} xl={14}>
          <Section title={t('entity.obligations.title')}>
            <ObligationsList obligations={detail.obligations} serviceNames={serviceNames} />
          </Section>
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            <Section title={t('entity.filings.title')}>
              <EntityFilings filings={detail.filings} />
            </Section>
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

/** One entity (`#/entities/:id`): its data, leader, services, accesses, obligations, filings, history. */
export default function EntityPage() {
  const { id = '' } = useParams();
  const { data, error, reload } = useChannel('entity:get', { id });
  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (!data || data.entity.id !== id) return <PageLoading />;
  return <EntityView detail={data} />;
}
