import { z } from 'zod';
import { IpcErrorSchema } from './result';

/**
 * Long work (issue #6 point 7): exports, imports and backup bundles run as jobs. A channel that
 * starts one answers at once with the job's id; the renderer polls `job:get` for progress (one
 * transport-neutral request/response, the same over Electron IPC and browser mode), may `job:cancel`
 * it, and fetches what it made. A job's output stays in main's memory until it is taken: nothing is
 * written to disk before the user saves it, so a cancelled job leaves no partial file.
 */
export const JobId = z.string().regex(/^job-[0-9a-z]{8,40}$/, 'A job id from a job that was started.');
export type JobId = z.infer<typeof JobId>;

export const JobIdInput = z.object({ id: JobId }).strict();

export const JobStarted = z.object({ jobId: JobId });
export type JobStarted = z.infer<typeof JobStarted>;

export const JobKind = z.enum(['export', 'import-preview', 'import-commit', 'bundle-export', 'bundle-preview', 'bundle-import']);
export type JobKind = z.infer<typeof JobKind>;

export const JobState = z.enum(['running', 'done', 'failed', 'cancelled']);
export type JobState = z.infer<typeof JobState>;

/** A file a job made, without its bytes: the name to save it under and what it holds. */
export const JobFileInfo = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int().nonnegative(),
  /** Rows (or events, entities) the file holds. */
  rowCount: z.number().int().nonnegative(),
  /** More matched than the file may hold; it holds the first ones. */
  truncated: z.boolean(),
});
export type JobFileInfo = z.infer<typeof JobFileInfo>;

export const JobProgress = z.object({
  done: z.number().int().nonnegative(),
  /** 0 while the amount of work is not known yet. */
  total: z.number().int().nonnegative(),
});
export type JobProgress = z.infer<typeof JobProgress>;

export const JobStatus = z.object({
  id: JobId,
  kind: JobKind,
  state: JobState,
  /** False once the job has begun to write (an import's transaction): a cancel would come too late. */
  cancellable: z.boolean(),
  progress: JobProgress,
  startedAt: z.string(),
  finishedAt: z.string().optional(),
  /** When the job made a file: what `job:take-file` / `job:save-file` hand over. */
  file: JobFileInfo.optional(),
  /**
   * When the job made a value (an import or bundle preview, an import's outcome): JSON the starting
   * feature's own schema describes; the feature's client parses it with that schema.
   */
  value: z.unknown().optional(),
  error: IpcErrorSchema.optional(),
});
export type JobStatus = z.infer<typeof JobStatus>;

/** The file a job made, for the browser's download (base64 travels over both transports). */
export const JobFile = JobFileInfo.extend({ base64: z.string() });
export type JobFile = z.infer<typeof JobFile>;

/** What the desktop save dialog did: `saved: false` when the user cancelled it. */
export const JobSaveResult = z.object({ saved: z.boolean(), path: z.string().optional() });
export type JobSaveResult = z.infer<typeof JobSaveResult>;
