import type { Service, ServiceKind } from '../../../shared/domain';
import type { MessageKey } from '../../../shared/i18n';

export const SERVICE_KIND_KEYS: Readonly<Record<ServiceKind, MessageKey>> = {
  website: 'service.kind.website',
  app: 'service.kind.app',
  'mini-program': 'service.kind.miniProgram',
  'quick-app': 'service.kind.quickApp',
};

/** What identifies a service at a glance: a website's domain, an app's first package name. */
export function serviceHandle(service: Service): string {
  if (service.kind === 'website') return service.domain;
  return service.platforms[0]?.packageName ?? service.domains[0] ?? '';
}
