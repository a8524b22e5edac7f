import type { BundleConflictKind } from '../../../shared/ipc';
import type { MessageKey } from '../../../shared/i18n';

/** The collections a bundle counts, in the order the preview lists them, with their labels. */
export const COLLECTION_LABELS: readonly (readonly [string, MessageKey])[] = [
  ['entities', 'bundle.collection.entities'],
  ['people', 'bundle.collection.people'],
  ['services', 'bundle.collection.services'],
  ['accesses', 'bundle.collection.accesses'],
  ['filings', 'bundle.collection.filings'],
  ['events', 'bundle.collection.events'],
  ['settings', 'bundle.collection.settings'],
];

export const CONFLICT_KIND_LABELS: Record<BundleConflictKind, MessageKey> = {
  certificate: 'bundle.conflict.certificate',
  domain: 'bundle.conflict.domain',
  record: 'bundle.conflict.record',
};
