import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { tableToCsv } from '../../../../src/main/reports/csv';
import { neutralise, type Table } from '../../../../src/main/reports/table';
import { tableToXlsx } from '../../../../src/main/reports/xlsx';
import type { TableSource } from '../../../../src/main/workers/tasks/export-tasks';
import { JobService, type JobFileOutput } from '../../../../src/main/services/jobs';
import { ReportService } from '../../../../src/main/services/reports';
import { TaskRunner } from '../../../../src/main/workers/task-runner';
import type { ReportExportInput } from '../../../../src/shared/ipc/report-schemas';
import { openFilings, recordFiled, type Harness } from '../services/filings/harness';

const NAME = '北京示例科技有限公司';

/** The export as the app runs it: a job (report:export's handler), its file taken when done. */
interface Exporter {
  export(input: ReportExportInput): Promise<JobFileOutput>;
  deadlines: ReportService['deadlines'];
}

async function setup(): Promise<{ h: Harness; reports: Exporter; entityId: string }> {
  const h = await openFilings();
  const { entityId } = await recordFiled(h, ['one.example.cn', 'two.example.cn'], ['alibaba', 'tencent']);
  const service = new ReportService(h.portfolio, h.filings);
  const jobs = new JobService();
  // No worker bundle under vitest: the tasks run inline, the same functions the worker runs.
  const tasks = new TaskRunner({ workerPath: undefined });
  const reports: Exporter = {
    export: async (input) => {
      const { jobId } = jobs.start('export', (ctx) => service.export(input, ctx, tasks));
      const status = await settled(jobs, jobId);
      if (status.state !== 'done') throw new Error(`export ${status.state}: ${JSON.stringify(status.error)}`);
      return jobs.takeFile(jobId);
    },
    deadlines: () => service.deadlines(),
  };
  return { h, reports, entityId };
}

/** Waits for a job to end, as the renderer's useJob does (it polls job:get). */
async function settled(jobs: JobService, id: string) {
  for (;;) {
    const status = jobs.get(id);
    if (status.state !== 'running') return status;
    await new Promise((r) => setTimeout(r, 5));
  }
}

const bytes = (file: JobFileOutput): Buffer => Buffer.from(file.bytes);

async function readXlsx(buffer: Buffer): Promise<(string | number)[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0];
  const rows: (string | number)[][] = [];
  sheet?.eachRow((row) => rows.push((row.values as (string | number)[]).slice(1)));
  return rows;
}

const hostile: Table = {
  sheetName: 'x',
  columns: [{ header: 'a' }, { header: 'b' }, { header: 'c' }, { header: 'd' }, { header: 'e' }, { header: 'f' }],
  rows: [['=HYPERLINK("http://evil.example","点我")', '+1', '-2', '@SUM(A1:A2)', '\tcmd', '正常 =1']],
};
const neutralised = ['\'=HYPERLINK("http://evil.example","点我")', "'+1", "'-2", "'@SUM(A1:A2)", "'\tcmd", '正常 =1'];

describe('table exports', () => {
  it('neutralises formula starts and leaves other text alone', () => {
    expect(['=1', '+1', '-2', '@x', '\t1', '\r1', 'a=1', '京ICP备2021000001号-1', ''].map(neutralise)).toEqual(["'=1", "'+1", "'-2", "'@x", "'\t1", "'\r1", 'a=1', '京ICP备2021000001号-1', '']);
  });

  it('a hostile cell is neutralised in CSV and in XLSX (a string, never a formula)', async () => {
    const csv = Papa.parse<string[]>(tableToCsv(hostile).toString('utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(csv[1]).toEqual(neutralised);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await tableToXlsx(hostile)) as unknown as ArrayBuffer);
    // The header row stays readable: bold, frozen, with a filter on every column.
    expect(wb.worksheets[0]?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(wb.worksheets[0]?.getRow(1).font?.bold).toBe(true);
    expect(wb.worksheets[0]?.autoFilter).toBeTruthy();
    const row = wb.worksheets[0]?.getRow(2);
    const cells = neutralised.map((_, i) => row?.getCell(i + 1));
    expect(cells.map((c) => c?.type)).toEqual(neutralised.map(() => ExcelJS.ValueType.String));
    expect(cells.map((c) => c?.value)).toEqual(neutralised);
  });

  it('entities as XLSX read back equal the entity list, headers in the language', async () => {
    const { h, reports } = await setup();
    const file = await reports.export({ kind: 'entities', format: 'xlsx', language: 'zh-CN' });
    expect(file.mimeType).toContain('spreadsheetml');
    expect(file.fileName).toMatch(/^主体列表-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const rows = await readXlsx(bytes(file));
    expect(rows[0]?.slice(0, 5)).toEqual(['名称', '主体性质', '省份', '证件号码', '备案号']);
    const list = h.portfolio.entities.list({});
    expect(rows.length - 1).toBe(list.total);
    expect(rows[1]?.slice(0, 5)).toEqual([NAME, '企业', '北京市', list.rows[0]?.certificateNumber, '京ICP备2021000001号']);
    expect(rows[1]?.[6]).toBe(2);
    const en = await readXlsx(bytes(await reports.export({ kind: 'entities', format: 'xlsx', language: 'en' })));
    expect(en[0]?.[0]).toBe('Name');
  });

  it('the list filters apply: a province without entities exports only the header', async () => {
    const { reports } = await setup();
    const file = await reports.export({ kind: 'entities', format: 'csv', filters: { province: 'GD' } });
    expect(file.rowCount).toBe(0);
    expect(Papa.parse(bytes(file).toString('utf8'), { skipEmptyLines: true }).data).toHaveLength(1);
  });

  it('services as CSV: BOM bytes first, Chinese intact through a papaparse round trip', async () => {
    const { reports } = await setup();
    const file = await reports.export({ kind: 'services', format: 'csv', language: 'zh-CN' });
    const buf = bytes(file);
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<Record<string, string>>(buf.toString('utf8').slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => r['域名/包名'])).toEqual(['one.example.cn', 'two.example.cn']);
    expect(parsed.data.map((r) => r['备案号'])).toEqual(['京ICP备2021000001号-1', '京ICP备2021000001号-2']);
    expect(parsed.data[0]?.['主体']).toBe(NAME);
  });

  it('filings export as rows with the operation in the language', async () => {
    const { h, reports, entityId } = await setup();
    await h.filings.create({ operation: 'modify', entityId });
    const rows = await readXlsx(bytes(await reports.export({ kind: 'filings', format: 'xlsx', language: 'en' })));
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[0]).toBe(NAME);
    expect(rows[1]?.[1]).toBe('Modify filing information');
  });
});

/** n open deadlines, as the deadline list hands them to the table task. */
const manyDeadlines = (n: number): TableSource => ({
  list: 'deadlines',
  rows: Array.from({ length: n }, (_, i) => ({
    key: `service:s-${i}:k:2026-04-01`,
    kind: 'k',
    label: { 'zh-CN': `期限${i}`, en: `Deadline ${i}` },
    dueAt: '2026-04-01',
    status: 'ok' as const,
    target: { kind: 'service' as const, id: `s-${i}`, name: `网站${i}` },
    entityName: `主体${i}`,
  })),
});

describe('export jobs', () => {
  it('a large table reports its progress row by row until every row is written', async () => {
    const jobs = new JobService();
    const tasks = new TaskRunner({ workerPath: undefined });
    const seen: [number, number][] = [];
    const { jobId } = jobs.start('export', (ctx) =>
      tasks.run('render-table', { source: manyDeadlines(2_000), format: 'xlsx', language: 'zh-CN' }, { ...ctx, progress: (d, t) => (seen.push([d, t]), ctx.progress(d, t)) }).then((b) => ({ file: { fileName: 'x.xlsx', mimeType: 'x', bytes: b, rowCount: 2_000, truncated: false } })),
    );
    const status = await settled(jobs, jobId);
    expect(status.state).toBe('done');
    expect(status.progress).toEqual({ done: 2_000, total: 2_000 });
    // Several steps between the start and the end, not just 0 and done.
    const between = seen.filter(([d]) => d > 0 && d < 2_000);
    expect(between.length).toBeGreaterThanOrEqual(3);
    expect(between.every(([d, t], i) => t === 2_000 && (i === 0 || d > (between[i - 1]?.[0] ?? 0)))).toBe(true);
    const rows = await readXlsx(bytes(jobs.takeFile(jobId)));
    expect(rows).toHaveLength(2_001);
    expect(rows[2_000]).toEqual(['2026-04-01', '期限1999', '未到期', '网站1999', '主体1999']);
  });

  it('a cancelled export ends cancelled, makes no file, and its file cannot be taken', async () => {
    const h = await openFilings();
    await recordFiled(h, ['one.example.cn'], ['alibaba']);
    const service = new ReportService(h.portfolio, h.filings);
    const jobs = new JobService();
    const tasks = new TaskRunner({ workerPath: undefined });
    // A table big enough to report progress; the user cancels at its first report.
    const source = manyDeadlines(3_000);
    let made = false;
    const { jobId } = jobs.start('export', async (ctx) => {
      const body = await tasks.run('render-table', { source, format: 'csv', language: 'en' }, { signal: ctx.signal, progress: (d, t) => (ctx.progress(d, t), d > 0 && jobs.cancel(jobId)) });
      made = true;
      return { file: { fileName: 'x.csv', mimeType: 'text/csv', bytes: body, rowCount: 3_000, truncated: false } };
    });
    const status = await settled(jobs, jobId);
    expect(status.state).toBe('cancelled');
    expect(status.file).toBeUndefined();
    expect(made).toBe(false);
    expect(() => jobs.takeFile(jobId)).toThrow(/not made a file/);
    // A cancel before the work starts stops the export itself too.
    const second = jobs.start('export', (ctx) => service.export({ kind: 'entities', format: 'csv' }, ctx, tasks));
    jobs.cancel(second.jobId);
    expect((await settled(jobs, second.jobId)).state).toBe('cancelled');
    expect(() => jobs.takeFile(second.jobId)).toThrow(/not made a file/);
  });
});

describe('calendar', () => {
  it('one VEVENT with a VALARM per open deadline, summaries in the language', async () => {
    const { h, reports, entityId } = await setup();
    await h.filings.create({ operation: 'modify', entityId });
    const deadlines = reports.deadlines();
    expect(deadlines.length).toBeGreaterThan(0);
    for (const language of ['zh-CN', 'en'] as const) {
      const file = await reports.export({ kind: 'deadlines', format: 'ics', language });
      const text = bytes(file).toString('utf8');
      expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true);
      expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(deadlines.length);
      expect(text.match(/BEGIN:VALARM/g)).toHaveLength(deadlines.length);
      // Long lines are folded (CRLF + space); unfold before reading a property.
      const summaries = text
        .replace(/\r\n[ \t]/g, '')
        .split('\r\n')
        .filter((l) => l.startsWith('SUMMARY'))
        .map((l) => l.replace(/\\([,;\\])/g, '$1'));
      expect(text).toContain('TRIGGER:-PT168H');
      expect(text).not.toMatch(/P\d+DT\r\n/);
      expect(summaries).toHaveLength(deadlines.length);
      const label = deadlines[0]?.label[language] ?? '';
      expect(summaries.some((s) => s.includes(label))).toBe(true);
      if (language === 'zh-CN') expect(summaries.every((s) => /[\u4e00-\u9fff]/.test(s))).toBe(true);
    }
  });
});

const hasPoppler = spawnSync('pdffonts', ['-v']).error === undefined;
const work = mkdtempSync(join(tmpdir(), 'icp-desk-reports-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// In CI (.ci/run installs poppler-utils) a missing pdffonts fails these rather than skipping them.
describe.skipIf(!hasPoppler && !process.env.CI)('PDF reports (poppler-utils)', () => {
  const check = (name: string, file: JobFileOutput): string => {
    const path = join(work, name);
    writeFileSync(path, bytes(file));
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
    const lines = fonts.split('\n').slice(2).filter((l) => l.trim() !== '');
    expect(lines.length).toBeGreaterThan(0);
    // Every font is a Noto Sans SC subset and embedded (the "emb" column says yes).
    for (const line of lines) expect(line).toMatch(/NotoSansSC.*CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  };

  it('the filing summary embeds the fonts and its Chinese text is extractable', async () => {
    const { h, reports, entityId } = await setup();
    const { filing } = await h.filings.create({ operation: 'modify', entityId });
    const file = await reports.export({ kind: 'filing-summary', format: 'pdf', filingId: filing.id, language: 'zh-CN' });
    expect(file.mimeType).toBe('application/pdf');
    const text = check('filing.pdf', file);
    expect(text).toContain(NAME);
    expect(text).toContain('备案信息确认单');
    expect(text).toContain('one.example.cn');
    expect(text).toContain('客户（主体负责人）签字');
  });

  /**
   * pdftoppm draws page 1 as a greyscale PGM (P5: a text header, then one byte a pixel); the share of
   * dark pixels says the page has text and lines on it, not a blank or a box of missing glyphs only.
   * With ICP_PDF_SHOTS=<dir> the pages are also written as PNG, to be looked at.
   */
  const inkOfFirstPage = (name: string, file: JobFileOutput): number => {
    const path = join(work, name);
    writeFileSync(path, bytes(file));
    const shots = process.env.ICP_PDF_SHOTS;
    if (shots) execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', path, join(shots, name.replace(/\.pdf$/, ''))]);
    const pgm = execFileSync('pdftoppm', ['-gray', '-r', '40', '-f', '1', '-l', '1', '-singlefile', path]);
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
    if (!header) throw new Error('pdftoppm did not write a PGM');
    const pixels = pgm.subarray(header[0].length);
    let dark = 0;
    for (const v of pixels) if (v < 128) dark++;
    expect(pixels.length).toBe(Number(header[1]) * Number(header[2]));
    return dark / pixels.length;
  };

  it('the first page of each PDF report renders with text on it (pdftoppm)', async () => {
    const { h, reports, entityId } = await setup();
    const { filing } = await h.filings.create({ operation: 'modify', entityId });
    const pages = {
      summary: inkOfFirstPage('summary.pdf', await reports.export({ kind: 'filing-summary', format: 'pdf', filingId: filing.id, language: 'zh-CN' })),
      form: inkOfFirstPage('form.pdf', await reports.export({ kind: 'verification-form', format: 'pdf', filingId: filing.id, language: 'zh-CN' })),
      portfolio: inkOfFirstPage('portfolio.pdf', await reports.export({ kind: 'portfolio', format: 'pdf', language: 'en' })),
    };
    // A blank A4 page is 0; a page of text and table lines about 2–10 %; a solid block would be far more.
    for (const [name, ink] of Object.entries(pages)) {
      expect(ink, name).toBeGreaterThan(0.01);
      expect(ink, name).toBeLessThan(0.3);
    }
  });

  it('the portfolio report and the verification form', async () => {
    const { h, reports, entityId } = await setup();
    const portfolio = check('portfolio.pdf', await reports.export({ kind: 'portfolio', format: 'pdf', language: 'zh-CN' }));
    expect(portfolio).toContain(NAME);
    expect(portfolio).toContain('京ICP备2021000001号-2');
    const { filing } = await h.filings.create({ operation: 'modify', entityId });
    const form = check('verify.pdf', await reports.export({ kind: 'verification-form', format: 'pdf', filingId: filing.id, language: 'zh-CN' }));
    expect(form).toContain('网站备案信息真实性核验单');
    expect(form).toContain(NAME);
  });
});
