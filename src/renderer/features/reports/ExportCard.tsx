import { Alert, Button, Flex, Radio, Spin, Typography } from 'antd';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportExportInput, ReportFile } from '../../../shared/ipc';
import { useMutation } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { saveReportFile } from './save-file';

interface ExportCardProps<F extends string> {
  title: string;
  body: string;
  formats: readonly F[];
  /** The request for the chosen format; undefined while something required is missing. */
  request: (format: F) => ReportExportInput | undefined;
  children?: ReactNode;
}

/** One export: what it holds, its filters, the format, and Export with a spinner while main works. */
export function ExportCard<F extends string>({ title, body, formats, request, children }: ExportCardProps<F>) {
  const { t } = useTranslation();
  const formatId = useId();
  const [format, setFormat] = useState<F>(formats[0] as F);
  const [done, setDone] = useState<ReportFile>();
  const exporter = useMutation('report:export');
  const input = request(format);

  const run = async () => {
    if (!input) return;
    setDone(undefined);
    const result = await exporter.run(input);
    if (result.ok) {
      saveReportFile(result.data);
      setDone(result.data);
    }
  };

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
          <Button type="primary" onClick={() => void run()} disabled={!input || exporter.loading} aria-label={`${t('reports.export.button')}: ${title}`}>
            {t('reports.export.button')}
          </Button>
          {exporter.loading && (
            <Flex gap={8} align="center" role="status">
              <Spin size="small" />
              <span>{t('reports.export.working', { name: title })}</span>
            </Flex>
          )}
          {!exporter.loading && done && (
            <Typography.Text type="success" role="status">
              {t('reports.export.done', { file: done.fileName, count: done.rowCount })}
            </Typography.Text>
          )}
        </Flex>
        {done?.truncated && <Alert type="warning" showIcon title={t('reports.export.truncated', { count: done.rowCount })} />}
        {exporter.error && <ErrorAlert error={exporter.error} />}
      </Flex>
    </Section>
  );
}
