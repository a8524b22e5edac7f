import type { ErrorCode, Result } from '../../shared/ipc';
import { IpcErrorSchema } from '../../shared/ipc';
import { localized, type MessageKey, type MessageValues } from '../../shared/i18n';

/** An error value made on this side of the boundary, worded from the shared catalogs. */
export function failure(code: ErrorCode, key: MessageKey, values?: MessageValues): Result<never> {
  return { ok: false, error: { code, message: localized(key, values) } };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks that an answer has the Result shape, so a broken or foreign answer turns into an error
 * value instead of a crash somewhere in a component. The data itself is trusted: both sides are
 * built from the same contract, and main already produced it from the output schema.
 */
export function toResult(raw: unknown): Result<unknown> | undefined {
  if (!isRecord(raw)) return undefined;
  if (raw.ok === true && 'data' in raw) return { ok: true, data: raw.data };
  if (raw.ok === false) {
    const error = IpcErrorSchema.safeParse(raw.error);
    if (error.success) return { ok: false, error: error.data };
  }
  return undefined;
}
