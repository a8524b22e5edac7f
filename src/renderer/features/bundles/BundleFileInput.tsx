import { Flex, Typography, theme } from 'antd';
import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface BundleFileInputProps {
  accept: string;
  disabled: boolean;
  onFile: (file: File) => void;
}

/** A real file input (visually hidden, reachable by keyboard and screen readers) whose label is the drop zone. */
export function BundleFileInput({ accept, disabled, onFile }: BundleFileInputProps) {
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
        padding: 16,
      }}
    >
      <input
        id={id}
        type="file"
        accept={accept}
        aria-label={t('bundle.import.file')}
        disabled={disabled}
        style={{ position: 'absolute', width: 1, height: 1, opacity: 0, overflow: 'hidden' }}
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared so that choosing the same file again is a change too.
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
      <Flex vertical align="center" gap={4}>
        <Typography.Text strong>{t('bundle.import.file')}</Typography.Text>
        <Typography.Text type="secondary">{t('bundle.import.fileHint')}</Typography.Text>
      </Flex>
    </label>
  );
}
