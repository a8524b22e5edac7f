import type { TFunction } from 'i18next';
import type { Finding } from '../../../../shared/domain';
import type { FilingDetail } from '../../../../shared/ipc';
import type { FieldFindings } from '../../../components/form/findings-resolver';
import { latestRejections } from '../common/rejections';
import { fixTarget } from '../common/paths';
import type { WizardStep } from './steps';

/**
 * What main's pre-submission check (as of the last save) and the latest rejection say about the
 * fields of one step, by form field: shown under each field next to the live validators' findings.
 */
export function savedFindings(detail: FilingDetail, step: WizardStep, t: TFunction): FieldFindings {
  const out: Record<string, Finding[]> = {};
  const add = (field: string | undefined, finding: Finding) => {
    if (!field) return;
    const list = (out[field] ??= []);
    if (!list.some((f) => f.code === finding.code)) list.push(finding);
  };
  for (const f of detail.findings) {
    if (f.acknowledged || f.overridden) continue;
    const target = fixTarget(detail, f.path, f.step);
    if (target.step === step) add(target.field, { code: f.key, severity: f.severity, message: f.message });
  }
  latestRejections(detail).forEach((r, i) => {
    const target = fixTarget(detail, r.fieldPath);
    if (target.step !== step) return;
    const text = r.suggestion ? t('filing.rejected.fieldWithSuggestion', { reason: r.reason, suggestion: r.suggestion }) : t('filing.rejected.field', { reason: r.reason });
    add(target.field, { code: `rejection:${i}`, severity: 'error', message: { 'zh-CN': text, en: text } });
  });
  return out;
}

/** Two findings maps as one; a code already listed for a field is not repeated. */
export function mergeFindings(a: FieldFindings, b: FieldFindings): FieldFindings {
  const out: Record<string, Finding[]> = {};
  for (const source of [a, b]) {
    for (const [field, list] of Object.entries(source)) {
      const into = (out[field] ??= []);
      for (const f of list) if (!into.some((g) => g.code === f.code || (g.message['zh-CN'] === f.message['zh-CN'] && g.severity === f.severity))) into.push(f);
    }
  }
  return out;
}
