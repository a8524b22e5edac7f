import { Alert, Select, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportField, ImportMapping, ImportPreview } from '../../../shared/ipc';
import { useLocalize } from '../../app/useLocalize';

interface MappingTableProps {
  preview: ImportPreview;
  disabled: boolean;
  onChange: (mapping: ImportMapping) => void;
}

const GROUPS = ['entity', 'leader', 'website'] as const;

/** Each column of the file with a labelled pick-list of the fields it may fill (or "ignore"). */
export function MappingTable({ preview, disabled, onChange }: MappingTableProps) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const labelOf = new Map(preview.fields.map((f) => [f.field, localize(f.label)]));
  const options = GROUPS.map((group) => ({
    label: t(`imports.group.${group}`),
    title: t(`imports.group.${group}`),
    options: preview.fields
      .filter((f) => f.group === group)
      .map((f) => ({ value: f.field, label: f.required ? t('imports.mapping.required', { label: localize(f.label) }) : localize(f.label) })),
  }));
  const ignore = '__ignore__';
  const rows = preview.headers.map((header, index) => ({ key: index, header, field: preview.mapping[index] ?? null }));
  return (
    <>
      {preview.missingRequired.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('imports.mapping.missing', { fields: preview.missingRequired.map((f) => labelOf.get(f) ?? f).join('、') })} />
      )}
      <Table
        size="small"
        pagination={false}
        scroll={{ y: 360 }}
        dataSource={rows}
        columns={[
          { title: t('imports.mapping.column'), dataIndex: 'header', render: (header: string, row) => header || <Tag>{`#${row.key + 1}`}</Tag> },
          {
            title: t('imports.mapping.field'),
            dataIndex: 'field',
            width: 320,
            render: (field: ImportField | null, row) => (
              <Select<string>
                aria-label={t('imports.mapping.select', { column: row.header || `#${row.key + 1}` })}
                style={{ width: 300 }}
                disabled={disabled}
                showSearch={{ optionFilterProp: 'label' }}
                value={field ?? ignore}
                onChange={(value) => {
                  const next = preview.mapping.map((f) => (f === value ? null : f));
                  next[row.key] = value === ignore ? null : (value as ImportField);
                  onChange(next);
                }}
                options={[{ value: ignore, label: t('imports.mapping.ignore') }, ...options]}
              />
            ),
          },
        ]}
      />
    </>
  );
}
