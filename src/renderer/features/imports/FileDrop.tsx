import { Flex, Typography, theme } from 'antd';
import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface FileDropProps {
  disabled: boolean;
  onFile: (file: File) => void;
}

/**
 * A file input with its label as the drop zone: clicking, Enter/Space on the focused input, or
 * dropping a file all choose it. The input itself stays in the page (visually hidden), so screen
 * readers and keyboards reach a real file input with its name.
 */
export function FileDrop({ disabled, onFile }: FileDropProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const id = useId();
  const [over, setOver] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <label
      htmlFor={id}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      style={{
        display: 'block',
        cursor: disabled ? 'not-allowed' : 'pointer',
        border: `1px dashed ${over ? token.colorPrimary : token.colorBorder}`,
        borderRadius: token.borderRadiusLG,
        background: over ? token.colorPrimaryBg : token.colorFillAlter,
        padding: 24,
      }}
    >
      <input
        id={id}
        type="file"
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        aria-label={t('imports.file.label')}
        disabled={disabled}
        style={{ position: 'absolute', width: 1, height: 1, opacity: 0, overflow: 'hidden' }}
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) is a change too.
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
      <Flex vertical align="center" gap={4}>
        <span aria-hidden style={{ fontSize: 28, color: token.colorPrimary, lineHeight: 1 }}>⇪</span>
        <Typography.Text strong>{t('imports.file.drop')}</Typography.Text>
        <Typography.Text type="secondary">{t('imports.file.hint')}</Typography.Text>
      </Flex>
    </label>
  );
}
