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
    // Portfolio: `services.portfolio` is read inside each handler, so building the table needs none.
    'entity:list': (query) => services.portfolio.entities.list(query),
    'entity:get': ({ id }) => services.portfolio.entities.get(id),
    'entity:create': (input) => services.portfolio.entities.create(input),
    'entity:update': (input) => services.portfolio.entities.update(input),
    'entity:archive': ({ id }) => services.portfolio.entities.archive(id),
    'entity:unarchive': ({ id }) => services.portfolio.entities.unarchive(id),
    'entity:delete': ({ id }) => services.portfolio.entities.delete(id),
    'person:list': (query) => services.portfolio.people.list(query),
    'person:get': ({ id }) => services.portfolio.people.get(id),
    'person:create': (input) => services.portfolio.people.create(input),
    'person:update': (input) => services.portfolio.people.update(input),
    'person:archive': ({ id }) => services.portfolio.people.archive(id),
    'person:unarchive': ({ id }) => services.portfolio.people.unarchive(id),
    'person:delete': ({ id }) => services.portfolio.people.delete(id),
    'service:list': (query) => services.portfolio.services.list(query),
    'service:get': ({ id }) => services.portfolio.services.get(id),
    'service:create': (input) => services.portfolio.services.create(input),
    'service:update': (input) => services.portfolio.services.update(input),
    'service:archive': ({ id }) => services.portfolio.services.archive(id),
    'service:unarchive': ({ id }) => services.portfolio.services.unarchive(id),
    'service:delete': ({ id }) => services.portfolio.services.delete(id),
    'access:save': (input) => services.portfolio.accesses.save(input),
    'access:remove': ({ id }) => services.portfolio.accesses.remove(id),
    'portfolio:record-existing': (input) => services.portfolio.recordExisting.record(input),
    'dashboard:get': () => services.portfolio.dashboard.get(),
    'filing:determine': (input) => services.filings.determine(input),
    'filing:create': (input) => services.filings.create(input),
    'filing:list': (query) => services.filings.list(query),
    'filing:get': ({ id }) => services.filings.get(id),
    'filing:save-step': (input) => services.filings.saveStep(input),
    'filing:acknowledge': (input) => services.filings.acknowledge(input),
    'filing:record-event': (input) => services.filings.recordEvent(input),
    'filing:delete-draft': ({ id }) => services.filings.deleteDraft(id),
    'report:export': (input) => services.jobs.start('export', (ctx) => services.reports.export(input, ctx, services.tasks)),
    'job:get': ({ id }) => services.jobs.get(id),
    'job:cancel': ({ id }) => services.jobs.cancel(id),
    'job:take-file': ({ id }) => {
      const { bytes, ...info } = services.jobs.takeFile(id);
      return { ...info, size: bytes.byteLength, base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') };
    },
    'job:save-file': ({ id }) => services.jobs.save(id, services.saveFile),
    'import:preview': (input) => services.imports.preview(input),
    'import:commit': (input) => services.imports.commit(input),
    'import:template': (input) => services.imports.template(input),
    'bundle:export': () => services.bundles.export(),
    'bundle:preview': (input) => services.bundles.preview(input),
    'bundle:plan': (input) => services.bundles.plan(input),
    'bundle:import': (input) => services.bundles.import(input),
  } satisfies Handlers;
}
