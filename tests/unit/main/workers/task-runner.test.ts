import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JobCancelled } from '../../../../src/main/services/jobs';
import { ServiceError } from '../../../../src/main/services/service-error';
import { TaskRunner } from '../../../../src/main/workers/task-runner';
import type { TaskName } from '../../../../src/main/workers/tasks';

const scripted = path.resolve(__dirname, '../../../fixtures/workers/scripted-task-worker.cjs');

/** The runner in front of the scripted worker; task names there are the fixture's, not the app's. */
function runScripted(name: string, input: unknown, options: { heapMb?: number; signal?: AbortSignal } = {}) {
  const runner = new TaskRunner({ workerPath: scripted, ...(options.heapMb ? { heapMb: options.heapMb } : {}) });
  const seen: [number, number][] = [];
  const promise = runner.run(name as TaskName, input as never, {
    progress: (done, total) => seen.push([done, total]),
    signal: options.signal ?? new AbortController().signal,
  });
  return { promise, seen };
}

describe('TaskRunner with a worker thread', () => {
  it('forwards progress and answers the task output', async () => {
    const { promise, seen } = runScripted('count', { n: 5 });
    expect(Array.from((await promise) as Uint8Array)).toEqual([1, 2, 3]);
    expect(seen.at(-1)).toEqual([5, 5]);
  });

  it('rebuilds a refusal as the same ServiceError, message in both languages', async () => {
    const error = await runScripted('refuse', {}).promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).code).toBe('VALIDATION');
    expect((error as ServiceError).userMessage).toEqual({ 'zh-CN': '文件已损坏。', en: 'The file is damaged.' });
  });

  it('a cancel terminates a worker that would never finish', async () => {
    const controller = new AbortController();
    const { promise, seen } = runScripted('hang', {}, { signal: controller.signal });
    await expect.poll(() => seen.length).toBe(1);
    controller.abort();
    await expect(promise).rejects.toBeInstanceOf(JobCancelled);
  });

  it('a task that exhausts the heap cap ends its worker with a clear refusal; main goes on', async () => {
    const error = await runScripted('allocate', {}, { heapMb: 32 }).promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).code).toBe('VALIDATION');
    expect((error as ServiceError).userMessage.en).toMatch(/more memory than allowed/);
    expect((error as ServiceError).userMessage['zh-CN']).toMatch(/内存/);
  });

  it('a worker that dies without an answer is a failure, not a hang', async () => {
    const error = await runScripted('crash', {}).promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).code).toBe('INTERNAL');
  });
});

describe('TaskRunner inline (no worker bundle, as under vitest)', () => {
  it('runs the same task functions on the calling thread', async () => {
    const runner = new TaskRunner({ workerPath: undefined });
    expect(runner.isolated).toBe(false);
    const line = (entityName: string) => ({ key: 'k', kind: 'k', label: { 'zh-CN': '期限', en: 'Due' }, dueAt: '2026-04-01', status: 'ok' as const, target: { kind: 'entity' as const, id: 'e-1', name: entityName }, entityName });
    const source = { list: 'deadlines' as const, rows: [line('北京示例科技有限公司'), line('=1+1')] };
    const bytes = await runner.run('render-table', { source, format: 'csv', language: 'zh-CN' }, { progress: () => {}, signal: new AbortController().signal });
    const csv = Buffer.from(bytes).toString('utf8');
    expect(csv.startsWith('\uFEFF到期日')).toBe(true);
    expect(csv).toContain('北京示例科技有限公司');
    expect(csv).toContain("'=1+1");
  });

  it('refuses to start when the job was already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const runner = new TaskRunner({ workerPath: undefined });
    await expect(runner.run('render-table', { source: { list: 'deadlines', rows: [] }, format: 'csv', language: 'en' }, { progress: () => {}, signal: controller.signal })).rejects.toBeInstanceOf(JobCancelled);
  });
});
