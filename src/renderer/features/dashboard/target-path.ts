import type { LinkTarget } from '../../../shared/ipc';

/** Where a dashboard item leads. */
export function targetPath(target: LinkTarget): string {
  switch (target.kind) {
    case 'entity':
      return `/entities/${target.id}`;
    case 'service':
      return `/services/${target.id}`;
    case 'person':
      return `/people/${target.id}`;
    case 'filing':
      return `/filings/${target.id}`;
  }
}
