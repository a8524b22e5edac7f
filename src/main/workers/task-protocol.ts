import type { LocalizedText } from '../../shared/domain/finding';
import type { ErrorCode, Issue } from '../../shared/ipc/result';

/** What main posts to a task worker when it starts (workerData). */
export interface TaskRequest {
  name: string;
  input: unknown;
}

/** What a task worker posts back: progress any number of times, then exactly one of done or failed. */
export type TaskMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; output: unknown }
  | { type: 'failed'; error: SerializedTaskError };

/** A ServiceError crosses the thread boundary as plain data and is rebuilt in main. */
export interface SerializedTaskError {
  code?: ErrorCode;
  userMessage?: LocalizedText;
  issues?: Issue[];
  message: string;
}
