import type { Language } from '../../../shared/ipc/schemas';
import { buildTemplate } from '../../services/imports/template';
import { parseImportFile } from '../../services/imports/parse/parse-file';
import type { ParsedSheet } from '../../services/imports/parse/sheet';
import type { TaskIo } from './types';

/**
 * Imports (issue #6 point 3): reading a user's file is the risky part — a hostile XLSX or CSV may
 * exhaust memory — so it runs here, under the worker's heap cap, never in main.
 */
export const importTasks = {
  'parse-import': (input: { fileName: string; bytes: Uint8Array }, io: TaskIo): Promise<ParsedSheet> => parseImportFile(input.fileName, input.bytes, io.progress),
  'import-template': (input: { language: Language; format: 'xlsx' | 'csv' }): Promise<Uint8Array> => buildTemplate(input.language, input.format),
};
