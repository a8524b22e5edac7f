import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Service } from '../../../../shared/domain';
import { StatusTag } from '../../portfolio/StatusTag';
import { SERVICE_KIND_KEYS, serviceHandle } from '../../portfolio/service-kind';

/** The entity's websites and apps with their numbers and states. */
export function EntityServices({ services }: { services: readonly Service[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Service> = [
    { key: 'name', title: t('service.field.name'), render: (_, s) => <Link to={`/services/${s.id}`}>{s.name}</Link> },
    { key: 'kind', title: t('service.field.kind'), render: (_, s) => t(SERVICE_KIND_KEYS[s.kind]) },
    { key: 'handle', title: t('service.column.handle'), render: (_, s) => serviceHandle(s) },
    { key: 'icp', title: t('service.field.icpNumber'), render: (_, s) => s.icpNumber || '—' },
    { key: 'status', title: t('service.column.status'), render: (_, s) => <StatusTag state={s.lifecycle.state} markers={s.lifecycle.markers} /> },
  ];
  return (
    <Table<Service>
      aria-label={t('entity.services.title')}
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={services as Service[]}
      pagination={false}
      locale={{ emptyText: t('entity.services.empty') }}
      scroll={{ x: 'max-content' }}
    />
  );
}
