import type { AppServices } from '../services/app-services';
import { storeConfig } from '../services/store-config';
import type { Handlers } from './router';

/** One handler per contract channel; `satisfies Handlers` makes a missing channel a compile error. */
export function createHandlers(services: AppServices) {
  return {
    'app:get-info': () => ({
      name: 'ICP Desk',
      version: services.version,
      shell: services.shell,
      dataDir: services.data.dataDir,
      schemaVersion: storeConfig.schemaVersion,
    }),
    'data:get-status': () => services.data.status(),
    'data:start-empty': () => services.data.startEmpty(),
    'settings:get': () => services.settings.get(),
    'settings:update': (patch) => services.settings.update(patch),
    'backup:list': () => services.data.listBackups(),
    'backup:create': () => services.data.createBackup(),
    'backup:restore': ({ name }) => services.data.restoreBackup(name),
  } satisfies Handlers;
}
