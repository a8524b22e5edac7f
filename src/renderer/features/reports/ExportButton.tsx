import { Button, Dropdown, Flex, Popover } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../../app/useAppState';
import type { EntityExportFilters, FilingExportFilters, ReportExportInput, ServiceExportFilters, TableFormat } from '../../../shared/ipc';
import { ExportOutcome } from './ExportOutcome';
import { useExport } from './useExport';

/** A list's current query as the list page keeps it: paging (offset, limit) may be there and is ignored. */
type ListQuery<F> = Partial<F> & { offset?: number; limit?: number };

/**
 * Props of ExportButton: which list, and that list's current filters (the same object the page passes
 * to its list channel — text, province, status, archived, sort …). The export holds every row that
 * matches them, in the list's order, up to MAX_EXPORT_ROWS; paging is dropped.
 */
export type ExportButtonProps =
  | { kind: 'entities'; filters: ListQuery<EntityExportFilters> }
  | { kind: 'services'; filters: ListQuery<ServiceExportFilters> }
  | { kind: 'filings'; filters: ListQuery<FilingExportFilters> };

const FORMATS: readonly TableFormat[] = ['xlsx', 'csv'];

function requestOf(props: ExportButtonProps, format: TableFormat, language: 'zh-CN' | 'en'): ReportExportInput {
  // Paging never reaches the export; the strict schema would refuse it.
  const { offset: _offset, limit: _limit, ...filters } = props.filters;
  switch (props.kind) {
    case 'entities':
      return { kind: 'entities', format, filters: filters as EntityExportFilters, language };
    case 'services':
      return { kind: 'services', format, filters: filters as ServiceExportFilters, language };
    case 'filings':
      return { kind: 'filings', format, filters: filters as FilingExportFilters, language };
  }
}

/**
 * “Export ▾” for a list page's toolbar: pick Excel or CSV and the list as filtered now is exported
 * as a job (report:export). A popover under the button shows the progress with Cancel while it runs
 * and then where the file went; it stays open while the export runs and closes on Escape or Close after.
 */
export function ExportButton(props: ExportButtonProps) {
  const { t } = useTranslation();
  const { language } = useAppState();
  const exporter = useExport();
  const [open, setOpen] = useState(false);
  const name = t(`reports.kind.${props.kind}.title`);

  const start = (format: TableFormat) => {
    setOpen(true);
    void exporter.run(requestOf(props, format, language));
  };
  const close = () => {
    if (!exporter.running) setOpen(false);
  };

  const panel = (
    <Flex vertical gap={8} style={{ maxWidth: 440 }} onKeyDown={(e) => e.key === 'Escape' && close()}>
      <ExportOutcome name={name} run={exporter} />
      {!exporter.running && (
        <Flex justify="end">
          <Button size="small" onClick={close}>
            {t('reports.button.close')}
          </Button>
        </Flex>
      )}
    </Flex>
  );

  return (
    <Popover open={open} content={panel} placement="bottomRight" trigger={[]} onOpenChange={(next) => !next && close()}>
      <span>
        <Dropdown
          disabled={exporter.running}
          trigger={['click']}
          menu={{ items: FORMATS.map((f) => ({ key: f, label: t(`reports.format.${f}`) })), onClick: ({ key }) => start(key as TableFormat) }}
        >
          <Button loading={exporter.running} aria-label={t('reports.button.label', { name })}>
            {t('reports.export.button')} <span aria-hidden>▾</span>
          </Button>
        </Dropdown>
      </span>
    </Popover>
  );
}
