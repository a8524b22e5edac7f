import type { LocalizedText } from '../../shared/domain/finding';
import type { ErrorCode, Issue, RecordRef } from '../../shared/ipc/result';

/** An error a service raises on purpose; the router turns it into an error value for the caller. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly userMessage: LocalizedText,
    readonly issues?: Issue[],
    readonly ref?: RecordRef,
  ) {
    super(userMessage.en);
    this.name = 'ServiceError';
  }
}
