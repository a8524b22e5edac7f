import { Alert, Button, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportCellError, ImportPreview } from '../../../shared/ipc';
import { useLocalize } from '../../app/useLocalize';

/**
 * Every problem at its row and cell: row number, column header, what the cell holds, what is wrong.
 * An error in a row the preview shows leads to its cell there (a click on the error, or its row
 * number as a button for the keyboard): a wide file's marked cell may sit far off to the right.
 */
export function ImportErrors({ preview, onShow }: { preview: ImportPreview; onShow: (error: ImportCellError) => void }) {
  const { t } = useTranslation();
  const localize = useLocalize();
  if (preview.errors.length === 0) return <Typography.Text type="success">{t('imports.errors.none')}</Typography.Text>;
  const shown = new Set(preview.sample.map((r) => r.row));
  const rowLabel = (row: number) => t('imports.errors.row', { row });
  return (
    <>
      <Typography.Paragraph type="secondary">{t('imports.errors.hint')}</Typography.Paragraph>
      {preview.errorsTruncated && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('imports.errors.truncated', { count: preview.errors.length })} />}
      <Table<ImportCellError & { key: number }>
        size="small"
        aria-label={t('imports.errors.title')}
        pagination={preview.errors.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        dataSource={preview.errors.map((e, key) => ({ ...e, key }))}
        onRow={(e) => (shown.has(e.row) ? { onClick: () => onShow(e), style: { cursor: 'pointer' } } : {})}
        columns={[
          {
            title: t('imports.errors.rowHeader'),
            dataIndex: 'row',
            width: 90,
            render: (row: number, e) =>
              shown.has(row) ? (
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0 }}
                  aria-label={t('imports.errors.show', { row, column: e.column ?? '' })}
                  onClick={(event) => {
                    event.stopPropagation();
                    onShow(e);
                  }}
                >
                  {rowLabel(row)}
                </Button>
              ) : (
                rowLabel(row)
              ),
          },
          { title: t('imports.errors.columnHeader'), dataIndex: 'column', width: 180, render: (c: string | null) => c ?? <Typography.Text type="secondary">{t('imports.errors.noColumn')}</Typography.Text> },
          { title: t('imports.errors.valueHeader'), dataIndex: 'value', width: 220, render: (v: string) => (v ? <Typography.Text code>{v}</Typography.Text> : <Typography.Text type="secondary">{t('imports.errors.empty')}</Typography.Text>) },
          { title: t('imports.errors.messageHeader'), dataIndex: 'message', render: (m: ImportCellError['message']) => localize(m) },
        ]}
      />
    </>
  );
}
