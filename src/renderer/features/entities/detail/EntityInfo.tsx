import { Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Entity } from '../../../../shared/domain';
import { formatDateTime } from '../../portfolio/format';
import { useLabels } from '../../portfolio/useLabels';

/** The entity as filed: nature, certificate (with any recorded override), number, region, addresses. */
export function EntityInfo({ entity }: { entity: Entity }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const legal = entity.legalRepresentative;
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'nature', label: t('entity.field.nature'), children: labels.nature(entity.nature) },
        { key: 'type', label: t('entity.field.certificateType'), children: labels.certificateType(entity.certificateType) },
        {
          key: 'number',
          label: t('entity.field.certificateNumber'),
          children: (
            <>
              {entity.certificateNumber}
              {entity.overrides.map((o) => (
                <div key={o.code}>
                  <Tag color="warning">{t('entity.override.recorded')}</Tag>
                  <Typography.Text type="secondary">{t('entity.override.recordedBy', { note: o.note, by: o.by || '—', at: formatDateTime(o.at, labels.language) })}</Typography.Text>
                </div>
              ))}
            </>
          ),
        },
        { key: 'icp', label: t('entity.field.icpNumber'), children: entity.icpNumber || t('entities.icpNumber.none') },
        { key: 'region', label: t('entity.field.region'), children: labels.region(entity.region) },
        { key: 'investor', label: t('entity.field.investor'), children: entity.investor || '—' },
        { key: 'certificateAddress', label: t('entity.field.certificateAddress'), children: entity.certificateAddress },
        { key: 'mailingAddress', label: t('entity.field.mailingAddress'), children: entity.mailingAddress },
        ...(entity.nature !== 'individual'
          ? [
              {
                key: 'legal',
                label: t('entity.field.legalRep'),
                children: entity.leaderIsLegalRepresentative === false && legal ? `${legal.name}（${labels.certificateType(legal.certificateType)} ${legal.certificateNumber}）` : t('entity.legalRep.isLeader'),
              },
            ]
          : []),
        ...(entity.remarks ? [{ key: 'remarks', label: t('entity.field.remarks'), children: entity.remarks, span: 2 }] : []),
        { key: 'created', label: t('entity.field.createdAt'), children: formatDateTime(entity.createdAt, labels.language) },
        { key: 'updated', label: t('entity.field.updatedAt'), children: formatDateTime(entity.updatedAt, labels.language) },
      ]}
    />
  );
}
