import { z } from 'zod';
import { LocalizedText } from '../domain/finding';
import { Language } from './schemas';
import { base64File, MAX_IMPORT_FILE_BYTES } from './uploads';

/**
 * Import of known clients from XLSX or CSV (issue #6 point 3). One row is one client (主体): the
 * entity, its leader (负责人) and optionally one website. The file is parsed in the task worker,
 * every row is checked in main with the portfolio's own validators, and nothing is written until
 * `import:commit`, which takes a backup and writes every valid row in one transaction.
 */

/** Limits against hostile files (issue #8 point 5): beyond them a file is refused, never half-read. */
export const MAX_IMPORT_ROWS = 5000;
export const MAX_IMPORT_COLUMNS = 100;
export const MAX_IMPORT_CELL_CHARS = 2000;

/** The fields a column can fill. */
export const IMPORT_FIELDS = [
  'entity.name',
  'entity.nature',
  'entity.certificateType',
  'entity.certificateNumber',
  'entity.region',
  'entity.certificateAddress',
  'entity.mailingAddress',
  'entity.icpNumber',
  'leader.name',
  'leader.certificateType',
  'leader.certificateNumber',
  'leader.certificateValidFrom',
  'leader.certificateValidUntil',
  'leader.mobile',
  'leader.emergencyPhone',
  'leader.email',
  'website.name',
  'website.domain',
  'website.homepageUrl',
  'website.icpNumber',
  'website.contentCategory',
] as const;
export const ImportField = z.enum(IMPORT_FIELDS);
export type ImportField = z.infer<typeof ImportField>;

/** For each column of the file, in order, the field it fills, or null (ignored). */
export const ImportMapping = z.array(ImportField.nullable()).max(MAX_IMPORT_COLUMNS);
export type ImportMapping = z.infer<typeof ImportMapping>;

export const ImportId = z.string().regex(/^imp-[0-9a-f]{8,40}$/, 'An import id from a preview.');

/** A new file (mapping detected from its headers unless given), or a changed mapping of a previewed one. */
export const ImportPreviewInput = z.union([
  z.object({ fileName: z.string().min(1).max(255), base64: base64File(MAX_IMPORT_FILE_BYTES), mapping: ImportMapping.optional() }).strict(),
  z.object({ importId: ImportId, mapping: ImportMapping }).strict(),
]);
export type ImportPreviewInput = z.infer<typeof ImportPreviewInput>;

export const ImportFieldInfo = z.object({
  field: ImportField,
  group: z.enum(['entity', 'leader', 'website']),
  label: LocalizedText,
  required: z.boolean(),
  /** What the cell holds, e.g. "YYYY-MM-DD, or 长期". */
  format: LocalizedText,
  example: z.string(),
});
export type ImportFieldInfo = z.infer<typeof ImportFieldInfo>;

/** One problem of one row, at the cell it comes from (column null when the field has no column). */
export const ImportCellError = z.object({
  /** The spreadsheet's row number (the header is row 1 when it is the first line). */
  row: z.number().int().positive(),
  column: z.string().nullable(),
  columnIndex: z.number().int().nonnegative().nullable(),
  field: ImportField.nullable(),
  value: z.string(),
  message: LocalizedText,
});
export type ImportCellError = z.infer<typeof ImportCellError>;

export const ImportSampleRow = z.object({ row: z.number().int().positive(), cells: z.array(z.string()) });
export type ImportSampleRow = z.infer<typeof ImportSampleRow>;

/** The value of an 'import-preview' job. */
export const ImportPreview = z.object({
  importId: ImportId,
  fileName: z.string(),
  format: z.enum(['xlsx', 'csv']),
  sheetName: z.string().optional(),
  headers: z.array(z.string()),
  mapping: ImportMapping,
  fields: z.array(ImportFieldInfo),
  /** Required fields no column fills: every row lacks them. */
  missingRequired: z.array(ImportField),
  rowCount: z.number().int().nonnegative(),
  validCount: z.number().int().nonnegative(),
  errorRowCount: z.number().int().nonnegative(),
  errors: z.array(ImportCellError),
  /** More errors than listed (the list stops at MAX_LISTED_ERRORS). */
  errorsTruncated: z.boolean(),
  /** The first rows, for the preview table. */
  sample: z.array(ImportSampleRow),
  /** When the preview expires (it is kept in memory, not on disk). */
  expiresAt: z.string(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportCommitInput = z.object({ importId: ImportId, mapping: ImportMapping }).strict();
export type ImportCommitInput = z.infer<typeof ImportCommitInput>;

/** The value of an 'import-commit' job. */
export const ImportResult = z.object({
  created: z.object({ entities: z.number().int(), people: z.number().int(), services: z.number().int() }),
  importedRows: z.number().int(),
  skippedRows: z.number().int(),
  /** The backup taken just before the import: restore it to undo the import. */
  backupName: z.string(),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const ImportTemplateInput = z.object({ format: z.enum(['xlsx', 'csv']), language: Language }).strict();
export type ImportTemplateInput = z.infer<typeof ImportTemplateInput>;
