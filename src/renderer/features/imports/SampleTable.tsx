import { Table, Tooltip, Typography, theme } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../shared/ipc';
import { useLocalize } from '../../app/useLocalize';
import { cellKey, showCell, type CellTarget } from './cell-target';
import './import-sample.css';

/** The first rows as the file holds them, each cell with a problem marked (colour, and its message on hover and for screen readers). */
export function SampleTable({ preview, target }: { preview: ImportPreview; target: CellTarget | undefined }) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const { token } = theme.useToken();
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (target) showCell(wrapper.current, target);
  }, [target]);
  const problems = new Map<string, string[]>();
  for (const e of preview.errors) {
    if (e.columnIndex === null) continue;
    const key = `${e.row}:${e.columnIndex}`;
    problems.set(key, [...(problems.get(key) ?? []), localize(e.message)]);
  }
  return (
    <>
      <Typography.Paragraph type="secondary">{t('imports.sample.note', { count: preview.sample.length })}</Typography.Paragraph>
      <div ref={wrapper} className="import-sample">
        <Table
          size="small"
          aria-label={t('imports.sample.title')}
          pagination={false}
          scroll={{ x: 'max-content', y: 420 }}
          dataSource={preview.sample.map((r) => ({ key: r.row, ...r }))}
          columns={[
            {
              title: t('imports.sample.rowHeader'),
              dataIndex: 'row',
              fixed: 'left',
              width: 70,
              render: (row: number) => (
                <span data-cell={cellKey(row, null)} tabIndex={-1}>
                  {row}
                </span>
              ),
            },
            ...preview.headers.map((header, index) => ({
              title: header || `#${index + 1}`,
              key: String(index),
              render: (_: unknown, r: { row: number; cells: string[] }) => {
                const value = r.cells[index] ?? '';
                const messages = problems.get(`${r.row}:${index}`);
                if (!messages) return value;
                return (
                  <Tooltip title={messages.join(' ')}>
                    <span
                      data-cell={cellKey(r.row, index)}
                      tabIndex={-1}
                      data-invalid="true"
                      aria-invalid="true"
                      aria-label={`${value || t('imports.errors.empty')}: ${messages.join(' ')}`}
                      style={{ display: 'inline-block', minWidth: 24, padding: '0 4px', background: token.colorErrorBg, outline: `1px solid ${token.colorErrorBorder}`, color: token.colorErrorText }}
                    >
                      {value || '∅'}
                    </span>
                  </Tooltip>
                );
              },
            })),
          ]}
        />
      </div>
    </>
  );
}
