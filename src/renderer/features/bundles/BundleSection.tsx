import { Card, Divider, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ExportBundle } from './ExportBundle';
import { ImportBundle } from './ImportBundle';

/** Settings → Data bundle: the whole data as one file, out of this workstation and into another. */
export function BundleSection() {
  const { t } = useTranslation();
  return (
    <Card title={t('bundle.section.title')}>
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('bundle.section.help')}
        </Typography.Paragraph>
        <ExportBundle />
        <Divider style={{ margin: '4px 0' }} />
        <ImportBundle />
      </Flex>
    </Card>
  );
}
