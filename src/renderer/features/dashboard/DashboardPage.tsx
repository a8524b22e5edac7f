import { Button, Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PageTitle } from '../../components/PageTitle';
import { DataStatusDescriptions } from '../data/DataStatusDescriptions';

/** The landing page; will gather pending filings and deadlines once those features exist. */
export default function DashboardPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <PageTitle>{t('nav.dashboard.label')}</PageTitle>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('dashboard.welcome.title')} style={{ height: '100%' }}>
            <Typography.Paragraph>{t('dashboard.welcome.body')}</Typography.Paragraph>
            <Typography.Title level={3} style={{ fontSize: 16 }}>
              {t('dashboard.next.title')}
            </Typography.Title>
            <ul style={{ paddingInlineStart: 20, margin: 0 }}>
              <li>{t('dashboard.next.entities')}</li>
              <li>{t('dashboard.next.filings')}</li>
              <li>{t('dashboard.next.reports')}</li>
            </ul>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card
            title={t('dashboard.data.title')}
            extra={
              <Button type="link" onClick={() => void navigate('/settings')}>
                {t('dashboard.settings.link')}
              </Button>
            }
            style={{ height: '100%' }}
          >
            <DataStatusDescriptions />
          </Card>
        </Col>
      </Row>
    </>
  );
}
