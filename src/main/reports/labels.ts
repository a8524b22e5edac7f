import { ENTITY_NATURE_LABELS, ORGANISATION_CERTIFICATE_TYPES, PERSON_CERTIFICATE_TYPES } from '../../shared/domain/natures';
import { FILED_STATE_LABELS, type FiledState } from '../../shared/domain/lifecycle-service';
import { FILING_STATE_LABELS } from '../../shared/domain/lifecycle-filing-text';
import type { FilingState } from '../../shared/domain/lifecycle-filing-types';
import { provider } from '../../shared/domain/model/providers';
import { OPERATIONS, type OperationId } from '../../shared/domain/operations';
import { provinceName, regionName } from '../../shared/domain/regions-names';
import { catalogs, formatMessage, type MessageValues } from '../../shared/i18n/catalogs';
import type { MessageKey } from '../../shared/i18n/zh-CN';
import type { Language } from '../../shared/ipc/schemas';

/** The words of a generated file in one language: messages from the shared catalogs and pick-list labels. */
export class ReportLabels {
  constructor(readonly language: Language) {}

  t(key: MessageKey, values?: MessageValues): string {
    return formatMessage(catalogs[this.language][key], values);
  }

  has(key: string): key is MessageKey {
    return Object.hasOwn(catalogs[this.language], key);
  }

  get separator(): string {
    return this.language === 'en' ? ', ' : '、';
  }

  /** "label：value" in Chinese, "label: value" in English. */
  pair(label: string, value: string): string {
    return this.language === 'en' ? `${label}: ${value}` : `${label}：${value}`;
  }

  yesNo(value: boolean): string {
    return this.t(value ? 'report.yes' : 'report.no');
  }

  nature(code: string): string {
    return ENTITY_NATURE_LABELS[code as keyof typeof ENTITY_NATURE_LABELS]?.[this.language] ?? code;
  }

  certificateType(code: string): string {
    const all: Record<string, { 'zh-CN': string; en: string } | undefined> = { ...ORGANISATION_CERTIFICATE_TYPES, ...PERSON_CERTIFICATE_TYPES };
    return all[code]?.[this.language] ?? code;
  }

  filedState(state: FiledState): string {
    return FILED_STATE_LABELS[state]?.[this.language] ?? state;
  }

  filingState(state: FilingState): string {
    return FILING_STATE_LABELS[state]?.[this.language] ?? state;
  }

  operation(id: OperationId): string {
    return OPERATIONS[id]?.label[this.language] ?? id;
  }

  provider(id: string): string {
    return provider(id)?.label[this.language] ?? id;
  }

  providers(ids: readonly string[]): string {
    return ids.map((id) => this.provider(id)).join(this.separator);
  }

  /** A province from its id ('BJ') or a GB/T 2260 code inside it. */
  province(value: string | undefined): string {
    return provinceName(value, this.language);
  }

  /** A prefecture from its code ('130100' → 'Shijiazhuang'); a county-level or unknown code as itself. */
  city(code: string | undefined): string {
    return regionName(code, this.language);
  }

  deadlineStatus(status: 'ok' | 'due-soon' | 'overdue'): string {
    return this.t(status === 'ok' ? 'report.deadline.ok' : status === 'due-soon' ? 'report.deadline.dueSoon' : 'report.deadline.overdue');
  }

  serviceKind(kind: string): string {
    const key = `service.kind.${kind.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase())}`;
    return this.has(key) ? this.t(key) : kind;
  }
}

/** 'YYYY-MM-DD' of an ISO instant in China time (UTC+8), where every ICP clock runs. */
export function chinaDay(iso: string | undefined): string {
  if (!iso) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD HH:mm' in China time. */
export function chinaMinute(iso: string | undefined): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}
