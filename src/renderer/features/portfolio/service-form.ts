import type { ServiceKind } from '../../../shared/domain';

/** What a new service of each kind starts with, so switching the kind leaves a complete shape. */
export function serviceDefaults(kind: ServiceKind): Record<string, unknown> {
  const common = { kind, contentCategories: [], languages: ['zh-Hans'], preApprovals: [] };
  if (kind === 'website') return common;
  return { ...common, platforms: kind === 'app' ? [{ platform: 'android' }] : [], domains: [], sdk: { usesThirdParty: false, names: [] } };
}
