import { describe, expect, it } from 'vitest';
import { JobCancelled, JobService, type JobContext, type JobOutput } from '../../../../../src/main/services/jobs';
import { ServiceError } from '../../../../../src/main/services/service-error';
import { text } from '../../../../../src/shared/domain/finding';

/** Work the test finishes by hand, so each state can be looked at in turn. */
function controlled() {
  let ctx: JobContext | undefined;
  let finish: (output: JobOutput) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const work = (c: JobContext) =>
    new Promise<JobOutput>((resolve, reject) => {
      ctx = c;
      finish = resolve;
      fail = reject;
      c.signal.addEventListener('abort', () => reject(new JobCancelled()));
    });
  return { work, ctx: () => ctx, finish: (o: JobOutput) => finish(o), fail: (e: unknown) => fail(e) };
}

const file = (content: string) => ({ fileName: '主体列表.csv', mimeType: 'text/csv', bytes: Buffer.from(content), rowCount: 1, truncated: false });

describe('JobService', () => {
  it('answers the id at once, then running with progress, then done with the file described and takeable once', async () => {
    const jobs = new JobService();
    const job = controlled();
    const { jobId } = jobs.start('export', job.work);
    expect(jobs.get(jobId)).toMatchObject({ state: 'running', kind: 'export', progress: { done: 0, total: 0 } });
    await expect.poll(() => job.ctx()).toBeDefined();
    job.ctx()?.progress(40, 100);
    expect(jobs.get(jobId).progress).toEqual({ done: 40, total: 100 });
    job.finish({ file: file('名称\r\n示例') });
    await expect.poll(() => jobs.get(jobId).state).toBe('done');
    const status = jobs.get(jobId);
    expect(status.file).toEqual({ fileName: '主体列表.csv', mimeType: 'text/csv', size: Buffer.byteLength('名称\r\n示例'), rowCount: 1, truncated: false });
    expect(status.progress).toEqual({ done: 100, total: 100 });
    expect(Buffer.from(jobs.takeFile(jobId).bytes).toString()).toBe('名称\r\n示例');
    expect(() => jobs.get(jobId)).toThrow(ServiceError);
  });

  it('a cancel ends the job at once, aborts its work and drops whatever it makes afterwards', async () => {
    const jobs = new JobService();
    const job = controlled();
    const { jobId } = jobs.start('export', job.work);
    await expect.poll(() => job.ctx()).toBeDefined();
    expect(jobs.cancel(jobId).state).toBe('cancelled');
    expect(job.ctx()?.signal.aborted).toBe(true);
    job.finish({ file: file('late') });
    await new Promise((r) => setImmediate(r));
    expect(jobs.get(jobId).state).toBe('cancelled');
    expect(jobs.get(jobId).file).toBeUndefined();
    expect(() => jobs.takeFile(jobId)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('past its point of no return a job refuses cancels and runs to its end; before it, a cancel stops the write', async () => {
    const jobs = new JobService();
    const writing = controlled();
    const a = jobs.start('import-commit', writing.work).jobId;
    await expect.poll(() => writing.ctx()).toBeDefined();
    writing.ctx()?.pointOfNoReturn();
    expect(jobs.cancel(a)).toMatchObject({ state: 'running', cancellable: false });
    expect(writing.ctx()?.signal.aborted).toBe(false);
    writing.finish({ value: { created: 47 } });
    await expect.poll(() => jobs.get(a).state).toBe('done');

    const early = controlled();
    const b = jobs.start('import-commit', early.work).jobId;
    await expect.poll(() => early.ctx()).toBeDefined();
    jobs.cancel(b);
    expect(() => early.ctx()?.pointOfNoReturn()).toThrow(JobCancelled);
    expect(jobs.get(b).state).toBe('cancelled');
  });

  it('a failure keeps its message for the user; progress reported after the end is ignored', async () => {
    const jobs = new JobService();
    const job = controlled();
    const { jobId } = jobs.start('import-preview', job.work);
    await expect.poll(() => job.ctx()).toBeDefined();
    job.fail(new ServiceError('VALIDATION', text('文件已损坏。', 'The file is damaged.')));
    await expect.poll(() => jobs.get(jobId).state).toBe('failed');
    expect(jobs.get(jobId).error).toMatchObject({ code: 'VALIDATION', message: { en: 'The file is damaged.' } });
    job.ctx()?.progress(5, 10);
    expect(jobs.get(jobId).progress).toEqual({ done: 0, total: 0 });
  });

  it('an unexpected error becomes INTERNAL with advice, never the raw text', async () => {
    const logged: unknown[] = [];
    const jobs = new JobService(undefined, (_m, e) => logged.push(e));
    const { jobId } = jobs.start('export', () => Promise.reject(new Error('EACCES /secret/path')));
    await expect.poll(() => jobs.get(jobId).state).toBe('failed');
    expect(logged, 'the cause is logged for the developer').toHaveLength(1);
    const error = jobs.get(jobId).error;
    expect(error?.code).toBe('INTERNAL');
    expect(JSON.stringify(error)).not.toContain('/secret/path');
  });

  it('a value job answers its value in the status', async () => {
    const jobs = new JobService();
    const { jobId } = jobs.start('import-preview', () => Promise.resolve({ value: { rows: 3 } }));
    await expect.poll(() => jobs.get(jobId).state).toBe('done');
    expect(jobs.get(jobId).value).toEqual({ rows: 3 });
  });

  it('save: refused without a save dialog (browser mode); kept when the dialog is cancelled; forgotten once saved', async () => {
    const jobs = new JobService();
    const { jobId } = jobs.start('export', () => Promise.resolve({ file: file('x') }));
    await expect.poll(() => jobs.get(jobId).state).toBe('done');
    await expect(jobs.save(jobId, undefined)).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await jobs.save(jobId, () => Promise.resolve({ saved: false }))).toEqual({ saved: false });
    expect(jobs.get(jobId).state).toBe('done');
    const written: string[] = [];
    const saved = await jobs.save(jobId, (f) => {
      written.push(Buffer.from(f.bytes).toString());
      return Promise.resolve({ saved: true, path: '/home/u/Downloads/主体列表.csv' });
    });
    expect(saved).toEqual({ saved: true, path: '/home/u/Downloads/主体列表.csv' });
    expect(written).toEqual(['x']);
    expect(() => jobs.get(jobId)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('cancelAll stops every running job (at quit)', async () => {
    const jobs = new JobService();
    const a = controlled();
    const b = controlled();
    const ids = [jobs.start('export', a.work).jobId, jobs.start('bundle-export', b.work).jobId];
    jobs.cancelAll();
    expect(ids.map((id) => jobs.get(id).state)).toEqual(['cancelled', 'cancelled']);
  });

  it('finished jobs are forgotten after half an hour, running ones never', async () => {
    let now = new Date('2026-11-28T10:00:00Z');
    const jobs = new JobService(() => now);
    const done = jobs.start('export', () => Promise.resolve({ value: 1 })).jobId;
    const running = jobs.start('export', controlled().work).jobId;
    await expect.poll(() => jobs.get(done).state).toBe('done');
    now = new Date('2026-11-28T10:31:00Z');
    jobs.start('export', () => Promise.resolve({ value: 2 }));
    expect(() => jobs.get(done)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(jobs.get(running).state).toBe('running');
  });
});
