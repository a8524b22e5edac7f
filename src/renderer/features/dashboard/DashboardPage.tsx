import { Button, Card, Col, List, Row, Skeleton, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { FiledState } from '../../../shared/domain';
import { useChannel } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { DataStatusDescriptions } from '../data/DataStatusDescriptions';
import { formatDateTime } from '../portfolio/format';
import { useLabels } from '../portfolio/useLabels';
import { DeadlineItems } from './DeadlineItems';
import { targetPath } from './target-path';
import { Section } from '../../components/Section';

/** The landing page: how many of what, what is due in 30 days, what is overdue, what changed lately. */
export default function DashboardPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const { data, error, reload } = useChannel('dashboard:get', {});
  return (
    <>
      <PageTitle>{t('nav.dashboard.label')}</PageTitle>
      {error && <ErrorAlert error={error} onRetry={reload} />}
      {!data && !error && <Skeleton active paragraph={{ rows: 8 }} />}
      {data && (
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Card>
              <Statistic title={<Link to="/entities">{t('dashboard.count.entities')}</Link>} value={data.counts.entities} />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card>
              <Statistic title={<Link to="/services">{t('dashboard.count.services')}</Link>} value={data.counts.services} />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card>
              <Statistic title={<Link to="/people">{t('dashboard.count.people')}</Link>} value={data.counts.people} />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card>
              <Statistic title={<Link to="/entities?open=1">{t('dashboard.count.openFilings')}</Link>} value={data.counts.openFilings} />
            </Card>
          </Col>
          <Col span={24}>
            <Section title={t('dashboard.byStatus.title')}>
              <div className="icp-status-links">
                {FiledState.options.map((state) => (
                  <Link key={state} to={`/entities?status=${state}`}>
                    <Tag>{t('dashboard.byStatus.count', { state: labels.state(state), count: data.counts.byEntityStatus[state] ?? 0 })}</Tag>
                  </Link>
                ))}
              </div>
            </Section>
          </Col>
          <Col xs={24} xl={12}>
            <Section title={t('dashboard.overdue.title', { count: data.overdue.length })}>
              <DeadlineItems items={data.overdue} empty={t('dashboard.overdue.empty')} />
            </Section>
          </Col>
          <Col xs={24} xl={12}>
            <Section title={t('dashboard.upcoming.title', { count: data.upcoming.length })}>
              <DeadlineItems items={data.upcoming} empty={t('dashboard.upcoming.empty')} />
            </Section>
          </Col>
          <Col xs={24} xl={12}>
            <Section title={t('dashboard.recent.title')}>
              <List
                size="small"
                dataSource={data.recent}
                locale={{ emptyText: t('dashboard.recent.empty') }}
                renderItem={(change) => {
                  const path = change.target && targetPath(change.target);
                  const text = change.summary ? labels.text(change.summary) : change.action;
                  return (
                    <List.Item>
                      <span>{path ? <Link to={path}>{text}</Link> : text}</span>
                      <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                        {formatDateTime(change.at, labels.language)}
                        {change.actor ? ` · ${change.actor}` : ''}
                      </Typography.Text>
                    </List.Item>
                  );
                }}
              />
            </Section>
          </Col>
          <Col xs={24} xl={12}>
            <Section
              title={t('dashboard.data.title')}
              extra={
                <Button type="link" onClick={() => void navigate('/settings')}>
                  {t('dashboard.settings.link')}
                </Button>
              }
            >
              <DataStatusDescriptions />
            </Section>
          </Col>
        </Row>
      )}
    </>
  );
}
