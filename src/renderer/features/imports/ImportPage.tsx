import { Alert, Button, Flex, Modal, Result, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert';
import { JobProgress } from '../../components/JobProgress';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { FileDrop } from '../../components/FileDrop';
import { ImportErrors } from './ImportErrors';
import { MappingTable } from './MappingTable';
import { SampleTable } from './SampleTable';
import { TemplateCard } from './TemplateCard';
import type { CellTarget } from './cell-target';
import { useImport } from './useImport';

/**
 * Import of known clients (issue #6 point 3): template, file, mapping, the errors at their rows and
 * cells, then a confirmed import (backup first, one transaction) and its result.
 */
export default function ImportPage() {
  const { t } = useTranslation();
  const flow = useImport();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  // The preview cell the error list last asked to show (seq: a repeated click shows it again).
  const [target, setTarget] = useState<CellTarget>();
  const { preview, result, previewJob, commitJob } = flow;
  const busy = previewJob.running || commitJob.running;
  const bad = preview ? preview.rowCount - preview.validCount : 0;

  if (result) {
    return (
      <Flex vertical gap={16}>
        <PageTitle>{t('nav.imports.label')}</PageTitle>
        <Result
          status="success"
          title={t('imports.result.title')}
          subTitle={
            <Flex vertical gap={4} align="center">
              <span>{t('imports.result.body', { ...result.created, skipped: result.skippedRows })}</span>
              <span>{t('imports.result.backup', { name: result.backupName })}</span>
            </Flex>
          }
          extra={[
            <Button key="entities" type="primary" onClick={() => void navigate('/entities')}>
              {t('imports.result.entities')}
            </Button>,
            <Button key="again" onClick={flow.reset}>
              {t('imports.result.another')}
            </Button>,
          ]}
        />
      </Flex>
    );
  }

  return (
    <Flex vertical gap={16}>
      <PageTitle>{t('nav.imports.label')}</PageTitle>
      <Typography.Paragraph style={{ margin: 0 }}>{t('imports.page.intro')}</Typography.Paragraph>
      <TemplateCard />
      <Section title={t('imports.file.title')} size="small">
        <Flex vertical gap={12}>
          <FileDrop
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            label={t('imports.file.label')}
            title={t('imports.file.drop')}
            hint={t('imports.file.hint')}
            icon="⇪"
            disabled={busy}
            onFile={(file) => void flow.choose(file)}
          />
          {flow.fileName && <Typography.Text>{t('imports.file.chosen', { name: flow.fileName })}</Typography.Text>}
          {flow.tooLarge && <Alert type="error" showIcon title={t('imports.file.tooLarge', { name: flow.tooLarge })} />}
          {previewJob.running && <JobProgress label={t('imports.preview.working', { name: flow.fileName ?? '' })} status={previewJob.status} onCancel={() => void previewJob.cancel()} />}
          {flow.error && !busy && <ErrorAlert error={flow.error} />}
        </Flex>
      </Section>
      {preview && (
        <>
          <Section title={t('imports.summary.title')} size="small">
            <Flex vertical gap={12}>
              <Alert
                type={bad === 0 ? 'success' : preview.validCount === 0 ? 'error' : 'warning'}
                showIcon
                role="status"
                title={bad === 0 ? t('imports.summary.allGood', { total: preview.rowCount }) : t('imports.summary.counts', { total: preview.rowCount, ready: preview.validCount, bad })}
              />
              <Flex gap={8} wrap align="center">
                <Button type="primary" disabled={busy || preview.validCount === 0} onClick={() => setConfirming(true)}>
                  {t('imports.confirm.button', { count: preview.validCount })}
                </Button>
                <Button disabled={busy} onClick={flow.reset}>
                  {t('imports.restart.button')}
                </Button>
                {commitJob.running && (
                  <Flex gap={8} align="center" role="status" aria-live="polite">
                    <Spin size="small" />
                    <Typography.Text>{t('imports.commit.working')}</Typography.Text>
                  </Flex>
                )}
              </Flex>
            </Flex>
          </Section>
          <Section title={t('imports.errors.title')} size="small">
            <ImportErrors preview={preview} onShow={(e) => setTarget((prev) => ({ row: e.row, columnIndex: e.columnIndex, seq: (prev?.seq ?? 0) + 1 }))} />
          </Section>
          <Section title={t('imports.mapping.title')} size="small">
            <Typography.Paragraph type="secondary">{t('imports.mapping.body')}</Typography.Paragraph>
            <MappingTable preview={preview} disabled={busy} onChange={(mapping) => void flow.remap(mapping)} />
          </Section>
          <Section title={t('imports.sample.title')} size="small">
            <SampleTable preview={preview} target={target} />
          </Section>
          <Modal
            open={confirming}
            title={t('imports.confirm.title')}
            okText={t('imports.confirm.ok')}
            cancelText={t('imports.confirm.cancel')}
            onCancel={() => setConfirming(false)}
            onOk={() => {
              setConfirming(false);
              void flow.confirm();
            }}
          >
            {t('imports.confirm.body', { ready: preview.validCount, bad })}
          </Modal>
        </>
      )}
    </Flex>
  );
}
