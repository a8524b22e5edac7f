import { text } from '../../../shared/domain/finding';
import type { ChannelInput } from '../../../shared/ipc/contract';
import {
  ImportCommitInput,
  ImportPreviewInput,
  ImportTemplateInput,
  type ImportMapping,
  type ImportPreview,
  type ImportResult,
} from '../../../shared/ipc/import-schemas';
import type { JobStarted } from '../../../shared/ipc/job-schemas';
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/ipc/uploads';
import type { TaskRunner } from '../../workers/task-runner';
import type { JobContext, JobService } from '../jobs';
import type { PortfolioServices } from '../portfolio';
import { parseInput } from '../portfolio/validation';
import { ServiceError } from '../service-error';
import { fieldInfos, REQUIRED_FIELDS } from './fields';
import { detectMapping, fitMapping } from './mapping';
import { ImportSessions, type ImportSession } from './sessions';
import { buildTemplateFile } from './template-file';
import { conflictsOf, validateRows, type Validation } from './validate-rows';
import { writeRows } from './write-rows';

/** Errors one preview lists; the counts stay exact beyond it. */
export const MAX_LISTED_ERRORS = 2000;
/** Rows the preview table shows. */
const SAMPLE_ROWS = 100;

const rowsKey = (v: Validation) => v.valid.map((r) => r.row).join(',');
const sameMapping = (a: ImportMapping, b: ImportMapping) => a.length === b.length && a.every((f, i) => f === b[i]);

const tooLarge = () =>
  new ServiceError('VALIDATION', text('文件超过 10 MB，无法导入。请拆分成多个文件后分批导入。数据未被更改。', 'The file is larger than 10 MB and cannot be imported. Split it into several files. No data was changed.'));
const mappingChanged = () =>
  new ServiceError('CONFLICT', text('列的对应关系在预览之后改过了。请先查看新的预览，再确认导入。', 'The column mapping changed after the preview. Look at the new preview, then confirm again.'));
const portfolioChanged = () =>
  new ServiceError('CONFLICT', text('预览之后客户资料有了变化，部分行的检查结果已不同。请重新预览后再确认。没有导入任何内容。', 'The portfolio changed after the preview, so some rows check differently now. Preview again, then confirm. Nothing was imported.'));
const nothingToImport = () =>
  new ServiceError('VALIDATION', text('没有可以导入的行：每一行都有错误。请按提示修改文件后重新导入。', 'There is no row to import: every row has errors. Correct the file as shown, then import it again.'));
const busy = () => new ServiceError('CONFLICT', text('这次导入正在写入，请稍候。', 'This import is being written; wait a moment.'));

/**
 * import:preview, import:commit, import:template (issue #6 point 3). Parsing a file runs in the
 * task worker; checking rows runs here against the live portfolio with its own validators; the
 * commit takes a backup and then writes every valid row in one transaction — or nothing.
 */
export class ImportService {
  private readonly sessions: ImportSessions;

  constructor(
    private readonly portfolio: PortfolioServices,
    private readonly jobs: JobService,
    private readonly tasks: TaskRunner,
    now: () => number = Date.now,
  ) {
    this.sessions = new ImportSessions(now);
  }

  private get ctx() {
    return this.portfolio.context;
  }

  preview(raw: ChannelInput<'import:preview'>): JobStarted {
    const input = parseInput(ImportPreviewInput, raw, this.ctx.language());
    if ('importId' in input) {
      const session = this.sessions.get(input.importId);
      return this.jobs.start('import-preview', async (job) => ({ value: await this.check(session, fitMapping(input.mapping, session.sheet.headers.length), job) }));
    }
    const bytes = Buffer.from(input.base64, 'base64');
    if (bytes.byteLength > MAX_IMPORT_FILE_BYTES) throw tooLarge();
    const { fileName, mapping } = input;
    return this.jobs.start('import-preview', async (job) => {
      const sheet = await this.tasks.run('parse-import', { fileName, bytes: new Uint8Array(bytes) }, job);
      const fitted = mapping ? fitMapping(mapping, sheet.headers.length) : detectMapping(sheet.headers);
      const session = this.sessions.create(fileName, sheet, fitted);
      return { value: await this.check(session, fitted, job) };
    });
  }

  /** Validates a previewed file with a mapping and remembers what the user was shown. */
  private async check(session: ImportSession, mapping: ImportMapping, job: JobContext): Promise<ImportPreview> {
    const { sheet } = session;
    const result = await validateRows(this.ctx.store, this.ctx.now(), sheet, mapping, job);
    session.mapping = mapping;
    session.validRows = rowsKey(result);
    return {
      importId: session.id,
      fileName: session.fileName,
      format: sheet.format,
      ...(sheet.sheetName ? { sheetName: sheet.sheetName } : {}),
      headers: sheet.headers,
      mapping,
      fields: fieldInfos(),
      missingRequired: REQUIRED_FIELDS.filter((f) => !mapping.includes(f)),
      rowCount: sheet.rows.length,
      validCount: result.valid.length,
      errorRowCount: result.errorRowCount,
      errors: result.errors.slice(0, MAX_LISTED_ERRORS),
      errorsTruncated: result.errors.length > MAX_LISTED_ERRORS,
      sample: sheet.rows.slice(0, SAMPLE_ROWS),
      expiresAt: new Date(session.expiresAt).toISOString(),
    };
  }

  commit(raw: ChannelInput<'import:commit'>): JobStarted {
    const input = parseInput(ImportCommitInput, raw, this.ctx.language());
    const session = this.sessions.get(input.importId);
    if (session.committing) throw busy();
    if (!sameMapping(fitMapping(input.mapping, session.sheet.headers.length), session.mapping)) throw mappingChanged();
    session.committing = true;
    return this.jobs.start('import-commit', async (job) => {
      try {
        return { value: await this.write(session, job) };
      } finally {
        session.committing = false;
      }
    });
  }

  private async write(session: ImportSession, job: JobContext): Promise<ImportResult> {
    const store = this.ctx.store;
    const result = await validateRows(store, this.ctx.now(), session.sheet, session.mapping, job);
    if (rowsKey(result) !== session.validRows) throw portfolioChanged();
    if (result.valid.length === 0) throw nothingToImport();
    job.pointOfNoReturn();
    // The backup comes first: restoring it undoes the import as a whole.
    const backup = await store.createBackup('before-import');
    const created = await this.ctx.transact((tx, at) => {
      // Commits are serialized: inside this one the portfolio is exactly what will be written to.
      if (result.valid.some((row) => conflictsOf(store, row).length > 0)) throw portfolioChanged();
      return writeRows(tx, store, at, result.valid);
    });
    this.sessions.delete(session.id);
    return { created, importedRows: result.valid.length, skippedRows: session.sheet.rows.length - result.valid.length, backupName: backup.name };
  }

  template(raw: ChannelInput<'import:template'>): JobStarted {
    const input = parseInput(ImportTemplateInput, raw, this.ctx.language());
    return this.jobs.start('export', async (job) => ({ file: await buildTemplateFile(this.tasks, input.language, input.format, job) }));
  }
}
