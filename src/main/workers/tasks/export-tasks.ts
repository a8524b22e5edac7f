import { tableToCsv } from '../../reports/csv';
import type { Table } from '../../reports/table';
import { tableToXlsx } from '../../reports/xlsx';
import type { TaskIo } from './types';

/** Exports (issue #6): serializing a table or laying out a PDF is the slow part, so it runs here. */
export const exportTasks = {
  'render-table': async (input: { table: Table; format: 'xlsx' | 'csv' }, io: TaskIo): Promise<Uint8Array> => {
    io.progress(0, input.table.rows.length);
    return input.format === 'csv' ? tableToCsv(input.table) : tableToXlsx(input.table);
  },
};
