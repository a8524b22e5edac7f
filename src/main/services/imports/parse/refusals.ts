import { text } from '../../../../shared/domain/finding';
import { MAX_IMPORT_CELL_CHARS, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from '../../../../shared/ipc/import-schemas';
import { ServiceError } from '../../service-error';

/**
 * Why a file is refused (issue #8 point 5). Each says what to do next; a refused file changes
 * nothing, so every message can say so.
 */
const refuse = (zh: string, en: string) => new ServiceError('VALIDATION', text(`${zh}数据未被更改。`, `${en} No data was changed.`));

const SAVE_AGAIN_ZH = '请在 Excel 或 WPS 中打开它，另存为 .xlsx 或“CSV UTF-8”后再导入。';
const SAVE_AGAIN_EN = 'Open it in Excel or WPS, save it again as .xlsx or "CSV UTF-8", then import that file.';

export const refusals = {
  notXlsx: () => refuse(`该文件不是有效的 .xlsx 文件（可能已损坏或只下载了一部分）。${SAVE_AGAIN_ZH}`, `This is not a valid .xlsx file (it may be damaged or only partly downloaded). ${SAVE_AGAIN_EN}`),
  oldXls: () => refuse(`这是旧版 Excel（.xls）文件，无法直接导入。${SAVE_AGAIN_ZH}`, `This is an old Excel (.xls) file, which cannot be imported. ${SAVE_AGAIN_EN}`),
  zipBomb: () =>
    refuse(
      `该 .xlsx 文件解压后过大（超过 100 MB），可能已损坏或是恶意文件，已拒绝。请只保留客户表格后另存为新文件。`,
      `This .xlsx file unpacks to more than 100 MB; it may be damaged or hostile and was refused. Keep only the client sheet and save it as a new file.`,
    ),
  noSheet: () => refuse('该 .xlsx 文件中没有工作表。请确认客户数据在第一个工作表中。', 'This .xlsx file has no worksheet. Put the client data in the first worksheet.'),
  notText: () => refuse(`该文件不是文本格式的 CSV（含有二进制内容）。${SAVE_AGAIN_ZH}`, `This is not a text CSV file (it holds binary content). ${SAVE_AGAIN_EN}`),
  unknownEncoding: () =>
    refuse(`无法识别该 CSV 的文字编码（支持 UTF-8 和 GBK/GB18030）。${SAVE_AGAIN_ZH}`, `The text encoding of this CSV is not recognised (UTF-8 and GBK/GB18030 are). ${SAVE_AGAIN_EN}`),
  badQuotes: (row: number) =>
    refuse(`CSV 第 ${row} 行的引号没有闭合，文件可能被截断。${SAVE_AGAIN_ZH}`, `Row ${row} of the CSV has an unclosed quote; the file may be truncated. ${SAVE_AGAIN_EN}`),
  empty: () => refuse('文件中没有数据：第一行应为表头，其下每行一个客户。可下载模板对照填写。', 'The file holds no data: the first row should be the headers, then one client per row. Download the template to compare.'),
  tooManyRows: (rows: number) =>
    refuse(
      `文件有 ${rows} 行数据，一次最多导入 ${MAX_IMPORT_ROWS} 行。请拆分成多个文件分批导入。`,
      `The file has ${rows} data rows; one import takes at most ${MAX_IMPORT_ROWS}. Split it into several files and import them one by one.`,
    ),
  tooManyColumns: (columns: number) =>
    refuse(
      `文件有 ${columns} 列，最多支持 ${MAX_IMPORT_COLUMNS} 列。请删除无关的列后再导入。`,
      `The file has ${columns} columns; at most ${MAX_IMPORT_COLUMNS} are supported. Delete the columns you do not need, then import again.`,
    ),
  cellTooLong: (row: number, column: number) =>
    refuse(
      `第 ${row} 行第 ${column} 列的内容超过 ${MAX_IMPORT_CELL_CHARS} 个字符，不像是客户资料。请检查该单元格后再导入。`,
      `The cell at row ${row}, column ${column} holds more than ${MAX_IMPORT_CELL_CHARS} characters, which is not client data. Check that cell, then import again.`,
    ),
};
