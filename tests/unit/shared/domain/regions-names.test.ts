import { describe, expect, it } from 'vitest';
import { REGIONS_GBT2260_DATA } from '../../../../src/shared/domain/data/regions-gbt2260';
import { citiesOf, PROVINCES } from '../../../../src/shared/domain/provinces';
import { cityName, provinceName, regionName } from '../../../../src/shared/domain/regions-names';
import { checkRegionCode } from '../../../../src/shared/domain/validators/region-code';

describe('English names of the GB/T 2260 prefectures', () => {
  const rows = Object.entries(REGIONS_GBT2260_DATA.provinces).flatMap(([province, cities]) => cities.map((row) => ({ province, row })));

  it('gives every prefecture a non-empty ASCII English name', () => {
    expect(rows).toHaveLength(342);
    for (const { row } of rows) {
      const [code, , en] = row;
      expect(en, code).toMatch(/^[A-Z][A-Za-z' -]*[a-z]$/);
      expect(en, code).not.toMatch(/[^\x20-\x7e]/);
    }
  });

  it('has no two prefectures with the same English name inside one province', () => {
    for (const p of PROVINCES) {
      const names = citiesOf(p.id)
        .map((c) => c.en)
        .filter((n) => !n.startsWith('County-level divisions'));
      expect(new Set(names).size, p.id).toBe(names.length);
    }
  });

  it.each([
    ['130100', 'Shijiazhuang'], ['430100', 'Changsha'], ['350200', 'Xiamen'], ['340300', 'Bengbu'], ['341500', "Lu'an"],
    ['331100', 'Lishui'], ['511100', 'Leshan'], ['341600', 'Bozhou'], ['510500', 'Luzhou'], ['460400', 'Danzhou'],
    ['140400', 'Changzhi'], ['610100', "Xi'an"], ['150100', 'Hohhot'], ['230100', 'Harbin'],
    ['532900', 'Dali Bai Autonomous Prefecture'], ['532800', 'Xishuangbanna Dai Autonomous Prefecture'],
    ['652800', 'Bayingolin Mongol Autonomous Prefecture'], ['653000', 'Kizilsu Kyrgyz Autonomous Prefecture'],
    ['654000', 'Ili Kazakh Autonomous Prefecture'], ['654300', 'Altay Prefecture'], ['654200', 'Tacheng Prefecture'],
    ['653100', 'Kashgar Prefecture'], ['653200', 'Hotan Prefecture'], ['632800', 'Haixi Mongol and Tibetan Autonomous Prefecture'],
    ['540200', 'Shigatse'], ['540100', 'Lhasa'], ['540400', 'Nyingchi'], ['540300', 'Qamdo'], ['540500', 'Shannan'],
    ['540600', 'Nagqu'], ['542500', 'Ngari Prefecture'], ['150700', 'Hulunbuir'], ['152500', 'Xilingol League'],
    ['150600', 'Ordos'], ['150800', 'Bayannur'], ['150900', 'Ulanqab'], ['152200', 'Hinggan League'], ['152900', 'Alxa League'],
    ['650100', 'Urumqi'], ['650400', 'Turpan'], ['650500', 'Hami'], ['650200', 'Karamay'],
    ['652300', 'Changji Hui Autonomous Prefecture'], ['652700', 'Bortala Mongol Autonomous Prefecture'], ['652900', 'Aksu Prefecture'],
    ['513300', 'Garze Tibetan Autonomous Prefecture'], ['513200', 'Ngawa Tibetan and Qiang Autonomous Prefecture'],
    ['513400', 'Liangshan Yi Autonomous Prefecture'], ['533400', 'Dechen Tibetan Autonomous Prefecture'],
    ['533300', 'Nujiang Lisu Autonomous Prefecture'], ['533100', 'Dehong Dai and Jingpo Autonomous Prefecture'],
    ['522600', 'Qiandongnan Miao and Dong Autonomous Prefecture'], ['222400', 'Yanbian Korean Autonomous Prefecture'],
    ['422800', 'Enshi Tujia and Miao Autonomous Prefecture'], ['433100', 'Xiangxi Tujia and Miao Autonomous Prefecture'],
    ['622900', 'Linxia Hui Autonomous Prefecture'], ['623000', 'Gannan Tibetan Autonomous Prefecture'],
    ['632700', 'Yushu Tibetan Autonomous Prefecture'], ['632600', 'Golog Tibetan Autonomous Prefecture'],
    ['632300', 'Huangnan Tibetan Autonomous Prefecture'], ['632200', 'Haibei Tibetan Autonomous Prefecture'],
    ['632500', 'Hainan Tibetan Autonomous Prefecture'], ['232700', "Daxing'anling Prefecture"],
    ['110100', 'City districts'], ['500100', 'City districts'], ['500200', 'Counties'],
    ['419000', 'County-level divisions under the province'], ['659000', 'County-level divisions under the autonomous region'],
  ])('names %s %s in English', (code, en) => {
    expect(regionName(code, 'en')).toBe(en);
  });

  it('names regions in Chinese in the Chinese UI, and in English in the English one', () => {
    expect(regionName('130100', 'zh-CN')).toBe('石家庄市');
    expect(regionName('130000', 'zh-CN')).toBe('河北省');
    expect(regionName('130000', 'en')).toBe(provinceName('HE', 'en'));
    expect(regionName('HE', 'zh-CN')).toBe('河北省');
    expect(cityName(citiesOf('HE')[0]!, 'en')).toBe('Shijiazhuang');
  });

  it('shows a county-level or unknown code as itself, never blank', () => {
    expect(regionName('130102', 'en')).toBe('130102');
    expect(regionName('371200', 'en')).toBe('371200');
    expect(regionName('990000', 'zh-CN')).toBe('990000');
    expect(regionName(undefined, 'en')).toBe('');
    expect(provinceName('110105', 'en')).toBe(provinceName('BJ', 'en'));
  });

  it('names the province of an unknown prefecture in the language of each message (the import’s region column)', () => {
    const [finding] = checkRegionCode('371200');
    expect(finding?.message.en).toBe('The region code 371200 is not a known prefecture of Shandong or a district under one; pick it again from the Shandong city list.');
    expect(finding?.message['zh-CN']).toContain('不是山东省已知的地级市');
    expect(checkRegionCode('990000')[0]?.message.en).toContain('not under a known province');
  });
});
