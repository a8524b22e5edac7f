import { citiesOf, type CityInfo } from '../provinces';
import { normalizeUscc } from '../validators/uscc';
import { DATA_OPERATIONS } from './context';
import { PROVINCE_RULES } from './data/province-rules';
import { present, provinceName, rule, text } from './helpers';
import type { RuleHit } from './types';

/** City names with and without 市/地区/盟, longest first, so '石家庄市' wins over its stem. */
const cityNames = (cities: readonly CityInfo[]) =>
  cities
    .filter((c) => c.name !== '市辖区' && c.name !== '县' && !c.name.includes('直辖'))
    .flatMap((c) => {
      const stem = c.name.replace(/(市|地区|盟)$/, '');
      return stem.length >= 2 && stem !== c.name ? [{ city: c, name: c.name }, { city: c, name: stem }] : [{ city: c, name: c.name }];
    })
    .sort((a, b) => b.name.length - a.name.length);

/**
 * Hebei, Henan, Guizhou: the filing (mailing) city must be the certificate's city (§4.1: T8, H9).
 * Offline we can only read the city out of the certificate address text, so a hit is a warning.
 */
export const mailingSameCity = rule({
  id: 'entity.mailing-same-city',
  appliesTo: { operations: DATA_OPERATIONS, provinces: PROVINCE_RULES.mailingSameCity.provinces },
  severity: 'warning',
  step: 'entity',
  field: 'entity.region.city',
  source: PROVINCE_RULES.mailingSameCity.source,
  asOf: PROVINCE_RULES.asOf,
  message: (p) =>
    text(
      `证件住所在${p.certCity}，而备案地域（通信地址）选了${p.filingCity}；${p.provinceZh}不允许通信地址与证件不在同一城市，请选择证件所在城市并填写该市的通信地址。`,
      `The certificate address is in ${p.certCityEn} but the filing region (mailing address) is ${p.filingCityEn}; ${p.provinceEn} does not allow a different city from the certificate, so choose the certificate's city and a mailing address there.`,
    ),
  check: ({ entity, province }): RuleHit[] => {
    const address = entity?.certificateAddress;
    const city = entity?.region?.city;
    if (!province || !present(address) || !city) return [];
    const names = cityNames(citiesOf(province));
    // The city named first is the address's city: '郑州市金水区南阳路' is in Zhengzhou, not Nanyang.
    let named: { city: CityInfo; name: string } | undefined;
    let at = Infinity;
    for (const c of names) {
      const i = address.indexOf(c.name);
      if (i >= 0 && i < at) {
        named = c;
        at = i;
      }
    }
    if (!named || named.city.code === city) return [];
    const filing = citiesOf(province).find((c) => c.code === city);
    const n = provinceName(province);
    return [
      {
        params: {
          certCity: named.name,
          certCityEn: named.city.en,
          filingCity: filing?.name ?? city,
          filingCityEn: filing?.en ?? city,
          provinceZh: n.zh,
          provinceEn: n.en,
        },
      },
    ];
  },
});

/** Shanxi, Zhejiang: individual businesses (USCC 92…, GB 32100 category table) file as enterprises (§4.1: T8, H9; §6.1 O25b). */
export const individualBusinessAsEnterprise = rule({
  id: 'entity.individual-business-nature',
  appliesTo: { operations: DATA_OPERATIONS, provinces: PROVINCE_RULES.individualBusinessAsEnterprise.provinces },
  severity: 'warning',
  step: 'entity',
  field: 'entity.nature',
  source: PROVINCE_RULES.individualBusinessAsEnterprise.source,
  asOf: PROVINCE_RULES.asOf,
  message: (p) =>
    text(
      `该代码属于个体工商户；${p.provinceZh}的个体工商户按“企业”性质备案${p.seal ? '（浙江还要求营业执照照片上加盖公章）' : ''}，请把主办单位性质改为企业。`,
      `This code belongs to an individual business (个体工商户); ${p.provinceEn} files individual businesses as enterprises${p.seal ? ' (Zhejiang also wants the seal on the licence photo)' : ''}, so set the nature to enterprise.`,
    ),
  check: ({ entity, province }) => {
    const number = entity?.certificateNumber;
    if (!province || !present(number) || entity?.nature === 'enterprise') return [];
    if (!normalizeUscc(number).startsWith('92')) return [];
    const n = provinceName(province);
    return [{ params: { provinceZh: n.zh, provinceEn: n.en, seal: province === 'ZJ' ? 1 : 0 } }];
  },
});
