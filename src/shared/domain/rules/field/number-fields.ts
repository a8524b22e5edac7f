import { explainIcpNumber } from '../../icp-number';
import { REFERENCE_AS_OF } from '../../model/reference-date';
import { checkServiceNumber } from '../../validators/service-number';
import { present, rule, text } from '../helpers';
import type { RuleHit } from '../types';

/** The entity number: `<prov>ICP备<digits>号`, a licence or B2 permit, without a service suffix (§5: A12, O10, O13). */
export const entityIcpNumber = rule({
  id: 'entity.icp-number',
  appliesTo: {},
  severity: 'error',
  step: 'entity',
  field: 'entity.icpNumber',
  source: ['§5', 'A12', 'O10', 'O13'],
  asOf: REFERENCE_AS_OF,
  message: (p) =>
    text(
      `这是网站/App 的备案号；主体备案号不带“-序号”后缀，应为 ${p.entityNumber}。`,
      `This is a website/app number; the entity number has no "-N" suffix and should read ${p.entityNumber}.`,
    ),
  check: ({ entity }): RuleHit[] => {
    const value = entity?.icpNumber;
    if (!present(value)) return [];
    const explained = explainIcpNumber(value);
    if (explained.parsed === null) {
      const f = explained.finding;
      return [{ code: f.code, severity: f.severity, message: f.message }];
    }
    return explained.parsed.serviceSeq === undefined ? [] : [{ params: { entityNumber: explained.parsed.entityNumber } }];
  },
});

/** A service number is the entity number plus `-N` and the kind's letter (§5: A12, H4, O13). */
export const serviceIcpNumber = rule({
  id: 'service.icp-number',
  appliesTo: {},
  severity: 'error',
  step: 'services',
  source: ['§5', 'A12', 'H4', 'O13', 'O26'],
  asOf: REFERENCE_AS_OF,
  message: text('服务备案号有误，请对照工信部备案系统中的记录核对。', 'The service number is wrong; check it against the MIIT record.'),
  check: ({ services, entity }) =>
    services.flatMap(({ service, path }): RuleHit[] => {
      if (!present(service.icpNumber)) return [];
      const entityNumber = entity?.icpNumber;
      const findings =
        present(entityNumber) && explainIcpNumber(entityNumber).parsed !== null
          ? checkServiceNumber(service.icpNumber, entityNumber, service.kind)
          : (() => {
              const e = explainIcpNumber(service.icpNumber);
              return e.parsed === null ? [e.finding] : [];
            })();
      return findings.map((f) => ({ path: `${path}.icpNumber`, code: f.code, severity: f.severity, message: f.message }));
    }),
});
