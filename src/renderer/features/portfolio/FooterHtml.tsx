import { Flex, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from './CopyButton';

/** The exact footer HTML, selectable, with a Copy button (and the text selected if copying fails). */
export function FooterHtml({ html, serviceName, inApp = false }: { html: string; serviceName: string; inApp?: boolean }) {
  const { t } = useTranslation();
  const code = useRef<HTMLPreElement>(null);
  const selectCode = () => {
    const element = code.current;
    if (!element) return;
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    element.focus();
  };
  return (
    <Flex vertical gap={4}>
      <Flex justify="space-between" align="center" gap={8}>
        <Typography.Text type="secondary">{inApp ? t('obligation.inApp.label') : t('obligation.footer.label')}</Typography.Text>
        <CopyButton text={html} label={t('obligation.footer.copyLabel', { name: serviceName })} onFailed={selectCode} />
      </Flex>
      <pre ref={code} className="icp-code" tabIndex={0} aria-label={t('obligation.footer.codeLabel', { name: serviceName })}>
        {html}
      </pre>
    </Flex>
  );
}
