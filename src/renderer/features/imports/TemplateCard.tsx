import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../../app/useAppState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { JobProgress } from '../../components/JobProgress';
import { Section } from '../../components/Section';
import { useTemplate } from './useTemplate';

/** The template in the UI language, as Excel (with a sheet explaining each column) or CSV. */
export function TemplateCard() {
  const { t } = useTranslation();
  const { language } = useAppState();
  const { job, delivery, download } = useTemplate();
  const failed = job.error ?? (job.status?.state === 'failed' ? job.status.error : undefined);
  return (
    <Section title={t('imports.template.title')} size="small">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('imports.template.body')}</Typography.Text>
        <Flex gap={8} wrap>
          <Button onClick={() => void download('xlsx', language)} disabled={job.running}>
            {t('imports.template.xlsx')}
          </Button>
          <Button onClick={() => void download('csv', language)} disabled={job.running}>
            {t('imports.template.csv')}
          </Button>
        </Flex>
        {job.running && <JobProgress label={t('imports.template.working')} status={job.status} onCancel={() => void job.cancel()} />}
        {failed && <ErrorAlert error={failed} />}
        {delivery?.ok && delivery.saved && <Typography.Text type="success">{t('imports.template.saved', { file: delivery.path ?? delivery.fileName })}</Typography.Text>}
      </Flex>
    </Section>
  );
}
