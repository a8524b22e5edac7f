import { Button, Flex, Radio, Typography } from 'antd';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportExportInput } from '../../../shared/ipc';
import { Section } from '../../components/Section';
import { ExportOutcome } from './ExportOutcome';
import { useExport } from './useExport';

interface ExportCardProps<F extends string> {
  title: string;
  body: string;
  formats: readonly F[];
  /** The request for the chosen format; undefined while something required is missing. */
  request: (format: F) => ReportExportInput | undefined;
  children?: ReactNode;
}

/** One export: what it holds, its filters, the format, and Export — then its progress, Cancel and where the file went. */
export function ExportCard<F extends string>({ title, body, formats, request, children }: ExportCardProps<F>) {
  const { t } = useTranslation();
  const formatId = useId();
  const [format, setFormat] = useState<F>(formats[0] as F);
  const exporter = useExport();
  const input = request(format);

  return (
    <Section title={title} size="small">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{body}</Typography.Text>
        {children}
        {formats.length > 1 && (
          <Flex gap={8} align="center" wrap>
            <span id={formatId}>{t('reports.format.label')}</span>
            <Radio.Group aria-labelledby={formatId} value={format} onChange={(e) => setFormat(e.target.value as F)} optionType="button" options={formats.map((f) => ({ value: f, label: t(`reports.format.${f as 'xlsx' | 'csv' | 'ics' | 'pdf'}`) }))} />
          </Flex>
        )}
        <Flex gap={12} align="center" wrap>
          <Button type="primary" onClick={() => input && void exporter.run(input)} disabled={!input || exporter.running} aria-label={`${t('reports.export.button')}: ${title}`}>
            {t('reports.export.button')}
          </Button>
        </Flex>
        <ExportOutcome name={title} run={exporter} />
      </Flex>
    </Section>
  );
}
