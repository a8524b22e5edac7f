import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';

interface ArchiveTabsProps {
  archived: boolean;
  onChange: (archived: boolean) => void;
  /** How many are in each tab, once the list has said. */
  counts?: { active: number; archived: number } | undefined;
}

/** The active list and the archive, one tab apart. */
export function ArchiveTabs({ archived, onChange, counts }: ArchiveTabsProps) {
  const { t } = useTranslation();
  return (
    <Tabs
      activeKey={archived ? 'archive' : 'active'}
      onChange={(key) => onChange(key === 'archive')}
      items={[
        { key: 'active', label: counts ? t('entities.tab.activeCount', { count: counts.active }) : t('entities.tab.active') },
        { key: 'archive', label: counts ? t('entities.tab.archiveCount', { count: counts.archived }) : t('entities.tab.archive') },
      ]}
    />
  );
}
