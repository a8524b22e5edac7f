import { z } from 'zod';
import { LocalizedText } from '../../shared/domain/finding';
import type { StoreIssue } from './errors';
import type { JournalLine } from './journal';
import type { JsonObject } from './snapshot-adapter';
import type { SnapshotDoc } from './snapshot-doc';
import type { HistoryEvent, IndexDef, Migration, StoreConfig, StoreRecord } from './types';

export const EVENTS = 'events';

/** The built-in history collection every store has (architecture §4: the event log is written with the change). */
export const HistoryEventSchema = z.object({
  id: z.string().min(1),
  at: z.iso.datetime({ offset: true }),
  actor: z.string(),
  action: z.string().min(1),
  target: z.object({ collection: z.string(), id: z.string() }).optional(),
  summary: LocalizedText.optional(),
}) satisfies z.ZodType<HistoryEvent>;

/** The caller's config plus the built-in collection, checked once at open. */
export interface ResolvedConfig {
  schemaVersion: number;
  collections: ReadonlyMap<string, z.ZodType<StoreRecord>>;
  indexes: ReadonlyMap<string, IndexDef>;
  migrations: readonly Migration[];
}

/** Mistakes here are programming errors, not user conditions, so they are plain Errors. */
export function resolveConfig(config: StoreConfig): ResolvedConfig {
  if (!Number.isSafeInteger(config.schemaVersion) || config.schemaVersion < 1) throw new Error('store config: schemaVersion must be an integer ≥ 1');
  if (Object.hasOwn(config.collections, EVENTS)) throw new Error(`store config: '${EVENTS}' is built in; do not configure it`);
  const collections = new Map<string, z.ZodType<StoreRecord>>(Object.entries(config.collections));
  collections.set(EVENTS, HistoryEventSchema);
  const indexes = new Map(Object.entries(config.indexes ?? {}));
  for (const [name, def] of indexes) {
    if (!collections.has(def.collection)) throw new Error(`store config: index '${name}' is on unknown collection '${def.collection}'`);
  }
  for (let v = 0; v < config.schemaVersion; v++) {
    const steps = config.migrations.filter((m) => m.from === v);
    if (steps.length !== 1 || steps[0]?.to !== v + 1) throw new Error(`store config: need exactly one migration from ${v} to ${v + 1}`);
  }
  return { schemaVersion: config.schemaVersion, collections, indexes, migrations: config.migrations };
}

export type Collections = Map<string, Map<string, StoreRecord>>;

const MAX_ISSUES = 20;

/**
 * Validates every record with its collection's schema and builds the in-memory maps from the parsed
 * values (so memory holds exactly what a commit would have stored). Unknown collections are a
 * failure: at the same schemaVersion they cannot have been written by this app.
 */
export function materialize(doc: SnapshotDoc, config: ResolvedConfig, options: { trusted?: boolean } = {}): { collections: Collections } | { issues: StoreIssue[] } {
  if (options.trusted) return materializeTrusted(doc, config);
  const collections: Collections = new Map();
  const issues: StoreIssue[] = [];
  // Keep the first few: enough to diagnose, bounded when a whole file is wrong.
  const report = (issue: StoreIssue) => void (issues.length < MAX_ISSUES && issues.push(issue));
  let failed = false;
  for (const name of config.collections.keys()) collections.set(name, new Map());
  for (const [name, records] of Object.entries(doc.collections)) {
    const schema = config.collections.get(name);
    const map = collections.get(name);
    if (!schema || !map) {
      failed = true;
      report({ path: ['collections', name], message: `unknown collection '${name}'` });
      continue;
    }
    for (let i = 0; i < records.length; i++) {
      const raw: JsonObject | undefined = records[i];
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        failed = true;
        const id = typeof raw?.id === 'string' ? raw.id : undefined;
        for (const issue of parsed.error.issues) {
          report({ path: ['collections', name, i, ...issue.path.map(pathKey)], message: issue.message, collection: name, ...(id === undefined ? {} : { id }) });
        }
      } else if (map.has(parsed.data.id)) {
        failed = true;
        report({ path: ['collections', name, i, 'id'], message: `id ${JSON.stringify(parsed.data.id)} appears twice`, collection: name, id: parsed.data.id });
      } else {
        map.set(parsed.data.id, parsed.data);
      }
    }
  }
  return failed ? { issues } : { collections };
}

/**
 * The same maps from a sealed snapshot of the current version (snapshot-adapter.ts: every record in
 * it is already its schema's output, and journal records were checked by validateJournalRecords), so
 * the records go into memory as parsed, without a second copy. What stays checked is what a seal
 * cannot vouch for in the same way and costs next to nothing: known collections, an object with a
 * string id, no id twice.
 */
function materializeTrusted(doc: SnapshotDoc, config: ResolvedConfig): { collections: Collections } | { issues: StoreIssue[] } {
  const collections: Collections = new Map();
  const issues: StoreIssue[] = [];
  for (const name of config.collections.keys()) collections.set(name, new Map());
  for (const [name, records] of Object.entries(doc.collections)) {
    const map = collections.get(name);
    if (!map) {
      issues.push({ path: ['collections', name], message: `unknown collection '${name}'` });
      continue;
    }
    for (let i = 0; i < records.length; i++) {
      const raw = records[i] as StoreRecord | null | undefined;
      const id = typeof raw === 'object' && raw !== null ? raw.id : undefined;
      if (typeof id !== 'string') issues.push({ path: ['collections', name, i], message: 'not a record with an id', collection: name });
      else if (map.has(id)) issues.push({ path: ['collections', name, i, 'id'], message: `id ${JSON.stringify(id)} appears twice`, collection: name, id });
      else map.set(id, raw as StoreRecord);
      if (issues.length >= MAX_ISSUES) return { issues };
    }
  }
  return issues.length > 0 ? { issues } : { collections };
}

/**
 * Validates the records the journal puts (replaced in place by their parsed value) before they are
 * replayed into a sealed snapshot: the seal covers the snapshot file only. They were validated before
 * being journaled, and each line carries a checksum, but a line is small and cheap to check (about a
 * thousand lines cost a few ms), and a journal is the file a build with a different schema at the same
 * version would have left behind — so nothing enters memory unchecked except the sealed snapshot.
 * Unknown collections are left for materializeTrusted to report.
 */
export function validateJournalRecords(lines: readonly JournalLine[], config: ResolvedConfig): StoreIssue[] {
  const issues: StoreIssue[] = [];
  for (const line of lines) {
    for (const op of line.o) {
      if (!('put' in op)) continue;
      const schema = config.collections.get(op.put);
      if (!schema) continue;
      const parsed = schema.safeParse(op.r);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          if (issues.length < MAX_ISSUES) issues.push({ path: ['journal', line.g, line.s, op.put, ...issue.path.map(pathKey)], message: issue.message, collection: op.put, id: op.r.id });
        }
      } else if (parsed.data.id !== op.r.id) {
        issues.push({ path: ['journal', line.g, line.s, op.put, 'id'], message: 'the schema changed the id', collection: op.put, id: op.r.id });
      } else {
        op.r = parsed.data;
      }
    }
  }
  return issues;
}

/** zod paths may hold symbols (never in JSON data); keep the boundary type plain. */
export const pathKey = (key: PropertyKey): string | number => (typeof key === 'symbol' ? String(key) : key);
