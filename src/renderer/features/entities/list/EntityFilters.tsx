import { Button, Checkbox, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ENTITY_NATURE_IDS, FiledState, PROVINCES, providers } from '../../../../shared/domain';
import type { EntityCounts } from '../../../../shared/ipc';
import { useLabels } from '../../portfolio/useLabels';
import type { EntityView } from './useEntityQuery';

interface EntityFiltersProps {
  view: EntityView;
  counts: EntityCounts | undefined;
  update: (patch: Partial<EntityView>) => void;
}

/** Narrowing the list: province, nature, status (with counts), provider, open filings, overdue. */
export function EntityFilters({ view, counts, update }: EntityFiltersProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const active = view.province || view.nature || view.status || view.provider || view.hasOpenFiling || view.hasOverdue;
  const common = { allowClear: true, showSearch: { optionFilterProp: 'label' }, popupMatchSelectWidth: false } as const;
  return (
    <Flex gap={8} wrap align="center">
      <Select
        {...common}
        aria-label={t('entities.filter.province')}
        placeholder={t('entities.filter.province')}
        style={{ width: 140 }}
        value={view.province}
        onChange={(province) => update({ province })}
        options={PROVINCES.map((p) => ({ value: p.id, label: labels.provinceName(p.id) }))}
      />
      <Select
        {...common}
        aria-label={t('entities.filter.nature')}
        placeholder={t('entities.filter.nature')}
        style={{ width: 150 }}
        value={view.nature}
        onChange={(nature) => update({ nature })}
        options={ENTITY_NATURE_IDS.map((id) => ({ value: id, label: labels.nature(id) }))}
      />
      <Select
        {...common}
        aria-label={t('entities.filter.status')}
        placeholder={t('entities.filter.status')}
        style={{ width: 220 }}
        value={view.status}
        onChange={(status) => update({ status })}
        options={FiledState.options.map((state) => ({
          value: state,
          label: counts ? `${labels.state(state)} (${counts.byStatus[state] ?? 0})` : labels.state(state),
        }))}
      />
      <Select
        {...common}
        aria-label={t('entities.filter.provider')}
        placeholder={t('entities.filter.provider')}
        style={{ width: 150 }}
        value={view.provider}
        onChange={(provider) => update({ provider })}
        options={providers.items.map((p) => ({ value: p.code as NonNullable<EntityView['provider']>, label: labels.provider(p.code) }))}
      />
      <Checkbox checked={view.hasOpenFiling ?? false} onChange={(event) => update({ hasOpenFiling: event.target.checked || undefined })}>
        {t('entities.filter.openFiling')}
      </Checkbox>
      <Checkbox checked={view.hasOverdue ?? false} onChange={(event) => update({ hasOverdue: event.target.checked || undefined })}>
        {t('entities.filter.overdue')}
      </Checkbox>
      {active && (
        <Button type="link" onClick={() => update({ province: undefined, nature: undefined, status: undefined, provider: undefined, hasOpenFiling: undefined, hasOverdue: undefined })}>
          {t('entities.filter.clear')}
        </Button>
      )}
    </Flex>
  );
}
