import { REFERENCE_AS_OF } from '../../model/reference-date';
import { allowedCertificateTypes, CERTIFICATE_TYPES_BY_NATURE, isPersonCertificateType } from '../../natures';
import { checkPersonCertificate } from '../../validators/person-certificate';
import { checkRegionCode } from '../../validators/region-code';
import { certificateShowsUscc } from '../../validators/entity-certificate';
import { checkUscc } from '../../validators/uscc';
import { hitsOf, present, rule, text } from '../helpers';
import type { RuleHit } from '../types';

/** GB 32100 checksum and shape (§6.1). The checksum may be overridden with a note: Fujian codes fail it (O21). */
export const entityUscc = rule({
  id: 'entity.certificate.uscc',
  appliesTo: {},
  severity: 'error',
  step: 'entity',
  field: 'entity.certificateNumber',
  overridable: true,
  source: ['§6.1', 'O19', 'O20', 'O21'],
  asOf: REFERENCE_AS_OF,
  message: text('统一社会信用代码有误，请对照证书核对。', 'The unified social credit code is wrong; compare it with the certificate.'),
  check: ({ entity }) => {
    const number = entity?.certificateNumber;
    if (!entity || entity.nature === 'individual' || !present(number) || !certificateShowsUscc(entity.certificateType, number)) return [];
    return hitsOf(checkUscc(number), 'entity.certificateNumber').map((h) => ({ ...h, overridable: h.code === 'uscc.checksum' }));
  },
});

/** An individual's entity certificate is a personal certificate (§4.1, W3, A21; §6.2 for the resident ID). */
export const entityPersonCertificate = rule({
  id: 'entity.certificate.person',
  appliesTo: { natures: ['individual'] },
  severity: 'error',
  step: 'entity',
  field: 'entity.certificateNumber',
  source: ['§4.1', '§6.2', 'W3', 'A21'],
  asOf: REFERENCE_AS_OF,
  message: text('证件号码有误，请对照证件核对。', 'The certificate number is wrong; compare it with the document.'),
  check: ({ entity, now }) => {
    const type = entity?.certificateType;
    const number = entity?.certificateNumber;
    if (!type || !isPersonCertificateType(type) || !present(number)) return [];
    return hitsOf(checkPersonCertificate(type, number, now), 'entity.certificateNumber');
  },
});

/** Certificate types depend on the nature (§4.1, W3); the same table the entity schema enforces. */
export const entityCertificateType = rule({
  id: 'entity.certificate.type-for-nature',
  appliesTo: {},
  severity: 'error',
  step: 'entity',
  field: 'entity.certificateType',
  source: ['§4.1', 'W3', 'O25', 'A21'],
  asOf: REFERENCE_AS_OF,
  message: text(
    '所选证件类型不适用于该主办单位性质；请按单位性质重新选择证件类型（如政府机关只能选统一社会信用代码证书或组织机构代码证）。',
    'This certificate type is not offered for the chosen nature; pick a certificate type that fits it (a government agency, for example, only has the USCC certificate or the organization code certificate).',
  ),
  check: ({ entity }) => {
    if (!entity?.nature || !entity.certificateType) return [];
    return allowedCertificateTypes(entity.nature).includes(entity.certificateType) ? [] : [{ params: { allowed: CERTIFICATE_TYPES_BY_NATURE[entity.nature].join(', ') } }];
  },
});

/** 备案地域 as GB/T 2260 codes, each inside the one above (§4.1, W5). */
export const entityRegion = rule({
  id: 'entity.region',
  appliesTo: {},
  severity: 'error',
  step: 'entity',
  field: 'entity.region',
  source: ['§4.1', 'W5', 'A7'],
  asOf: REFERENCE_AS_OF,
  message: text('备案地域的市不在所选省内，或区县不在所选市内；请从列表中重新选择省、市、区县。', 'The city is not in the chosen province, or the district not in the chosen city; pick province, city and district again from the list.'),
  check: ({ entity }) => {
    const region = entity?.region;
    if (!region) return [];
    const hits: RuleHit[] = [];
    for (const part of ['province', 'city', 'district'] as const) {
      const code = region[part];
      if (present(code)) hits.push(...hitsOf(checkRegionCode(code), `entity.region.${part}`));
    }
    if (hits.length > 0) return hits;
    const { province, city, district } = region;
    if (province && !province.endsWith('0000')) hits.push({ path: 'entity.region.province' });
    if (province && city && city.slice(0, 2) !== province.slice(0, 2)) hits.push({ path: 'entity.region.city' });
    if (city && district && district.slice(0, 4) !== city.slice(0, 4)) hits.push({ path: 'entity.region.district' });
    return hits;
  },
});
