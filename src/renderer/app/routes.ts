import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { MessageKey } from '../../shared/i18n';

export interface AppRoute {
  path: string;
  label: MessageKey;
  page: LazyExoticComponent<ComponentType>;
}

/** The navigation, in menu order. Pages load on first visit, keeping the first bundle small. */
export const appRoutes: readonly AppRoute[] = [
  { path: '/', label: 'nav.dashboard.label', page: lazy(() => import('../features/dashboard/DashboardPage')) },
  { path: '/entities', label: 'nav.entities.label', page: lazy(() => import('../features/entities/EntitiesPage')) },
  { path: '/people', label: 'nav.people.label', page: lazy(() => import('../features/people/PeoplePage')) },
  { path: '/services', label: 'nav.services.label', page: lazy(() => import('../features/services/ServicesPage')) },
  { path: '/filings', label: 'nav.filings.label', page: lazy(() => import('../features/filings/FilingsPage')) },
  { path: '/reports', label: 'nav.reports.label', page: lazy(() => import('../features/reports/ReportsPage')) },
  { path: '/imports', label: 'nav.imports.label', page: lazy(() => import('../features/imports/ImportPage')) },
  { path: '/settings', label: 'nav.settings.label', page: lazy(() => import('../features/settings/SettingsPage')) },
];

/** Pages reached from the lists rather than the menu; the menu highlights their section. */
export const detailRoutes: readonly Omit<AppRoute, 'label'>[] = [
  { path: '/entities/new', page: lazy(() => import('../features/entities/form/EntityCreatePage')) },
  { path: '/entities/record-existing', page: lazy(() => import('../features/entities/record/RecordExistingPage')) },
  { path: '/entities/:id', page: lazy(() => import('../features/entities/detail/EntityPage')) },
  { path: '/entities/:id/edit', page: lazy(() => import('../features/entities/form/EntityEditPage')) },
  { path: '/entities/:entityId/services/new', page: lazy(() => import('../features/services/form/ServiceCreatePage')) },
  { path: '/services/:id', page: lazy(() => import('../features/services/detail/ServicePage')) },
  { path: '/services/:id/edit', page: lazy(() => import('../features/services/form/ServiceEditPage')) },
  { path: '/people/:id', page: lazy(() => import('../features/people/PersonPage')) },
  { path: '/filings/new', page: lazy(() => import('../features/filings/new/NewFilingPage')) },
  { path: '/filings/:id', page: lazy(() => import('../features/filings/detail/FilingPage')) },
  { path: '/filings/:id/edit', page: lazy(() => import('../features/filings/wizard/FilingWizardPage')) },
];

/** The menu entry a location belongs to: `/settings/x` still highlights Settings. */
export function routeForPath(pathname: string): AppRoute | undefined {
  return [...appRoutes].reverse().find((route) => (route.path === '/' ? pathname === '/' : pathname === route.path || pathname.startsWith(`${route.path}/`)));
}
