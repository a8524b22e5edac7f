import { useTranslation } from 'react-i18next';
import { ENTITY_NATURE_IDS, FiledState, PROVINCES, providers } from '../../../../shared/domain';
import type { EntityCounts } from '../../../../shared/ipc';
import { FilterBar, type FilterSpec } from '../../portfolio/list/FilterBar';
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
  const filters: FilterSpec<EntityView>[] = [
    { kind: 'select', key: 'province', label: t('entities.filter.province'), width: 140, searchable: true, options: PROVINCES.map((p) => ({ value: p.id, label: labels.provinceName(p.id) })) },
    { kind: 'select', key: 'nature', label: t('entities.filter.nature'), width: 150, searchable: true, options: ENTITY_NATURE_IDS.map((id) => ({ value: id, label: labels.nature(id) })) },
    {
      kind: 'select',
      key: 'status',
      label: t('entities.filter.status'),
      width: 220,
      searchable: true,
      options: FiledState.options.map((state) => ({ value: state, label: counts ? `${labels.state(state)} (${counts.byStatus[state] ?? 0})` : labels.state(state) })),
    },
    { kind: 'select', key: 'provider', label: t('entities.filter.provider'), width: 150, searchable: true, options: providers.items.map((p) => ({ value: p.code, label: labels.provider(p.code) })) },
    { kind: 'check', key: 'hasOpenFiling', label: t('entities.filter.openFiling') },
    { kind: 'check', key: 'hasOverdue', label: t('entities.filter.overdue') },
  ];
  return <FilterBar view={view} update={update} filters={filters} clearLabel={t('entities.filter.clear')} />;
}
