import { z } from 'zod';
import { LocalizedText } from '../domain/finding';

/** Error codes of architecture §2. Each says what went wrong in a way the UI can act on. */
export const ErrorCode = z.enum(['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'STORAGE', 'LOCKED', 'INTERNAL']);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** A field-level problem; `path` is the zod path inside the channel input, so a form can place it. */
export const IssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
export type Issue = z.infer<typeof IssueSchema>;

/** A record the error is about, so the UI can link to it (e.g. the open filing that blocks a new one). */
export const RecordRef = z.object({ kind: z.enum(['entity', 'person', 'service', 'access', 'filing']), id: z.string() });
export type RecordRef = z.infer<typeof RecordRef>;

export const IpcErrorSchema = z.object({
  code: ErrorCode,
  message: LocalizedText,
  issues: z.array(IssueSchema).optional(),
  ref: RecordRef.optional(),
});
export type IpcError = z.infer<typeof IpcErrorSchema>;

/** Errors travel as values across the boundary, never as thrown exceptions. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: IpcError };
