import { Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocumentItem } from '../../../../shared/domain';
import type { FilingDetail, RequiredDocumentView } from '../../../../shared/ipc';
import { CheckboxField } from '../../../components/form/fields';
import { Section } from '../../../components/Section';
import { useLabels } from '../../portfolio/useLabels';
import type { StepModule } from './step-module';
import { sanitizeStep } from './step-data';

export interface DocumentsStepValues {
  /** The required documents in the order main lists them, then any other item the draft holds. */
  documents: DocumentItem[];
}

const same = (item: Pick<DocumentItem, 'kind' | 'subjectId'>, required: Pick<RequiredDocumentView, 'kind' | 'subjectId'>): boolean =>
  item.kind === required.kind && item.subjectId === required.subjectId;

function DocumentsStepFields({ detail }: { detail: FilingDetail }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const required = detail.requiredDocuments;
  return (
    <Section title={t('filing.documents.title')}>
      {required.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('filing.documents.none')} />
      ) : (
        <Flex vertical gap={4}>
          <Typography.Paragraph type="secondary">{t('filing.documents.intro')}</Typography.Paragraph>
          {required.map((doc, i) => (
            <CheckboxField<DocumentsStepValues>
              key={doc.path}
              name={`documents.${i}.provided`}
              extra={
                <>
                  {labels.text(doc.reason)}
                  <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
                    {t('finding.source', { keys: doc.source.join(labels.listSeparator) })}
                  </Typography.Text>
                </>
              }
            >
              {labels.text(doc.label)}
            </CheckboxField>
          ))}
        </Flex>
      )}
    </Section>
  );
}

/** 材料: the documents the rules require for this order (§4.4), each ticked once it is ready. */
export const documentsStep: StepModule<DocumentsStepValues> = {
  step: 'documents',
  defaults: (detail) => {
    const saved = detail.filing.data.documents ?? [];
    const required = detail.requiredDocuments.map(
      (d): DocumentItem => saved.find((item) => same(item, d)) ?? { kind: d.kind, provided: false, ...(d.subjectId ? { subjectId: d.subjectId } : {}) },
    );
    const others = saved.filter((item) => !detail.requiredDocuments.some((d) => same(item, d)));
    return { documents: [...required, ...others] };
  },
  saves: (values) => [{ step: 'documents', data: sanitizeStep('documents', values.documents) }],
  check: () => ({}),
  Fields: DocumentsStepFields,
};
