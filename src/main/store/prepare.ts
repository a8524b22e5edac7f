import { text } from '../../shared/domain/finding';
import { StoreError, type StoreIssue } from './errors';
import { MigrationFailed, runMigrations } from './migrate';
import { materialize, type Collections, type ResolvedConfig } from './schema';
import type { JsonObject } from './snapshot-adapter';
import { checkEnvelope, schemaVersionOf, type SnapshotDoc } from './snapshot-doc';

/** Data that cannot be explained by a crash: the open stops and the files are moved aside. */
export class Corruption extends Error {
  constructor(
    message: string,
    readonly issues?: StoreIssue[],
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'Corruption';
  }
}

export function newerVersionError(found: number, known: number, what: 'data' | 'backup'): StoreError {
  const zh = what === 'data' ? '数据文件' : '这个备份';
  const en = what === 'data' ? 'The data' : 'This backup';
  return new StoreError(
    'NEWER_VERSION',
    text(
      `${zh}来自更新版本的 ICP Desk（数据版本 ${found}，本程序只支持到 ${known}）。请安装最新版本的 ICP Desk 再打开；文件没有被修改。`,
      `${en} was written by a newer ICP Desk (data version ${found}; this app knows up to ${known}). Install the latest ICP Desk to open it; the files were not changed.`,
    ),
    { detail: `schemaVersion ${found} > ${known}` },
  );
}

/** The document's version, refusing what this app cannot read before anything is touched. */
export function versionFor(doc: JsonObject, config: ResolvedConfig, what: 'data' | 'backup'): number {
  const version = schemaVersionOf(doc);
  if (typeof version === 'string') throw new Corruption(version);
  if (version > config.schemaVersion) throw newerVersionError(version, config.schemaVersion, what);
  return version;
}

export function envelopeOf(doc: JsonObject): SnapshotDoc {
  const env = checkEnvelope(doc);
  if (typeof env === 'string') throw new Corruption(env);
  return env;
}

export interface Prepared {
  doc: SnapshotDoc;
  collections: Collections;
  migratedFrom?: number;
}

/**
 * From a raw document (journal already replayed into it) to validated records: migrate when it is
 * older than the app (after `beforeMigrate`, which takes the backup), check the envelope, validate
 * every record — unless the document is a sealed snapshot of the current version (see
 * snapshot-adapter.ts), whose records are already their schemas' output. The order — replay, migrate, validate — is what lets a journal written by the old
 * version be replayed on the document shape it was written against.
 */
export async function prepare(
  raw: JsonObject,
  version: number,
  config: ResolvedConfig,
  beforeMigrate?: () => Promise<void>,
  /** The snapshot's seal held (and any journal records were validated): skip per-record validation. Ignored when a migration runs. */
  sealed = false,
): Promise<Prepared> {
  let doc: SnapshotDoc;
  let migratedFrom: number | undefined;
  if (version < config.schemaVersion) {
    await beforeMigrate?.();
    let migrated: unknown;
    try {
      migrated = runMigrations(raw, version, config.schemaVersion, config.migrations);
    } catch (error) {
      if (error instanceof MigrationFailed) throw new Corruption(error.message, undefined, { cause: error });
      throw error;
    }
    if (typeof migrated !== 'object' || migrated === null || Array.isArray(migrated)) throw new Corruption('migration did not return an object');
    doc = envelopeOf(migrated as JsonObject);
    migratedFrom = version;
  } else {
    doc = envelopeOf(raw);
  }
  const result = materialize(doc, config, { trusted: sealed && migratedFrom === undefined && doc.schemaVersion === config.schemaVersion });
  if ('issues' in result) throw new Corruption('records fail their schema', result.issues);
  return { doc, collections: result.collections, ...(migratedFrom === undefined ? {} : { migratedFrom }) };
}

/** A snapshot document of the parsed records (what a migration or a recovery restore writes and seals). */
export function docOf(collections: Collections, schemaVersion: number, generation: number): SnapshotDoc {
  return { schemaVersion, generation, collections: Object.fromEntries([...collections].map(([name, map]) => [name, [...map.values()] as unknown as JsonObject[]])) };
}
