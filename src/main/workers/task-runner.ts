import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { text } from '../../shared/domain/finding';
import { ServiceError } from '../services/service-error';
import { JobCancelled, type JobContext } from '../services/jobs/job-service';
import type { SerializedTaskError, TaskMessage, TaskRequest } from './task-protocol';
import { tasks, type TaskInput, type TaskName, type TaskOutput } from './tasks';

/**
 * A worker's heap cap: a hostile file (an XLSX or bundle that inflates to gigabytes) exhausts the
 * worker's heap and ends the worker, never main's. Generous for honest work: a 10,000-entity
 * portfolio's snapshot (about 85 MB of JSON) parses in well under half of it.
 */
const WORKER_HEAP_MB = 1536;

/**
 * The built task worker, beside the bundle that runs main (`.vite/build/task-worker.js` for Electron,
 * `.vite/web/task-worker.js` for browser mode). Absent when main runs as TypeScript source (vitest):
 * then tasks run inline on the calling thread — the same functions, without the isolation.
 */
export function defaultWorkerPath(): string | undefined {
  const candidate = path.join(__dirname, 'task-worker.js');
  return existsSync(candidate) ? candidate : undefined;
}

export interface TaskRunnerOptions {
  /** The worker bundle; undefined runs tasks inline. */
  workerPath?: string | undefined;
  /** The worker's heap cap in MB (tests use a small one). */
  heapMb?: number;
}

const failedMessage = (detail: string) =>
  text(`后台处理失败：${detail}。数据未被更改，请重试。`, `The background work failed: ${detail}. No data was changed; try again.`);

function rebuild(error: SerializedTaskError): Error {
  if (error.code && error.userMessage) return new ServiceError(error.code, error.userMessage, error.issues);
  return new ServiceError('INTERNAL', failedMessage(error.message));
}

/**
 * Runs a task (workers/tasks) in a worker thread with its own heap cap, forwarding progress and
 * terminating the worker when the job is cancelled.
 */
export class TaskRunner {
  private readonly workerPath: string | undefined;
  private readonly heapMb: number;

  constructor(options: TaskRunnerOptions = { workerPath: defaultWorkerPath() }) {
    this.workerPath = options.workerPath;
    this.heapMb = options.heapMb ?? WORKER_HEAP_MB;
  }

  get isolated(): boolean {
    return this.workerPath !== undefined;
  }

  run<N extends TaskName>(name: N, input: TaskInput<N>, ctx: Pick<JobContext, 'progress' | 'signal'>): Promise<TaskOutput<N>> {
    if (ctx.signal.aborted) return Promise.reject(new JobCancelled());
    if (!this.workerPath) return this.inline(name, input, ctx);
    const workerPath = this.workerPath;
    return new Promise<TaskOutput<N>>((resolve, reject) => {
      const request: TaskRequest = { name, input };
      const worker = new Worker(workerPath, { workerData: request, resourceLimits: { maxOldGenerationSizeMb: this.heapMb } });
      let settled = false;
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        ctx.signal.removeEventListener('abort', onAbort);
        fn();
        void worker.terminate();
      };
      const onAbort = () => settle(() => reject(new JobCancelled()));
      ctx.signal.addEventListener('abort', onAbort, { once: true });
      worker.on('message', (message: TaskMessage) => {
        if (message.type === 'progress') ctx.progress(message.done, message.total);
        else if (message.type === 'done') settle(() => resolve(message.output as TaskOutput<N>));
        else settle(() => reject(rebuild(message.error)));
      });
      worker.on('error', (error: Error & { code?: string }) => {
        const detail =
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? text('处理所需内存超过上限（文件可能过大或已损坏）。数据未被更改。', 'It needed more memory than allowed (the file may be too large or damaged). No data was changed.')
            : failedMessage(error.message);
        settle(() => reject(new ServiceError('VALIDATION', detail)));
      });
      worker.on('exit', (code) => settle(() => reject(new ServiceError('INTERNAL', failedMessage(`worker exited with code ${code}`)))));
    });
  }

  private async inline<N extends TaskName>(name: N, input: TaskInput<N>, ctx: Pick<JobContext, 'progress' | 'signal'>): Promise<TaskOutput<N>> {
    const task = tasks[name] as (input: TaskInput<N>, io: { progress(d: number, t: number): void }) => TaskOutput<N> | Promise<TaskOutput<N>>;
    const output = await task(input, {
      progress: (done, total) => {
        if (ctx.signal.aborted) throw new JobCancelled();
        ctx.progress(done, total);
      },
    });
    if (ctx.signal.aborted) throw new JobCancelled();
    return output;
  }
}
