import { z } from 'zod';
import { base64File, MAX_BUNDLE_FILE_BYTES } from './uploads';

/**
 * Backup bundles (issue #6 point 6): the whole data file as one `.icpdesk` file (gzip of a JSON
 * document, services/bundles/bundle-format.ts), exported on one workstation and imported on another
 * as a replacement or a merge. Export, preview and import start jobs (job-schemas.ts); the preview and
 * the import answer their values below through `job:get`. bundle:plan answers at once.
 */
export const BUNDLE_EXTENSION = '.icpdesk';

export const BundlePreviewInput = z
  .object({
    fileName: z.string().min(1).max(255),
    base64: base64File(MAX_BUNDLE_FILE_BYTES),
  })
  .strict();
export type BundlePreviewInput = z.infer<typeof BundlePreviewInput>;

export const BundleId = z.string().regex(/^bundle-[0-9a-f]{8,40}$/, 'A bundle id from a preview.');

/**
 * certificate: an incoming entity has the certificate number of a local one; domain: an incoming
 * service has a domain of a local one; record: the same record (same id) differs on the two sides.
 */
export const BundleConflictKind = z.enum(['certificate', 'domain', 'record']);
export type BundleConflictKind = z.infer<typeof BundleConflictKind>;

/** keep-local: the incoming record and its dependants are not added. take-incoming: the local one (and its dependants) is replaced by the incoming one. */
export const BundleResolution = z.enum(['keep-local', 'take-incoming']);
export type BundleResolution = z.infer<typeof BundleResolution>;

const RecordName = z.object({ id: z.string(), name: z.string() });

export const BundleConflict = z.object({
  /** Stable within a preview: what `resolutions` is keyed by. */
  id: z.string(),
  kind: BundleConflictKind,
  collection: z.enum(['entities', 'services']),
  /** The certificate number or domain both sides share (or the id, for kind record). */
  key: z.string(),
  local: RecordName,
  incoming: RecordName,
  /** Records that go with the incoming one (its services, accesses, filings…), added only with it. */
  incomingDependants: z.number().int().nonnegative(),
  /** Local records that take-incoming removes with the local one (its services, accesses, filings). */
  localDependants: z.number().int().nonnegative(),
  resolution: BundleResolution,
});
export type BundleConflict = z.infer<typeof BundleConflict>;

/** Records per collection (entities, people, services, accesses, filings, events, settings). */
export const BundleCounts = z.record(z.string(), z.number().int().nonnegative());
export type BundleCounts = z.infer<typeof BundleCounts>;

/**
 * What a merge would do with given resolutions (merge-plan.ts). The conflicts themselves depend on
 * them: taking an incoming entity brings its services, whose domains may meet local ones.
 */
export const BundlePlan = z.object({
  conflicts: z.array(BundleConflict),
  /** What a merge with these resolutions would add, per collection. */
  mergeAdds: BundleCounts,
  /** Records on both sides with the same id and the same content: a merge skips them. */
  identical: z.number().int().nonnegative(),
});
export type BundlePlan = z.infer<typeof BundlePlan>;

/** The preview: the bundle against what is here, planned with the default resolutions (keep-local). */
export const BundlePreview = BundlePlan.extend({
  bundleId: BundleId,
  fileName: z.string(),
  exportedAt: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  /** The bundle was written by an older data version and migrated for this app. */
  migratedFrom: z.number().int().optional(),
  counts: BundleCounts,
  /** What a replace would leave: exactly the bundle's counts; what is here now: */
  localCounts: BundleCounts,
});
export type BundlePreview = z.infer<typeof BundlePreview>;

/** By conflict id; a conflict without one keeps the local record. */
const Resolutions = z.record(z.string().max(300), BundleResolution);

/** The preview's merge planned again with the resolutions chosen so far (nothing is written). */
export const BundlePlanInput = z.object({ bundleId: BundleId, resolutions: Resolutions }).strict();
export type BundlePlanInput = z.infer<typeof BundlePlanInput>;

export const BundleImportInput = z
  .object({
    bundleId: BundleId,
    mode: z.enum(['replace', 'merge']),
    resolutions: Resolutions.optional(),
  })
  .strict();
export type BundleImportInput = z.infer<typeof BundleImportInput>;

export const BundleImportResult = z.object({
  mode: z.enum(['replace', 'merge']),
  /** Replace: the bundle's counts; merge: what was added (replaced records included). */
  counts: BundleCounts,
  /** Local records a take-incoming removed (merge). */
  removed: z.number().int().nonnegative(),
  /** The backup taken before the import (none when the data was empty). */
  safetyBackup: z.string().optional(),
});
export type BundleImportResult = z.infer<typeof BundleImportResult>;
