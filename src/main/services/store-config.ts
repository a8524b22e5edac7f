import { z } from 'zod';
import { Access, Entity, Filing, Person, Service } from '../../shared/domain/model';
import { Settings } from '../../shared/ipc/schemas';
import { migrations, type StoreConfig } from '../store';
import { portfolioIndexes } from './portfolio/indexes';

/** Settings live in the store as one record, so they are journaled and backed up with the data. */
export const SettingsRecord = Settings.extend({ id: z.literal('app') });
export type SettingsRecord = z.infer<typeof SettingsRecord>;

export const DEFAULT_SETTINGS: Settings = { language: 'zh-CN', theme: 'system', userName: '' };

/** The collections of the data file and the schema version this build reads and writes. */
export const storeConfig: StoreConfig = {
  schemaVersion: 1,
  // A collection missing from an older snapshot opens as empty, so adding one needs no migration.
  collections: { settings: SettingsRecord, entities: Entity, people: Person, services: Service, accesses: Access, filings: Filing },
  // Rebuilt on open, so adding or changing an index needs no migration.
  indexes: portfolioIndexes,
  migrations,
};
