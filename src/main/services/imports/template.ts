import ExcelJS from 'exceljs';
import type { Language } from '../../../shared/ipc/schemas';
import { tableToCsv } from '../../reports/csv';
import { safeCell, type Table } from '../../reports/table';
import { FIELD_DEFS } from './fields';

const WORDS = {
  'zh-CN': {
    sheet: '客户',
    help: '填写说明',
    column: '列',
    required: '必填',
    format: '格式',
    example: '示例',
    yes: '是',
    no: '否',
    file: '客户导入模板',
    note: '本应用导出的“主体”表格可直接导入另一台电脑：每个客户带上主体、负责人和第一个网站；其余网站、App、小程序、接入信息、备案订单和网站负责人不随表格导入，请在导入后补录。',
  },
  en: {
    sheet: 'Clients',
    help: 'How to fill in',
    column: 'Column',
    required: 'Required',
    format: 'Format',
    example: 'Example',
    yes: 'Yes',
    no: 'No',
    file: 'client-import-template',
    note: 'The entities export of this app imports as it is on another computer: each client brings its entity, leader and first website. Further websites, apps, mini-programs, accesses, filing orders and website leaders do not travel in the file; add them after the import.',
  },
} as const;

/** A required column's header carries a '*' (the mapping ignores it when the file comes back). */
const header = (label: string, required: boolean) => (required ? `${label} *` : label);

/** The template: every column's header in the language and one valid example row. */
export function templateTable(language: Language): Table {
  return {
    sheetName: WORDS[language].sheet,
    columns: FIELD_DEFS.map((d) => ({ header: header(d.label[language], d.required), width: Math.max(14, d.label[language].length * 2 + 4) })),
    rows: [FIELD_DEFS.map((d) => d.example)],
  };
}

export const templateFileName = (language: Language, format: 'xlsx' | 'csv') => `${WORDS[language].file}.${format}`;

/**
 * The template file: CSV (UTF-8 with BOM, like the exports), or XLSX with the clients sheet first
 * (the one an import reads) and a second sheet explaining each column: required, format, example.
 */
export async function buildTemplate(language: Language, format: 'xlsx' | 'csv'): Promise<Uint8Array> {
  const table = templateTable(language);
  if (format === 'csv') return tableToCsv(table);
  const w = WORDS[language];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ICP Desk';
  const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c, i) => ({ header: String(safeCell(c.header)), key: String(i), width: c.width ?? 16 }));
  sheet.getRow(1).font = { bold: true };
  // Every data cell is text: certificate numbers and phones must not become numbers in Excel.
  for (let col = 1; col <= table.columns.length; col++) sheet.getColumn(col).numFmt = '@';
  for (const row of table.rows) sheet.addRow(row.map(safeCell));
  const help = workbook.addWorksheet(w.help);
  help.columns = [
    { header: w.column, key: 'c', width: 22 },
    { header: w.required, key: 'r', width: 8 },
    { header: w.format, key: 'f', width: 56 },
    { header: w.example, key: 'e', width: 32 },
  ];
  help.getRow(1).font = { bold: true };
  for (const d of FIELD_DEFS) help.addRow([d.label[language], d.required ? w.yes : w.no, d.format[language], d.example].map(safeCell));
  // What moving clients between workstations through the entities export keeps and what it leaves behind.
  help.addRow([]);
  help.addRow([w.note]);
  const out = await workbook.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}
