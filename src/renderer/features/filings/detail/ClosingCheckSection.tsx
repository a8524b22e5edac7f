import { Alert, Empty, Flex, List, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FILING_EVENT_LABELS } from '../../../../shared/domain';
import type { FilingDetail, RuleFindingView } from '../../../../shared/ipc';
import { Section } from '../../../components/Section';
import { formatDateTime } from '../../portfolio/format';
import { useLabels } from '../../portfolio/useLabels';
import { groupFindings, summarize } from '../check/check-groups';
import { dataFields } from '../common/data-fields';
import { STEP_TITLE_KEYS } from '../common/step-titles';
import { ChangesTable } from './ChangesTable';

function ClosedFinding({ finding, where }: { finding: RuleFindingView; where: string | undefined }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const tag =
    finding.severity === 'error' && !finding.overridden ? (
      <Tag color="error">{t('filing.check.error')}</Tag>
    ) : finding.overridden ? (
      <Tag>{t('filing.check.overridden')}</Tag>
    ) : (
      <Tag color="warning">{t('filing.check.warning')}</Tag>
    );
  return (
    <List.Item data-finding={finding.key}>
      <Flex vertical gap={4} style={{ width: '100%' }}>
        <div>
          {tag}
          {finding.acknowledged && <Tag color="success">{t('filing.closing.acknowledged')}</Tag>}
          <Typography.Text>
            {where && <Typography.Text strong>{`${where}${t('filing.colon')}`}</Typography.Text>}
            {labels.text(finding.message)}
          </Typography.Text>
        </div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('finding.source', { keys: finding.source.join(labels.listSeparator) })}
        </Typography.Text>
      </Flex>
    </List.Item>
  );
}

/**
 * A closed order's check, read-only: the findings (and a modification's changes) frozen when it
 * closed, with when and the rule data's date; for an order closed before checks were frozen, the
 * check run now, said so, since today's rules and portfolio may differ from those it was sent with.
 */
export function ClosingCheckSection({ detail }: { detail: FilingDetail }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const frozen = detail.filing.closingCheck;
  // The field a finding is about, as the user calls it ('张晨 · 手机号码'), as the open order's check says it.
  const fields = useMemo(() => new Map(dataFields(detail.filing.data, t).map((f) => [f.value, f.label])), [detail.filing.data, t]);
  const summary = summarize(detail.findings);
  const warnings = detail.findings.length - summary.errors;
  return (
    <Section title={t('filing.closing.title')}>
      <Flex vertical gap={12}>
        {frozen ? (
          <Alert
            type="info"
            showIcon
            title={t('filing.closing.frozen', { event: labels.text(FILING_EVENT_LABELS[frozen.event]), date: formatDateTime(frozen.frozenAt, labels.language), asOf: frozen.rulesAsOf })}
          />
        ) : (
          <Alert type="warning" showIcon title={t('filing.closing.live')} />
        )}
        {detail.findings.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('filing.closing.none')} />
        ) : (
          <>
            <Typography.Text strong>{t('filing.closing.summary', { errors: summary.errors, warnings })}</Typography.Text>
            {groupFindings(detail.findings).map((group) => (
              <section key={group.step} aria-label={t(STEP_TITLE_KEYS[group.step])}>
                <Typography.Title level={5} style={{ marginBlock: '4px 0' }}>
                  {t(STEP_TITLE_KEYS[group.step])}
                </Typography.Title>
                <List size="small" dataSource={group.findings} rowKey={(f) => `${f.key}:${f.ruleId}`} renderItem={(f) => <ClosedFinding finding={f} where={f.path ? fields.get(f.path) : undefined} />} />
              </section>
            ))}
          </>
        )}
        {detail.filing.operation === 'modify' && (
          <section aria-label={t('filing.closing.changes')}>
            <Typography.Title level={5} style={{ marginBlock: '4px 8px' }}>
              {t('filing.closing.changes')}
            </Typography.Title>
            <ChangesTable changes={detail.changes} />
          </section>
        )}
      </Flex>
    </Section>
  );
}
