import type { Issue } from '../../../shared/ipc/result';
import { Corruption, docOf, prepare } from '../../store/prepare';
import { resolveConfig, type ResolvedConfig } from '../../store/schema';
import { schemaVersionOf } from '../../store/snapshot-doc';
import { StoreError } from '../../store';
import { storeConfig } from '../store-config';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, gunzipCapped, inflateCap, sha256Hex } from './bundle-format';
import { bundleErrors } from './bundle-messages';
import { summarize, type IncomingSummary } from './incoming';

/** A bundle that passed every check: its header, the validated document as JSON bytes, and what main plans with. */
export interface ReadBundle {
  appVersion: string;
  exportedAt: string;
  schemaVersion: number;
  migratedFrom?: number;
  counts: Record<string, number>;
  /** `{ schemaVersion, generation, collections }` of the parsed (and migrated) records. */
  docJson: Uint8Array;
  summary: IncomingSummary;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

let resolved: ResolvedConfig | undefined;
const config = () => (resolved ??= resolveConfig(storeConfig));

const MAX_ISSUES = 10;

/**
 * Checks a bundle from the outside in, refusing at the first failure with a message that says
 * which (bundle-messages.ts): gzip (capped inflation), JSON, format marker and version, checksum,
 * data version (newer refused, older migrated as the store migrates on open), then every record
 * with the store's own schemas. Runs in the task worker; nothing here touches the data.
 */
export async function readBundle(bytes: Uint8Array, progress: (done: number, total: number) => void): Promise<ReadBundle> {
  progress(0, 4);
  const inflated = gunzipCapped(bytes, inflateCap(bytes.length));
  if (!inflated.ok) {
    if (inflated.failure === 'not-gzip') throw bundleErrors.notABundle();
    if (inflated.failure === 'truncated') throw bundleErrors.truncated();
    if (inflated.failure === 'too-large') throw bundleErrors.tooLarge(Math.round(inflateCap(bytes.length) / 1024 / 1024));
    throw bundleErrors.damaged(inflated.detail);
  }
  progress(1, 4);
  let parsed: unknown;
  try {
    parsed = JSON.parse(inflated.text.toString('utf8'));
  } catch {
    throw bundleErrors.notABundle();
  }
  if (!isObject(parsed) || parsed.format !== BUNDLE_FORMAT) throw bundleErrors.notABundle();
  const formatVersion = parsed.formatVersion;
  if (typeof formatVersion !== 'number' || !Number.isSafeInteger(formatVersion) || formatVersion < 1) throw bundleErrors.damaged('formatVersion');
  if (formatVersion > BUNDLE_FORMAT_VERSION) throw bundleErrors.newerFormat(formatVersion);
  const data = parsed.data;
  if (!isObject(data)) throw bundleErrors.damaged('data');
  if (typeof parsed.sha256 !== 'string' || sha256Hex(JSON.stringify(data)) !== parsed.sha256) throw bundleErrors.damaged('checksum');
  progress(2, 4);
  const cfg = config();
  const version = schemaVersionOf(data);
  if (typeof version === 'string') throw bundleErrors.damaged(version);
  if (version > cfg.schemaVersion) throw bundleErrors.newerData(version, cfg.schemaVersion);
  let prepared: Awaited<ReturnType<typeof prepare>>;
  try {
    prepared = await prepare(data, version, cfg);
  } catch (error) {
    if (error instanceof Corruption) throw bundleErrors.invalidRecords(issuesOf(error));
    if (error instanceof StoreError && error.kind === 'NEWER_VERSION') throw bundleErrors.newerData(version, cfg.schemaVersion);
    throw error;
  }
  progress(3, 4);
  const doc = docOf(prepared.collections, cfg.schemaVersion, prepared.doc.generation);
  const counts = Object.fromEntries(Object.entries(doc.collections).map(([name, records]) => [name, records.length]));
  const summary = summarize(doc.collections);
  const docJson = new Uint8Array(Buffer.from(JSON.stringify(doc), 'utf8'));
  progress(4, 4);
  return {
    appVersion: typeof parsed.appVersion === 'string' ? parsed.appVersion : '',
    exportedAt: typeof parsed.exportedAt === 'string' ? parsed.exportedAt : '',
    schemaVersion: version,
    ...(prepared.migratedFrom === undefined ? {} : { migratedFrom: prepared.migratedFrom }),
    counts,
    docJson,
    summary,
  };
}

/** The first few record problems, with the record named, for the error's details. */
function issuesOf(error: Corruption): Issue[] {
  const issues = error.issues ?? [{ path: [], message: error.message }];
  return issues.slice(0, MAX_ISSUES).map((i) => ({ path: i.path, message: i.collection ? `${i.collection}/${i.id ?? '?'}: ${i.message}` : i.message }));
}
