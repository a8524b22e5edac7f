import type { LinkTarget } from '../../../shared/ipc';

/** Where a dashboard item leads. Filings have no page yet: they open their entity's list entry. */
export function targetPath(target: LinkTarget): string | undefined {
  switch (target.kind) {
    case 'entity':
      return `/entities/${target.id}`;
    case 'service':
      return `/services/${target.id}`;
    case 'person':
      return `/people/${target.id}`;
    case 'filing':
      return undefined;
  }
}
