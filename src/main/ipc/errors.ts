import { text } from '../../shared/domain/finding';
import type { ErrorCode, IpcError } from '../../shared/ipc/result';
import { ServiceError } from '../services/service-error';
import { StoreError, type StoreErrorKind } from '../store';

const storeCodes: Record<StoreErrorKind, ErrorCode> = {
  LOCKED: 'LOCKED',
  CORRUPT: 'STORAGE',
  NEWER_VERSION: 'STORAGE',
  IO: 'STORAGE',
  VALIDATION: 'VALIDATION',
  NOT_FOUND: 'NOT_FOUND',
};

/** Maps anything a service may throw to the error value of the contract. */
export function toIpcError(error: unknown): IpcError {
  if (error instanceof ServiceError) {
    return { code: error.code, message: error.userMessage, ...(error.issues ? { issues: error.issues } : {}), ...(error.ref ? { ref: error.ref } : {}) };
  }
  if (error instanceof StoreError) {
    return { code: storeCodes[error.kind], message: error.userMessage, ...(error.issues ? { issues: error.issues } : {}) };
  }
  return {
    code: 'INTERNAL',
    message: text(
      '发生了意外错误，数据未被更改。请重试；若仍失败，请重启应用并联系支持。',
      'An unexpected error occurred and no data was changed. Try again; if it keeps failing, restart the app and report it.',
    ),
  };
}
