import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImportService } from '../../../../../src/main/services/imports';
import { JobService } from '../../../../../src/main/services/jobs';
import { TaskRunner } from '../../../../../src/main/workers/task-runner';
import { ImportPreview, ImportResult, type ImportMapping } from '../../../../../src/shared/ipc/import-schemas';
import type { JobStatus } from '../../../../../src/shared/ipc/job-schemas';
import { openPortfolio, type Harness } from '../portfolio/harness';

export interface ImportHarness extends Harness {
  imports: ImportService;
  jobs: JobService;
  /** Starts a preview of these bytes and waits for it. */
  preview(fileName: string, bytes: Uint8Array | string, mapping?: ImportMapping): Promise<JobStatus>;
  remap(importId: string, mapping: ImportMapping): Promise<JobStatus>;
  commit(importId: string, mapping: ImportMapping): Promise<JobStatus>;
  /** The bytes of the snapshot and the journal: what "nothing was written" compares. */
  dataFiles(): { snapshot: Buffer; journal: string };
}

export async function waitJob(jobs: JobService, jobId: string): Promise<JobStatus> {
  for (;;) {
    const status = jobs.get(jobId);
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A real store in a temp directory with the import service over it; tasks run inline (no worker bundle under vitest). */
export async function openImports(): Promise<ImportHarness> {
  const h = await openPortfolio();
  const jobs = new JobService();
  const imports = new ImportService(h.portfolio, jobs, new TaskRunner({ workerPath: undefined }));
  const read = (name: string) => {
    try {
      return readFileSync(join(h.dataDir, name));
    } catch {
      return Buffer.alloc(0);
    }
  };
  return {
    ...h,
    imports,
    jobs,
    preview: (fileName, bytes, mapping) =>
      waitJob(jobs, imports.preview({ fileName, base64: Buffer.from(bytes).toString('base64'), ...(mapping ? { mapping } : {}) }).jobId),
    remap: (importId, mapping) => waitJob(jobs, imports.preview({ importId, mapping }).jobId),
    commit: (importId, mapping) => waitJob(jobs, imports.commit({ importId, mapping }).jobId),
    dataFiles: () => ({ snapshot: read('icp-desk.json'), journal: read('icp-desk.journal.jsonl').toString('utf8') }),
  };
}

export const previewOf = (status: JobStatus): ImportPreview => {
  if (status.state !== 'done') throw new Error(`preview ${status.state}: ${JSON.stringify(status.error)}`);
  return ImportPreview.parse(status.value);
};
export const resultOf = (status: JobStatus): ImportResult => {
  if (status.state !== 'done') throw new Error(`commit ${status.state}: ${JSON.stringify(status.error)}`);
  return ImportResult.parse(status.value);
};

export const journalLines = (journal: string): number => journal.split('\n').filter((l) => l.trim() !== '').length;
