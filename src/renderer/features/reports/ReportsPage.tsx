import { Checkbox, Flex, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FiledState, PROVINCES, ServiceKind, type Province } from '../../../shared/domain';
import type { EntityExportFilters } from '../../../shared/ipc';
import { useChannel } from '../../api';
import { PageTitle } from '../../components/PageTitle';
import { useLabels } from '../portfolio/useLabels';
import { ExportCard } from './ExportCard';

const TABLE = ['xlsx', 'csv'] as const;
const PDF = ['pdf'] as const;
const common = { allowClear: true, popupMatchSelectWidth: false, style: { width: 160 } } as const;

/** Text, province, status and archive: the entity list's main filters, for the entity exports. */
function EntityFilterFields({ value, onChange }: { value: EntityExportFilters; onChange: (v: EntityExportFilters) => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <Flex gap={8} wrap align="center" role="group" aria-label={t('reports.filters.label')}>
      <Input aria-label={t('reports.filters.text')} placeholder={t('reports.filters.text')} style={{ width: 220 }} value={value.text ?? ''} onChange={(e) => onChange({ ...value, text: e.target.value || undefined })} />
      <Select
        {...common}
        showSearch={{ optionFilterProp: 'label' }}
        aria-label={t('reports.filters.province')}
        placeholder={t('reports.filters.province')}
        value={value.province}
        onChange={(province?: Province) => onChange({ ...value, province })}
        options={PROVINCES.map((p) => ({ value: p.id, label: labels.provinceName(p.id) }))}
      />
      <Select
        {...common}
        aria-label={t('reports.filters.status')}
        placeholder={t('reports.filters.status')}
        value={value.status}
        onChange={(status?: FiledState) => onChange({ ...value, status })}
        options={FiledState.options.map((s) => ({ value: s, label: labels.state(s) }))}
      />
      <Checkbox checked={value.archived ?? false} onChange={(e) => onChange({ ...value, archived: e.target.checked })}>
        {t('reports.filters.archived')}
      </Checkbox>
    </Flex>
  );
}

/** Reports (issue #6, exports): each export with its filters and format; main generates, the page saves. */
export default function ReportsPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { language } = labels;
  const [entityFilters, setEntityFilters] = useState<EntityExportFilters>({ archived: false });
  const [portfolioFilters, setPortfolioFilters] = useState<EntityExportFilters>({ archived: false });
  const [serviceText, setServiceText] = useState('');
  const [serviceKind, setServiceKind] = useState<ServiceKind>();
  const [filingText, setFilingText] = useState('');
  const [openOnly, setOpenOnly] = useState(false);
  const [filingId, setFilingId] = useState<string>();
  const filings = useChannel('filing:list', { limit: 500 });
  const filingOptions = (filings.data?.rows ?? []).map((f) => ({
    value: f.id,
    label: `${f.entityName || '—'} · ${labels.operation(f.operation)} · ${labels.filingState(f.state)}`,
  }));
  const filingPicker = (
    <Select
      aria-label={t('reports.filing.label')}
      placeholder={filingOptions.length > 0 ? t('reports.filing.placeholder') : t('reports.filing.none')}
      showSearch={{ optionFilterProp: 'label' }}
      style={{ width: 420, maxWidth: '100%' }}
      loading={filings.loading}
      value={filingId}
      onChange={setFilingId}
      options={filingOptions}
    />
  );

  return (
    <Flex vertical gap={16}>
      <PageTitle>{t('nav.reports.label')}</PageTitle>
      <Typography.Paragraph style={{ margin: 0 }}>{t('reports.page.intro')}</Typography.Paragraph>
      <ExportCard
        title={t('reports.kind.entities.title')}
        body={t('reports.kind.entities.body')}
        formats={TABLE}
        request={(format) => ({ kind: 'entities', format, filters: entityFilters, language })}
      >
        <EntityFilterFields value={entityFilters} onChange={setEntityFilters} />
      </ExportCard>
      <ExportCard
        title={t('reports.kind.services.title')}
        body={t('reports.kind.services.body')}
        formats={TABLE}
        request={(format) => ({ kind: 'services', format, filters: { archived: false, ...(serviceText ? { text: serviceText } : {}), ...(serviceKind ? { kind: serviceKind } : {}) }, language })}
      >
        <Flex gap={8} wrap role="group" aria-label={t('reports.filters.label')}>
          <Input aria-label={t('reports.filters.text')} placeholder={t('reports.filters.text')} style={{ width: 220 }} value={serviceText} onChange={(e) => setServiceText(e.target.value)} />
          <Select
            {...common}
            aria-label={t('reports.filters.kind')}
            placeholder={t('reports.filters.kind')}
            value={serviceKind}
            onChange={setServiceKind}
            options={ServiceKind.options.map((k) => ({ value: k, label: t(`service.kind.${k === 'mini-program' ? 'miniProgram' : k === 'quick-app' ? 'quickApp' : k}`) }))}
          />
        </Flex>
      </ExportCard>
      <ExportCard
        title={t('reports.kind.filings.title')}
        body={t('reports.kind.filings.body')}
        formats={TABLE}
        request={(format) => ({ kind: 'filings', format, filters: { ...(filingText ? { text: filingText } : {}), ...(openOnly ? { open: true } : {}) }, language })}
      >
        <Flex gap={8} wrap align="center" role="group" aria-label={t('reports.filters.label')}>
          <Input aria-label={t('reports.filters.text')} placeholder={t('reports.filters.text')} style={{ width: 220 }} value={filingText} onChange={(e) => setFilingText(e.target.value)} />
          <Checkbox checked={openOnly} onChange={(e) => setOpenOnly(e.target.checked)}>
            {t('reports.filters.openOnly')}
          </Checkbox>
        </Flex>
      </ExportCard>
      <ExportCard
        title={t('reports.kind.deadlines.title')}
        body={t('reports.kind.deadlines.body')}
        formats={['ics', 'xlsx', 'csv'] as const}
        request={(format) => ({ kind: 'deadlines', format, language })}
      />
      <ExportCard
        title={t('reports.kind.portfolio.title')}
        body={t('reports.kind.portfolio.body')}
        formats={PDF}
        request={() => ({ kind: 'portfolio', format: 'pdf', filters: portfolioFilters, language })}
      >
        <EntityFilterFields value={portfolioFilters} onChange={setPortfolioFilters} />
      </ExportCard>
      <ExportCard
        title={t('reports.kind.filingSummary.title')}
        body={t('reports.kind.filingSummary.body')}
        formats={PDF}
        request={() => (filingId ? { kind: 'filing-summary', format: 'pdf', filingId, language } : undefined)}
      >
        {filingPicker}
      </ExportCard>
      <ExportCard
        title={t('reports.kind.verificationForm.title')}
        body={t('reports.kind.verificationForm.body')}
        formats={PDF}
        request={() => (filingId ? { kind: 'verification-form', format: 'pdf', filingId, language } : undefined)}
      >
        {filingPicker}
      </ExportCard>
      <Typography.Text type="secondary">{t('reports.save.note')}</Typography.Text>
    </Flex>
  );
}
