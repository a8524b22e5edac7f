import type { Language } from '../../../shared/ipc/schemas';
import type { TaskRunner } from '../../workers/task-runner';
import type { JobContext, JobFileOutput } from '../jobs';
import { templateFileName } from './template';

const MIME = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', csv: 'text/csv;charset=utf-8' } as const;

/** The downloadable template as a job's file (built in the task worker, like every spreadsheet). */
export async function buildTemplateFile(tasks: TaskRunner, language: Language, format: 'xlsx' | 'csv', job: JobContext): Promise<JobFileOutput> {
  const bytes = await tasks.run('import-template', { language, format }, job);
  return { fileName: templateFileName(language, format), mimeType: MIME[format], bytes, rowCount: 1, truncated: false };
}
