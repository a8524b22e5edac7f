import { Alert, Checkbox, Collapse, Flex, List, Tag, Typography } from 'antd';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { FilingDetail, RuleFindingView } from '../../../../shared/ipc';
import { Section } from '../../../components/Section';
import { useLabels } from '../../portfolio/useLabels';
import { dataFields } from '../common/data-fields';
import { STEP_TITLE_KEYS } from '../common/step-titles';
import { groupFindings, summarize } from './check-groups';

interface CheckPanelProps {
  detail: FilingDetail;
  /** Where a finding is fixed (the step and its field); absent while the data cannot be changed. */
  fixLink?: (finding: RuleFindingView) => string | undefined;
  onAcknowledge: (key: string, acknowledged: boolean) => Promise<unknown>;
  /** The submission button, under the findings. */
  action?: ReactNode;
  /** Once nothing blocks, fold the (ticked) list away under its summary. */
  foldWhenClear?: boolean;
}

interface FindingItemProps {
  finding: RuleFindingView;
  /** The field it is about, as the user calls it ('张晨 · 手机号码'). */
  where: string | undefined;
  fix: string | undefined;
  ticked: boolean;
  onToggle: (on: boolean) => void;
}

function FindingItem({ finding, where, fix, ticked, onToggle }: FindingItemProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const messageId = useId();
  const error = finding.severity === 'error' && !finding.overridden;
  const tag = error ? <Tag color="error">{t('filing.check.error')}</Tag> : finding.overridden ? <Tag>{t('filing.check.overridden')}</Tag> : <Tag color="warning">{t('filing.check.warning')}</Tag>;
  return (
    <List.Item data-finding={finding.key}>
      <Flex vertical gap={4} style={{ width: '100%' }}>
        <div>
          {tag}
          <Typography.Text id={messageId}>
            {where && <Typography.Text strong>{`${where}${t('filing.colon')}`}</Typography.Text>}
            {labels.text(finding.message)}
          </Typography.Text>
        </div>
        <Flex gap={16} wrap align="center">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('finding.source', { keys: finding.source.join(labels.listSeparator) })}
          </Typography.Text>
          {fix && (
            <Link to={fix} aria-describedby={messageId}>
              {t('filing.check.fix')}
            </Link>
          )}
          {finding.severity === 'warning' && !finding.overridden && (
            <Checkbox checked={ticked} aria-describedby={messageId} onChange={(event) => onToggle(event.target.checked)}>
              {t('filing.check.acknowledge')}
            </Checkbox>
          )}
        </Flex>
      </Flex>
    </List.Item>
  );
}

/**
 * The pre-submission check of the whole order (the rule engine, run by main on the saved draft):
 * findings by step, each with its sources and a link that opens the step at the field. Errors must
 * be fixed; each warning must be read and ticked before the order can be recorded as submitted.
 */
export function CheckPanel({ detail, fixLink, onAcknowledge, action, foldWhenClear = false }: CheckPanelProps) {
  const { t } = useTranslation();
  const labels = useMemo(() => new Map(dataFields(detail.filing.data, t).map((f) => [f.value, f.label])), [detail.filing.data, t]);
  const whereOf = (f: RuleFindingView): string | undefined => (f.path ? labels.get(f.path) : undefined);
  // A tick shows at once; main's answer then confirms it (or the box goes back).
  const [ticking, setTicking] = useState<Readonly<Record<string, boolean>>>({});
  const summary = summarize(detail.findings);
  const groups = groupFindings(detail.findings);
  const toggle = async (key: string, on: boolean) => {
    setTicking((t) => ({ ...t, [key]: on }));
    await onAcknowledge(key, on);
    setTicking(({ [key]: _done, ...rest }) => rest);
  };
  const list = groups.map((group) => (
    <section key={group.step} aria-label={t(STEP_TITLE_KEYS[group.step])} style={{ marginBottom: 8 }}>
      <Typography.Title level={5} style={{ marginBlock: '8px 0' }}>
        {t(STEP_TITLE_KEYS[group.step])}
      </Typography.Title>
      <List
        size="small"
        dataSource={group.findings}
        rowKey={(f) => `${f.key}:${f.ruleId}`}
        renderItem={(finding) => (
          <FindingItem finding={finding} where={whereOf(finding)} fix={fixLink?.(finding)} ticked={ticking[finding.key] ?? Boolean(finding.acknowledged)} onToggle={(on) => void toggle(finding.key, on)} />
        )}
      />
    </section>
  ));
  return (
    <Section title={t('filing.check.title')}>
      <div role="status" aria-live="polite" style={{ marginBottom: 12 }}>
        {summary.clear ? (
          <Alert type="success" showIcon title={t('filing.check.clear')} />
        ) : (
          <Alert
            type={summary.errors > 0 ? 'error' : 'warning'}
            showIcon
            title={summary.errors > 0 ? t('filing.check.errors', { count: summary.errors }) : t('filing.check.warnings', { count: summary.unacknowledged })}
            description={summary.errors > 0 ? (summary.unacknowledged > 0 ? t('filing.check.warningsToo', { count: summary.unacknowledged }) : t('filing.check.errorsHint')) : t('filing.check.ackHint')}
          />
        )}
      </div>
      {summary.clear && foldWhenClear && groups.length > 0 ? (
        <Collapse ghost size="small" items={[{ key: 'all', label: t('filing.check.showAll', { count: detail.findings.length }), children: list }]} />
      ) : (
        list
      )}
      {action && <div style={{ marginTop: 12 }}>{action}</div>}
    </Section>
  );
}
