import { Flex, Typography, theme } from 'antd';
import { useId, useState, type DragEvent, type ReactNode } from 'react';

interface FileDropProps {
  /** The file input's `accept`: extensions and MIME types. */
  accept: string;
  /** The input's accessible name. */
  label: string;
  /** What the drop zone says, e.g. "选择或拖入文件"; defaults to the label. */
  title?: string;
  hint?: string;
  /** A glyph above the title, in the primary colour (decorative). */
  icon?: ReactNode;
  disabled: boolean;
  onFile: (file: File) => void;
}

/**
 * A file input with its label as the drop zone: clicking, Enter/Space on the focused input, or
 * dropping a file all choose it. The input itself stays in the page (visually hidden), so screen
 * readers and keyboards reach a real file input with its name.
 */
export function FileDrop({ accept, label, title, hint, icon, disabled, onFile }: FileDropProps) {
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
        padding: 20,
      }}
    >
      <input
        id={id}
        type="file"
        accept={accept}
        aria-label={label}
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
        {icon && (
          <span aria-hidden style={{ fontSize: 28, color: token.colorPrimary, lineHeight: 1 }}>
            {icon}
          </span>
        )}
        <Typography.Text strong>{title ?? label}</Typography.Text>
        {hint && <Typography.Text type="secondary">{hint}</Typography.Text>}
      </Flex>
    </label>
  );
}
