import { Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Access } from '../../../shared/domain';
import { useLabels } from './useLabels';

interface AccessesTableProps {
  accesses: readonly Access[];
  /** Names the service of each access (on the entity page, where several services are listed). */
  serviceNames?: ReadonlyMap<string, string>;
  actions?: (access: Access) => ReactNode;
  label: string;
}

/** Provider links: who gives access, with which code, how, where the servers are, which IPs. */
export function AccessesTable({ accesses, serviceNames, actions, label }: AccessesTableProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const columns: TableColumnsType<Access> = [
    ...(serviceNames
      ? [{ key: 'service', title: t('access.column.service'), render: (_: unknown, a: Access) => <Link to={`/services/${a.serviceId}`}>{serviceNames.get(a.serviceId) ?? a.serviceId}</Link> }]
      : []),
    { key: 'provider', title: t('access.field.provider'), render: (_, a) => labels.provider(a.providerId) },
    { key: 'code', title: t('access.field.serviceCode'), render: (_, a) => <code>{a.serviceCode}</code> },
    { key: 'method', title: t('access.field.accessMethod'), render: (_, a) => labels.accessMethod(a.accessMethod) },
    { key: 'region', title: t('access.field.serverRegion'), render: (_, a) => labels.provinceName(a.serverRegion) },
    { key: 'ips', title: t('access.field.ips'), render: (_, a) => a.ips.join(', ') },
    ...(actions ? [{ key: 'actions', title: t('access.column.actions'), render: (_: unknown, a: Access) => actions(a) }] : []),
  ];
  return (
    <Table<Access>
      aria-label={label}
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={accesses as Access[]}
      pagination={false}
      locale={{ emptyText: t('access.list.empty') }}
      scroll={{ x: 'max-content' }}
    />
  );
}
