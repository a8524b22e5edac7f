import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { PersonUsage } from '../../../shared/ipc';

/** Where a person is named as leader: each entity or service, linked. */
export function UsageList({ usages }: { usages: readonly PersonUsage[] }) {
  const { t } = useTranslation();
  return (
    <ul className="icp-plain-list">
      {usages.map((usage) => (
        <li key={`${usage.role}:${usage.entityId}:${usage.serviceId ?? ''}`}>
          {usage.role === 'entity-leader' ? (
            <>
              {t('people.usage.entityLeader')} <Link to={`/entities/${usage.entityId}`}>{usage.entityName}</Link>
            </>
          ) : (
            <>
              {t('people.usage.serviceLeader')} <Link to={`/services/${usage.serviceId ?? ''}`}>{usage.serviceName}</Link>
              {' · '}
              <Link to={`/entities/${usage.entityId}`}>{usage.entityName}</Link>
            </>
          )}
          {usage.archived && <Tag style={{ marginInlineStart: 8 }}>{t('people.usage.archived')}</Tag>}
        </li>
      ))}
    </ul>
  );
}
