import { text, type Finding } from '../finding';
import { explainIcpNumber, parseIcpNumber, serviceNumberBelongsTo, serviceSuffixLetter, type IcpServiceKind } from '../icp-number';

/**
 * A service (website/app/mini-program/quick-app) number is the entity number plus `-N` and a
 * letter telling the kind: none, A, X or K (domain-reference §5; A12, H4, O13).
 */

const KIND_LABEL: Readonly<Record<IcpServiceKind, { zh: string; en: string }>> = {
  website: { zh: '网站', en: 'website' },
  app: { zh: 'App', en: 'app' },
  'mini-program': { zh: '小程序', en: 'mini-program' },
  'quick-app': { zh: '快应用', en: 'quick app' },
};

function example(kind: IcpServiceKind): string {
  return `-1${serviceSuffixLetter(kind)}`;
}

export function checkServiceNumber(serviceNumber: string, entityNumber: string, serviceKind: IcpServiceKind): Finding[] {
  const service = explainIcpNumber(serviceNumber);
  if (service.parsed === null) return [service.finding];
  const entity = parseIcpNumber(entityNumber);
  if (entity === null || entity.serviceSeq !== undefined) {
    return [
      {
        code: 'service-number.entity-invalid',
        severity: 'error',
        message: text(
          '主体备案号无效或带有服务后缀；请先填写正确的主体备案号（如 京ICP备12345678号），再检查服务备案号。',
          'The entity number is not valid or carries a service suffix; enter the entity number first (e.g. 京ICP备12345678号), then the service number is checked against it.',
        ),
      },
    ];
  }
  const label = KIND_LABEL[serviceKind];
  const { parsed } = service;
  if (parsed.serviceSeq === undefined) {
    return [
      {
        code: 'service-number.no-suffix',
        severity: 'error',
        message: text(
          `这是主体备案号，${label.zh}备案号还应带有后缀，例如 ${parsed.entityNumber}${example(serviceKind)}。`,
          `This is an entity number; a ${label.en} number also has a suffix, e.g. ${parsed.entityNumber}${example(serviceKind)}.`,
        ),
      },
    ];
  }
  const findings: Finding[] = [];
  if (!serviceNumberBelongsTo(serviceNumber, entityNumber)) {
    findings.push({
      code: 'service-number.other-entity',
      severity: 'error',
      message: text(
        `服务备案号 ${parsed.canonical} 不属于主体备案号 ${entity.canonical}；请核对两个号码。`,
        `The service number ${parsed.canonical} does not belong to the entity number ${entity.canonical}; check both numbers.`,
      ),
    });
  }
  if (parsed.serviceKind !== serviceKind) {
    findings.push({
      code: 'service-number.kind-mismatch',
      severity: 'error',
      message: text(
        `${label.zh}备案号的后缀应为“-数字${serviceSuffixLetter(serviceKind)}”（如 ${example(serviceKind)}），而 ${parsed.canonical} 是${KIND_LABEL[parsed.serviceKind ?? 'website'].zh}的备案号；请核对服务类型或号码。`,
        `A ${label.en} number ends in "-N${serviceSuffixLetter(serviceKind)}" (e.g. ${example(serviceKind)}), but ${parsed.canonical} is the number of ${withArticle(KIND_LABEL[parsed.serviceKind ?? 'website'].en)}; check the service type or the number.`,
      ),
    });
  }
  return findings;
}

/** 'an app', 'a website': English needs the article to match the sound. */
const withArticle = (noun: string): string => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
