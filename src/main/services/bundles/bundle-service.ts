import { randomBytes } from 'node:crypto';
import { text } from '../../../shared/domain/finding';
import { BUNDLE_EXTENSION, type BundleImportInput, type BundleImportResult, type BundlePlan, type BundlePlanInput, type BundlePreview, type BundlePreviewInput, type BundleResolution } from '../../../shared/ipc/bundle-schemas';
import type { JobStarted } from '../../../shared/ipc/job-schemas';
import type { Store } from '../../store';
import { timestampForName } from '../../store/paths';
import type { JsonObject } from '../../store/snapshot-adapter';
import type { TaskRunner } from '../../workers/task-runner';
import type { DataHost } from '../data-host';
import { JobCancelled, type JobContext, type JobService } from '../jobs';
import { BUNDLE_MIME } from './bundle-format';
import { bundleErrors } from './bundle-messages';
import type { ReadBundle } from './bundle-read';
import { planCounts, planMerge } from './merge-plan';

/** A preview's checked document waits this long for its import (the job outputs are kept as long). */
const KEEP_PREVIEW_MS = 30 * 60 * 1000;
/** Each holds a whole portfolio's JSON: keep only the latest few. */
const MAX_PENDING = 2;

interface Pending {
  fileName: string;
  read: ReadBundle;
  expiresAt: number;
}

export interface BundleServiceDeps {
  data: Pick<DataHost, 'store'>;
  jobs: JobService;
  tasks: TaskRunner;
  version: string;
  now?: () => Date;
}

const countsOf = (store: Store, names: Iterable<string>) => Object.fromEntries([...names].map((name) => [name, store.count(name)]));

const LOCAL_COLLECTIONS = ['settings', 'entities', 'people', 'services', 'accesses', 'filings', 'events'];

/**
 * Backup bundles (issue #6 point 6): export the whole data as one `.icpdesk` file, preview one
 * (checked in the task worker, conflicts planned here against the live data) and import it as a
 * replacement or a merge. Every step is a job; the only writes happen in the import, after a safety
 * backup, as one store operation (a replace, or one transaction).
 */
export class BundleService {
  private readonly pending = new Map<string, Pending>();

  constructor(private readonly deps: BundleServiceDeps) {}

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  export(): JobStarted {
    return this.deps.jobs.start('bundle-export', async (ctx) => {
      const store = this.deps.data.store;
      const snapshot = await store.snapshotBytes();
      checkCancelled(ctx);
      const exportedAt = this.now();
      const packed = await this.deps.tasks.run('bundle-pack', { snapshot: new Uint8Array(snapshot), appVersion: this.deps.version, exportedAt: exportedAt.toISOString() }, ctx);
      return {
        file: {
          fileName: `icp-desk-${timestampForName(exportedAt)}${BUNDLE_EXTENSION}`,
          mimeType: BUNDLE_MIME,
          bytes: packed.bytes,
          rowCount: packed.counts.entities ?? 0,
          truncated: false,
        },
      };
    });
  }

  preview(input: BundlePreviewInput): JobStarted {
    const bytes = new Uint8Array(Buffer.from(input.base64, 'base64'));
    return this.deps.jobs.start('bundle-preview', async (ctx) => {
      const read = await this.deps.tasks.run('bundle-read', { bytes }, ctx);
      checkCancelled(ctx);
      this.forgetOld();
      const bundleId = `bundle-${randomBytes(10).toString('hex')}`;
      this.pending.set(bundleId, { fileName: input.fileName, read, expiresAt: this.now().getTime() + KEEP_PREVIEW_MS });
      return { value: await this.previewOf(bundleId, input.fileName, read) };
    });
  }

  /**
   * What the merge would do with the resolutions chosen so far: the same plan the import carries out,
   * so the preview's counts and conflicts follow each choice (one rule, merge-plan.ts).
   */
  async plan(input: BundlePlanInput): Promise<BundlePlan> {
    return this.planOf(this.find(input.bundleId).read, input.resolutions);
  }

  private async planOf(read: ReadBundle, resolutions: Readonly<Record<string, BundleResolution>> = {}): Promise<BundlePlan> {
    const plan = await planMerge(read.summary, this.deps.data.store, resolutions);
    return { conflicts: plan.conflicts, mergeAdds: planCounts(plan), identical: plan.identical };
  }

  private async previewOf(bundleId: string, fileName: string, read: ReadBundle): Promise<BundlePreview> {
    const store = this.deps.data.store;
    const plan = await this.planOf(read);
    return {
      bundleId,
      fileName,
      exportedAt: read.exportedAt,
      appVersion: read.appVersion,
      schemaVersion: read.schemaVersion,
      ...(read.migratedFrom === undefined ? {} : { migratedFrom: read.migratedFrom }),
      counts: read.counts,
      localCounts: countsOf(store, LOCAL_COLLECTIONS),
      ...plan,
    };
  }

  import(input: BundleImportInput): JobStarted {
    const pending = this.find(input.bundleId);
    return this.deps.jobs.start('bundle-import', async (ctx) => {
      const store = this.deps.data.store;
      ctx.progress(0, 3);
      // The parse is the last part a cancel can stop; from the safety backup on, the import runs to its end.
      const doc = JSON.parse(Buffer.from(pending.read.docJson).toString('utf8')) as JsonObject & { collections: Record<string, JsonObject[]> };
      ctx.progress(1, 3);
      ctx.pointOfNoReturn();
      const result = input.mode === 'replace' ? await this.replace(store, doc, pending) : await this.merge(store, doc, pending, input.resolutions ?? {});
      ctx.progress(3, 3);
      // Used once: a second import of the same preview would be planned against changed data.
      this.pending.delete(input.bundleId);
      return { value: result };
    });
  }

  private async replace(store: Store, doc: JsonObject, pending: Pending): Promise<BundleImportResult> {
    const { safetyBackup } = await store.replaceData(doc, 'before-bundle-replace');
    return { mode: 'replace', counts: pending.read.counts, removed: 0, ...(safetyBackup ? { safetyBackup } : {}) };
  }

  private async merge(store: Store, doc: { collections: Record<string, JsonObject[]> }, pending: Pending, resolutions: Record<string, 'keep-local' | 'take-incoming'>): Promise<BundleImportResult> {
    // Planned again against the data as it is now: it may have changed since the preview.
    const plan = await planMerge(pending.read.summary, store, resolutions);
    const known = new Set(plan.conflicts.map((c) => c.id));
    for (const id of Object.keys(resolutions)) if (!known.has(id)) throw bundleErrors.unknownResolution(id);
    const hasData = LOCAL_COLLECTIONS.some((name) => store.count(name) > 0);
    const safety = hasData ? await store.createBackup('before-bundle-merge') : undefined;
    const counts = planCounts(plan);
    const removed = plan.deletes.filter((d) => !plan.puts.get(d.collection)?.has(d.id)).length;
    await store.transact('bundle', (tx) => {
      for (const d of plan.deletes) if (tx.get(d.collection, d.id)) tx.delete(d.collection, d.id);
      for (const [collection, ids] of plan.puts) {
        for (const record of doc.collections[collection] ?? []) if (ids.has(record.id as string)) tx.put(collection, record as { id: string });
      }
      tx.log({
        action: 'bundle.merged',
        summary: text(
          `从数据包 ${pending.fileName} 合并：新增 ${counts.entities ?? 0} 个主体、${counts.services ?? 0} 个服务、${counts.filings ?? 0} 个备案订单`,
          `Merged from bundle ${pending.fileName}: ${counts.entities ?? 0} entities, ${counts.services ?? 0} services, ${counts.filings ?? 0} filings added`,
        ),
      });
    });
    return { mode: 'merge', counts, removed, ...(safety ? { safetyBackup: safety.name } : {}) };
  }

  private find(bundleId: string): Pending {
    const pending = this.pending.get(bundleId);
    if (!pending || pending.expiresAt < this.now().getTime()) throw bundleErrors.expired();
    return pending;
  }

  private forgetOld(): void {
    const now = this.now().getTime();
    for (const [id, p] of this.pending) if (p.expiresAt < now) this.pending.delete(id);
    while (this.pending.size >= MAX_PENDING) {
      const oldest = this.pending.keys().next().value;
      if (oldest === undefined) break;
      this.pending.delete(oldest);
    }
  }
}

function checkCancelled(ctx: JobContext): void {
  if (ctx.signal.aborted) throw new JobCancelled();
}
