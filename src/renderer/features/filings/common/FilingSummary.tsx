import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FilingDetail } from '../../../../shared/ipc';
import { SERVICE_KIND_KEYS, serviceHandle } from '../../portfolio/service-kind';
import { useLabels } from '../../portfolio/useLabels';

const dash = '—';

/** The order's data as it stands: entity, leaders, websites/apps, access, documents, stored targets. */
export function FilingSummary({ detail }: { detail: FilingDetail }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data } = detail.filing;
  const people = new Map((data.leaders ?? []).map((p) => [p.id, p.name?.trim() || dash]));
  const entity = data.entity;
  const services = data.services ?? [];
  const access = data.access ?? [];
  const provided = detail.requiredDocuments.filter((d) => d.provided).length;
  const items = [];
  if (entity || detail.entity) {
    const e = entity ?? detail.entity;
    items.push({
      key: 'entity',
      label: t('filing.step.entity'),
      children: (
        <>
          <div>{e?.name?.trim() || dash}</div>
          <Typography.Text type="secondary">
            {[e?.certificateNumber, labels.region(e?.region), e?.icpNumber].filter(Boolean).join(' · ') || dash}
          </Typography.Text>
        </>
      ),
    });
  }
  if (data.leaders) {
    items.push({
      key: 'leaders',
      label: t('filing.step.leaders'),
      children: data.leaders.length === 0 ? dash : data.leaders.map((p) => [p.name?.trim() || dash, p.mobile].filter(Boolean).join(' · ')).join(labels.listSeparator),
    });
  }
  if (services.length > 0) {
    items.push({
      key: 'services',
      label: t('filing.step.services'),
      children: (
        <ul className="icp-plain-list">
          {services.map((s) => {
            const handle = s.kind === 'website' ? s.domain : s.platforms?.[0]?.packageName;
            return (
              <li key={s.id}>
                {`${t(SERVICE_KIND_KEYS[s.kind])}${t('filing.colon')}${s.name?.trim() || dash}`}
                {handle ? ` · ${handle}` : ''}
                {s.icpNumber ? ` · ${s.icpNumber}` : ''}
                {s.leaderId ? ` · ${t('filing.summary.leader', { name: people.get(s.leaderId) ?? dash })}` : ''}
              </li>
            );
          })}
        </ul>
      ),
    });
  }
  if (access.length > 0) {
    items.push({
      key: 'access',
      label: t('filing.step.access'),
      children: (
        <ul className="icp-plain-list">
          {access.map((a, i) => {
            const service = services.find((s) => s.id === a.serviceId);
            return (
              <li key={`${a.serviceId}:${i}`}>
                {[service?.name?.trim() || dash, a.providerId ? labels.provider(a.providerId) : dash, a.serviceCode, (a.ips ?? []).join(labels.listSeparator)].filter(Boolean).join(' · ')}
              </li>
            );
          })}
        </ul>
      ),
    });
  }
  if (detail.targets.length > 0 && services.length === 0) {
    items.push({
      key: 'targets',
      label: t('filing.summary.targets'),
      children: (
        <ul className="icp-plain-list">
          {detail.targets.map((s) => (
            <li key={s.id}>{[s.name, serviceHandle(s), s.icpNumber].filter(Boolean).join(' · ')}</li>
          ))}
        </ul>
      ),
    });
  }
  items.push({
    key: 'documents',
    label: t('filing.step.documents'),
    children: detail.requiredDocuments.length === 0 ? t('filing.documents.none') : t('filing.summary.documents', { provided, count: detail.requiredDocuments.length }),
  });
  return <Descriptions size="small" bordered column={1} items={items} styles={{ label: { whiteSpace: 'nowrap', width: 1 } }} />;
}
