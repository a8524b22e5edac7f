import { Alert, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportCellError, ImportPreview } from '../../../shared/ipc';
import { useLocalize } from '../../app/useLocalize';

/** Every problem at its row and cell: row number, column header, what the cell holds, what is wrong. */
export function ImportErrors({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const localize = useLocalize();
  if (preview.errors.length === 0) return <Typography.Text type="success">{t('imports.errors.none')}</Typography.Text>;
  return (
    <>
      {preview.errorsTruncated && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('imports.errors.truncated', { count: preview.errors.length })} />}
      <Table<ImportCellError & { key: number }>
        size="small"
        aria-label={t('imports.errors.title')}
        pagination={preview.errors.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        dataSource={preview.errors.map((e, key) => ({ ...e, key }))}
        columns={[
          { title: t('imports.errors.rowHeader'), dataIndex: 'row', width: 90, render: (row: number) => t('imports.errors.row', { row }) },
          { title: t('imports.errors.columnHeader'), dataIndex: 'column', width: 180, render: (c: string | null) => c ?? <Typography.Text type="secondary">{t('imports.errors.noColumn')}</Typography.Text> },
          { title: t('imports.errors.valueHeader'), dataIndex: 'value', width: 220, render: (v: string) => (v ? <Typography.Text code>{v}</Typography.Text> : <Typography.Text type="secondary">{t('imports.errors.empty')}</Typography.Text>) },
          { title: t('imports.errors.messageHeader'), dataIndex: 'message', render: (m: ImportCellError['message']) => localize(m) },
        ]}
      />
    </>
  );
}
