import { randomBytes } from 'node:crypto';
import { text } from '../../../shared/domain/finding';
import type { JobFileInfo, JobKind, JobProgress, JobSaveResult, JobStatus } from '../../../shared/ipc/job-schemas';
import { toIpcError } from '../../ipc/errors';
import { ServiceError } from '../service-error';
import type { FileSaver } from './file-saver';

/** A file a job made: its bytes stay here until the user takes or saves them. */
export interface JobFileOutput extends Omit<JobFileInfo, 'size'> {
  bytes: Uint8Array;
}

/** What a job's work answers: a file, a JSON value, or both. */
export interface JobOutput {
  file?: JobFileOutput;
  value?: unknown;
}

/** Handed to a job's work: report progress, and stop when the signal aborts (job:cancel). */
export interface JobContext {
  progress(done: number, total: number): void;
  signal: AbortSignal;
  /**
   * Called by work that is about to write (a backup, then a transaction): throws JobCancelled if a
   * cancel came first; from then on cancels are refused, so a job is never reported 'cancelled'
   * while its write goes on to change the data.
   */
  pointOfNoReturn(): void;
}

export type JobWork = (ctx: JobContext) => Promise<JobOutput>;

interface JobRecord {
  status: JobStatus;
  /** Past its point of no return: it runs to its end. */
  committed: boolean;
  controller: AbortController;
  file?: JobFileOutput;
}

/** Finished jobs are forgotten after this long (their output with them), or when there are too many. */
const KEEP_FINISHED_MS = 30 * 60 * 1000;
const MAX_JOBS = 50;

export class JobCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'JobCancelled';
  }
}

const notFound = () =>
  new ServiceError('NOT_FOUND', text('找不到这个任务：它可能已完成并被取走，或已过期。请重新开始。', 'This job is not known: it may have been taken already or expired. Start it again.'));

/**
 * Runs long work in the background of main and keeps its status for `job:get` (see job-schemas.ts).
 * The work itself decides where it runs — the heavy parts go to a worker thread (workers/task-runner)
 * so that no IPC call waits behind them.
 */
export class JobService {
  private readonly jobs = new Map<string, JobRecord>();

  constructor(
    private readonly now: () => Date = () => new Date(),
    /** Where unexpected failures are told (the user sees only the INTERNAL advice). */
    private readonly log: (message: string, error: unknown) => void = (message, error) => console.error(message, error),
  ) {}

  start(kind: JobKind, work: JobWork): { jobId: string } {
    this.forgetOld();
    const id = `job-${randomBytes(10).toString('hex')}`;
    const controller = new AbortController();
    const record: JobRecord = {
      committed: false,
      controller,
      status: { id, kind, state: 'running', cancellable: true, progress: { done: 0, total: 0 }, startedAt: this.now().toISOString() },
    };
    this.jobs.set(id, record);
    const progress = (done: number, total: number): void => {
      if (record.status.state === 'running') record.status.progress = clampProgress(done, total);
    };
    const pointOfNoReturn = (): void => {
      if (controller.signal.aborted) throw new JobCancelled();
      record.committed = true;
      record.status.cancellable = false;
    };
    // Started on the next turn so the caller has its id before any progress or failure.
    setImmediate(() => void this.run(record, work, { progress, signal: controller.signal, pointOfNoReturn }));
    return { jobId: id };
  }

  get(id: string): JobStatus {
    return structuredClone(this.record(id).status);
  }

  cancel(id: string): JobStatus {
    const record = this.record(id);
    if (record.status.state === 'running' && !record.committed) {
      record.controller.abort(new JobCancelled());
      this.finish(record, 'cancelled');
    }
    return this.get(id);
  }

  /** The file a finished job made; it stays until taken or forgotten (a save dialog may be cancelled). */
  peekFile(id: string): JobFileOutput {
    const record = this.record(id);
    if (record.status.state !== 'done' || !record.file) {
      throw new ServiceError('CONFLICT', text('这个任务还没有生成文件。', 'This job has not made a file (yet).'));
    }
    return record.file;
  }

  /** The file a finished job made; the job is forgotten once taken (its bytes can be large). */
  takeFile(id: string): JobFileOutput {
    const file = this.peekFile(id);
    this.jobs.delete(id);
    return file;
  }

  /**
   * Saves a finished job's file through the desktop save dialog; the job is forgotten once saved and
   * kept when the user cancels the dialog (they may try again).
   */
  async save(id: string, saver: FileSaver | undefined): Promise<JobSaveResult> {
    if (!saver) throw new ServiceError('VALIDATION', text('浏览器模式下没有保存对话框：请下载文件。', 'Browser mode has no save dialog: download the file instead.'));
    const result = await saver(this.peekFile(id));
    if (result.saved) this.jobs.delete(id);
    return result;
  }

  /** Cancels everything still running (at quit). */
  cancelAll(): void {
    for (const record of this.jobs.values()) if (record.status.state === 'running') this.cancel(record.status.id);
  }

  private record(id: string): JobRecord {
    const record = this.jobs.get(id);
    if (!record) throw notFound();
    return record;
  }

  private async run(record: JobRecord, work: JobWork, ctx: JobContext): Promise<void> {
    try {
      const output = await work(ctx);
      if (record.status.state !== 'running') return; // cancelled meanwhile: drop the output
      if (output.file) {
        record.file = output.file;
        const { bytes, ...info } = output.file;
        record.status.file = { ...info, size: bytes.byteLength };
      }
      if (output.value !== undefined) record.status.value = output.value;
      if (record.status.progress.total > 0) record.status.progress = { ...record.status.progress, done: record.status.progress.total };
      this.finish(record, 'done');
    } catch (error) {
      if (record.status.state !== 'running') return;
      if (error instanceof JobCancelled || ctx.signal.aborted) {
        this.finish(record, 'cancelled');
        return;
      }
      record.status.error = toIpcError(error);
      if (record.status.error.code === 'INTERNAL') this.log(`job ${record.status.kind} failed`, error);
      this.finish(record, 'failed');
    }
  }

  private finish(record: JobRecord, state: 'done' | 'failed' | 'cancelled'): void {
    record.status.state = state;
    record.status.finishedAt = this.now().toISOString();
  }

  private forgetOld(): void {
    const cutoff = this.now().getTime() - KEEP_FINISHED_MS;
    for (const [id, record] of this.jobs) {
      const finished = record.status.finishedAt;
      if (finished && Date.parse(finished) < cutoff) this.jobs.delete(id);
    }
    // Still too many: drop the oldest finished ones.
    for (const [id, record] of this.jobs) {
      if (this.jobs.size < MAX_JOBS) break;
      if (record.status.state !== 'running') this.jobs.delete(id);
    }
  }
}

function clampProgress(done: number, total: number): JobProgress {
  const t = Math.max(0, Math.floor(total));
  const d = Math.max(0, Math.floor(done));
  return { done: t > 0 ? Math.min(d, t) : d, total: t };
}
