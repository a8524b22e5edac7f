import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { BundleSection } from '../bundles/BundleSection';
import { AppearanceSection } from './AppearanceSection';
import { BackupsSection } from './BackupsSection';
import { DataSection } from './DataSection';
import { ProfileSection } from './ProfileSection';

export default function SettingsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('settings.page.title')}</PageTitle>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <AppearanceSection />
        </Col>
        <Col xs={24} xl={12}>
          <ProfileSection />
        </Col>
        <Col span={24}>
          <DataSection />
        </Col>
        <Col span={24}>
          <BackupsSection />
        </Col>
        <Col span={24}>
          <BundleSection />
        </Col>
      </Row>
    </>
  );
}
