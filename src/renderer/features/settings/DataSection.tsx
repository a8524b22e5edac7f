import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataStatusDescriptions } from '../data/DataStatusDescriptions';

export function DataSection() {
  const { t } = useTranslation();
  return (
    <Card title={t('data.section.title')}>
      <DataStatusDescriptions detailed />
    </Card>
  );
}
