import { Alert, App, Button, Col, Descriptions, Flex, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { FILING_TERMINAL_STATES, operationInfo } from '../../../../shared/domain';
import type { FilingDetail } from '../../../../shared/ipc';
import { invoke, useChannel } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoading } from '../../../components/PageLoading';
import { PageTitle } from '../../../components/PageTitle';
import { Section } from '../../../components/Section';
import { BackLink } from '../../portfolio/BackLink';
import { formatDateTime } from '../../portfolio/format';
import { serviceHandle } from '../../portfolio/service-kind';
import { useLabels } from '../../portfolio/useLabels';
import { CheckPanel } from '../check/CheckPanel';
import { isEditable } from '../common/editable';
import { FilingStateTag } from '../common/FilingStateTag';
import { FilingSummary } from '../common/FilingSummary';
import { findingLink, fixTarget, wizardPath } from '../common/paths';
import { ChangesTable } from './ChangesTable';
import { ClosingCheckSection } from './ClosingCheckSection';
import { ProgressSection } from './ProgressSection';
import { RejectionsAlert } from './RejectionsAlert';
import { SubjectAlerts } from './RemovesNotice';

/** What an approved order put into the portfolio: the numbers, with the way to the entity. */
function ApprovedAlert({ detail }: { detail: FilingDetail }) {
  const { t } = useTranslation();
  const { filing, entity, targets } = detail;
  if (filing.state !== 'APPROVED') return null;
  const numbered = targets.filter((s) => s.icpNumber);
  return (
    <Alert
      type="success"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('filing.approved.title')}
      description={
        <>
          {entity?.icpNumber && <div>{t('filing.approved.entityNumber', { number: entity.icpNumber })}</div>}
          {numbered.length > 0 && (
            <ul className="icp-plain-list">
              {numbered.map((s) => (
                <li key={s.id}>{`${s.name} · ${serviceHandle(s)} · ${s.icpNumber ?? ''}`}</li>
              ))}
            </ul>
          )}
          {filing.entityId && (
            <div style={{ marginTop: 8 }}>
              <Link to={`/entities/${filing.entityId}`}>{t('filing.approved.openEntity')}</Link>
            </div>
          )}
        </>
      }
    />
  );
}

function FilingView({ opened }: { opened: FilingDetail }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const { modal, message } = App.useApp();
  const [detail, setDetail] = useState(opened);
  const { filing } = detail;
  const op = operationInfo(filing.operation);
  const editable = isEditable(filing);
  const open = !FILING_TERMINAL_STATES.includes(filing.state);
  const entityName = detail.entity?.name ?? filing.data.entity?.name?.trim() ?? '';
  const submitting = detail.allowedEvents.some((e) => e === 'submit' || e === 'resubmit');
  const targets = detail.targets.length > 0 ? detail.targets.map((s) => serviceHandle(s) || s.name) : (filing.data.services ?? []).map((s) => (s.kind === 'website' ? s.domain : s.name) ?? '');

  const acknowledge = async (key: string, on: boolean) => {
    const result = await invoke('filing:acknowledge', on ? { id: filing.id, codes: [key] } : { id: filing.id, codes: [], unacknowledge: [key] });
    if (result.ok) setDetail(result.data);
    else void message.error(labels.text(result.error.message));
  };

  const deleteDraft = () => {
    modal.confirm({
      title: t('filing.delete.title'),
      content: t('filing.delete.body'),
      okText: t('filing.delete.ok'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel.button'),
      onOk: async () => {
        const result = await invoke('filing:delete-draft', { id: filing.id });
        if (!result.ok) {
          void message.error(labels.text(result.error.message));
          return;
        }
        void message.success(t('filing.delete.done'));
        void navigate('/filings', { replace: true });
      },
    });
  };

  return (
    <>
      <BackLink to="/filings">{t('filings.back.link')}</BackLink>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <Flex vertical gap={4}>
          <PageTitle>{entityName ? t('filing.page.title', { operation: labels.text(op.label), name: entityName }) : labels.text(op.label)}</PageTitle>
          <Flex gap={8} align="center" wrap>
            <FilingStateTag state={filing.state} sms={filing.sms} />
            {filing.resubmissions > 0 && <Tag color="orange">{t('filing.resubmissions', { count: filing.resubmissions })}</Tag>}
            {filing.providerOrderNumber && <Typography.Text type="secondary">{t('filing.orderNumberShown', { number: filing.providerOrderNumber })}</Typography.Text>}
          </Flex>
        </Flex>
        <Space wrap>
          {(filing.state === 'DRAFT' || filing.state === 'ABANDONED') && (
            <Button danger onClick={deleteDraft}>
              {t('filing.delete.button')}
            </Button>
          )}
          {editable && (
            <Button type="primary" onClick={() => void navigate(wizardPath(filing.id))}>
              {filing.state === 'DRAFT' ? t('filing.edit.continue') : t('filing.edit.fix')}
            </Button>
          )}
        </Space>
      </Flex>
      <div style={{ marginTop: 16 }}>
        <SubjectAlerts detail={detail} />
        <RejectionsAlert detail={detail} fixLink={editable ? (path) => wizardPath(filing.id, fixTarget(detail, path)) : undefined} />
        <ApprovedAlert detail={detail} />
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Flex vertical gap={16}>
            <Section title={t('filing.order.title')}>
              <Descriptions
                size="small"
                column={1}
                styles={{ label: { whiteSpace: 'nowrap' } }}
                items={[
                  {
                    key: 'op',
                    label: t('filing.order.operation'),
                    children: (
                      <Flex vertical>
                        <span>{labels.text(op.label)}</span>
                        <Typography.Text type="secondary">{labels.text(op.description)}</Typography.Text>
                      </Flex>
                    ),
                  },
                  { key: 'entity', label: t('filing.order.entity'), children: filing.entityId && detail.entity ? <Link to={`/entities/${filing.entityId}`}>{detail.entity.name}</Link> : entityName || '—' },
                  { key: 'targets', label: t('filing.order.targets'), children: targets.filter(Boolean).join(labels.listSeparator) || '—' },
                  { key: 'provider', label: t('access.field.provider'), children: filing.providerId ? labels.provider(filing.providerId) : '—' },
                  { key: 'order', label: t('filing.event.orderNumber'), children: filing.providerOrderNumber ?? '—' },
                  { key: 'created', label: t('entity.field.createdAt'), children: formatDateTime(filing.createdAt, labels.language) },
                  { key: 'updated', label: t('entity.field.updatedAt'), children: formatDateTime(filing.updatedAt, labels.language) },
                ]}
              />
            </Section>
            {filing.operation === 'modify' && open && (
              <Section title={t('filing.changes.title')}>
                <ChangesTable changes={detail.changes} />
              </Section>
            )}
            {open && submitting && <CheckPanel detail={detail} fixLink={editable ? (f) => findingLink(detail, f) : undefined} onAcknowledge={acknowledge} foldWhenClear />}
            {!open && <ClosingCheckSection detail={detail} />}
            <Section title={t('filing.summary.title')}>
              <FilingSummary detail={detail} />
            </Section>
          </Flex>
        </Col>
        <Col xs={24} xl={10}>
          <ProgressSection detail={detail} onChange={setDetail} />
        </Col>
      </Row>
    </>
  );
}

/** One filing order (`#/filings/:id`): where it stands, what to record next, its deadlines and history. */
export default function FilingPage() {
  const { id = '' } = useParams();
  const { data, error, reload } = useChannel('filing:get', { id });
  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (!data || data.filing.id !== id) return <PageLoading />;
  return <FilingView key={id} opened={data} />;
}
