import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** The old way, for when the async clipboard is missing or refused (no permission, not focused). */
function copyWithSelection(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  return copied;
}

/** Copies text to the clipboard and says so; when neither way works, says how to copy by hand. */
export function CopyButton({ text, label, onFailed }: { text: string; label: string; onFailed?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const copy = async () => {
    let copied = false;
    try {
      if (navigator.clipboard?.writeText) {
        await navigator.clipboard.writeText(text);
        copied = true;
      }
    } catch {
      copied = false;
    }
    if (!copied) copied = copyWithSelection(text);
    if (copied) void message.success(t('copy.done.toast'));
    else {
      void message.warning(t('copy.failed.toast'));
      onFailed?.();
    }
  };
  return (
    <Button size="small" onClick={() => void copy()} aria-label={label}>
      {t('copy.button')}
    </Button>
  );
}
