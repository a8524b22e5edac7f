import { useTranslation } from 'react-i18next';
import { FiledState, providers, ServiceKind } from '../../../../shared/domain';
import { FilterBar, type FilterSpec } from '../../portfolio/list/FilterBar';
import { SERVICE_KIND_KEYS } from '../../portfolio/service-kind';
import { useLabels } from '../../portfolio/useLabels';
import type { ServiceView } from './useServiceQuery';

/** Narrowing the services: kind, status, provider. */
export function ServiceFilters({ view, update }: { view: ServiceView; update: (patch: Partial<ServiceView>) => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const filters: FilterSpec<ServiceView>[] = [
    { kind: 'select', key: 'kind', label: t('services.filter.kind'), width: 130, options: ServiceKind.options.map((kind) => ({ value: kind, label: t(SERVICE_KIND_KEYS[kind]) })) },
    { kind: 'select', key: 'status', label: t('entities.filter.status'), width: 200, options: FiledState.options.map((state) => ({ value: state, label: labels.state(state) })) },
    { kind: 'select', key: 'provider', label: t('entities.filter.provider'), width: 150, options: providers.items.map((p) => ({ value: p.code, label: labels.provider(p.code) })) },
  ];
  return <FilterBar view={view} update={update} filters={filters} />;
}
