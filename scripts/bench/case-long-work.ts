import { APP_VERSION } from '../../src/main/app-version';
import { createHandlers } from '../../src/main/ipc/handlers';
import { createRouter } from '../../src/main/ipc/router';
import type { Router } from '../../src/main/ipc/router';
import { createAppServices, type AppServices } from '../../src/main/services/app-services';
import type { ImportPreview, ImportResult } from '../../src/shared/ipc/import-schemas';
import type { JobStarted, JobStatus } from '../../src/shared/ipc/job-schemas';
import { clientRow, HEADERS_ZH, toCsv } from '../../tests/fixtures/imports/clients';
import { scratchCopy, type BenchContext } from './context';
import { watchLoop, type LoopPause } from './loop-probe';
import { maxMs, reported, result, type BenchResult } from './result';

/** Samples per figure after one warm-up (exports), or fresh copies of the data (import). */
const RUNS = 3;
/** Main's longest pause a user may meet while long work runs in the background. */
const PAUSE_TARGET_MS = 100;
const IMPORT_ROWS = 5_000;
/** How often the bench asks job:get, about as often as the renderer's useJob polls. */
const POLL_MS = 20;

interface App {
  services: AppServices;
  router: Router;
}

/** The app as browser mode runs it on a copy of the seeded data: real services, router and task worker. */
async function withApp<T>(ctx: BenchContext, fn: (app: App) => Promise<T>): Promise<T> {
  const scratch = await scratchCopy(ctx.dataDir);
  try {
    const services = await createAppServices({ dataDir: scratch.dir, lockOwner: 'web', version: APP_VERSION });
    try {
      if (!services.tasks.isolated) throw new Error('no task worker bundle beside the bench (.vite/scripts/task-worker.js): run npm run bench, which builds it');
      const router = createRouter(createHandlers(services));
      // The list a user has open before exporting or importing: the portfolio index is built by then.
      await call(router, 'entity:list', {});
      return await fn({ services, router });
    } finally {
      await services.close();
    }
  } finally {
    await scratch.remove();
  }
}

async function call<T>(router: Router, channel: string, input: unknown): Promise<T> {
  const res = await router.call(channel, input, { transport: 'web' });
  if (!res.ok) throw new Error(`${channel} failed: ${JSON.stringify(res.error)}`);
  return res.data as T;
}

interface Timed {
  ms: number;
  pause: LoopPause;
  status: JobStatus;
}

/** Starts a job through its channel and polls job:get until it ends, as the renderer does; main's loop is watched throughout. */
async function timedJob(router: Router, channel: string, input: unknown): Promise<Timed> {
  const probe = watchLoop();
  const t0 = performance.now();
  const { jobId } = await call<JobStarted>(router, channel, input);
  let status: JobStatus;
  do {
    await new Promise((r) => setTimeout(r, POLL_MS));
    status = await call<JobStatus>(router, 'job:get', { id: jobId });
  } while (status.state === 'running');
  const ms = performance.now() - t0;
  const pause = probe.stop();
  if (status.state !== 'done') throw new Error(`${channel} job ended ${status.state}: ${JSON.stringify(status.error)}`);
  return { ms, pause, status };
}

const list = (xs: readonly number[]) => xs.map((x) => x.toFixed(0)).join(', ');

/** An export job, once to warm up and RUNS times measured; the file is taken each time, as the app would. */
async function exportCase(ctx: BenchContext, name: string, input: unknown, what: string): Promise<BenchResult[]> {
  return withApp(ctx, async ({ router }) => {
    const runs: Timed[] = [];
    for (let i = 0; i <= RUNS; i++) {
      ctx.gc();
      const run = await timedJob(router, 'report:export', input);
      await call(router, 'job:take-file', { id: run.status.id });
      if (i > 0) runs.push(run);
    }
    const file = runs[0]?.status.file;
    const size = file ? `${file.rowCount} rows${file.truncated ? ' (truncated)' : ''}` : '';
    ctx.log(`  ${name}: ${list(runs.map((r) => r.ms))} ms; main's longest pause ${list(runs.map((r) => r.pause.maxMs))} ms`);
    return [
      result(
        name,
        runs.map((r) => r.ms),
        reported,
        { note: `${what}, ${size}: report:export job to done (task worker), polled every ${POLL_MS} ms` },
      ),
      result(
        `${name}.loop-max`,
        runs.map((r) => r.pause.maxMs),
        maxMs(PAUSE_TARGET_MS),
        { note: `main's longest event-loop pause during ${name}; p99 ${list(runs.map((r) => r.pause.p99Ms))} ms` },
      ),
    ];
  });
}

export const benchExportXlsx = (ctx: BenchContext) => exportCase(ctx, 'export.entities-xlsx', { kind: 'entities', format: 'xlsx', language: 'zh-CN' }, 'every entity of the seed as XLSX');

export const benchExportPdf = (ctx: BenchContext) => exportCase(ctx, 'export.portfolio-pdf', { kind: 'portfolio', format: 'pdf', language: 'zh-CN' }, 'the portfolio PDF (its first 200 entities)');

/** 5,000 new clients as a zh-CN template CSV (the import tests' rows), new to the seeded portfolio. */
function importFile(): string {
  const rows = Array.from({ length: IMPORT_ROWS }, (_, i) => clientRow(i + 1, i % 5 === 0));
  return Buffer.from(`\uFEFF${toCsv([HEADERS_ZH, ...rows])}`, 'utf8').toString('base64');
}

/**
 * A 5,000-row import into the seeded portfolio: the preview (parse in the worker, checks in main in
 * slices) and the commit (a backup, then one transaction). Each run on a fresh copy of the data, so
 * every run imports the same rows into the same 10,000 entities.
 */
export async function benchImport(ctx: BenchContext): Promise<BenchResult[]> {
  const base64 = importFile();
  const previews: Timed[] = [];
  const commits: Timed[] = [];
  let counts = '';
  for (let i = 0; i < RUNS; i++) {
    await withApp(ctx, async ({ router }) => {
      ctx.gc();
      const preview = await timedJob(router, 'import:preview', { fileName: 'clients.csv', base64 });
      const value = preview.status.value as ImportPreview;
      const commit = await timedJob(router, 'import:commit', { importId: value.importId, mapping: value.mapping });
      const done = commit.status.value as ImportResult;
      counts = `${value.validCount} of ${value.rowCount} rows valid, ${done.created.entities} entities written`;
      previews.push(preview);
      commits.push(commit);
    });
  }
  ctx.log(
    `  import preview: ${list(previews.map((r) => r.ms))} ms, pause ${list(previews.map((r) => r.pause.maxMs))} ms; commit: ${list(commits.map((r) => r.ms))} ms, pause ${list(commits.map((r) => r.pause.maxMs))} ms (${counts})`,
  );
  return [
    result(
      'import.preview-5000',
      previews.map((r) => r.ms),
      reported,
      { note: `import:preview job to done: parse in the task worker, checks in main in slices; ${counts}` },
    ),
    result(
      'import.preview-5000.loop-max',
      previews.map((r) => r.pause.maxMs),
      maxMs(PAUSE_TARGET_MS),
      { note: `main's longest event-loop pause during the preview; p99 ${list(previews.map((r) => r.pause.p99Ms))} ms` },
    ),
    result(
      'import.commit-5000',
      commits.map((r) => r.ms),
      reported,
      { note: 'import:commit job to done: re-check, backup of the data, one transaction' },
    ),
    result(
      'import.commit-5000.loop-max',
      commits.map((r) => r.pause.maxMs),
      reported,
      { note: `main's longest pause during the commit: the single write is all or nothing on purpose; p99 ${list(commits.map((r) => r.pause.p99Ms))} ms` },
    ),
  ];
}
