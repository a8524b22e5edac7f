/**
 * The 31 provincial-level units of the Chinese mainland that run an ICP filing administration (管局).
 * Hong Kong, Macao and Taiwan are not in the MIIT filing system (domain-reference §5.1).
 *
 * - `id`: ISO 3166-2:CN subdivision code without the `CN-` prefix (stable, ASCII).
 * - `gbCode`: GB/T 2260 province code (domain-reference §4.1: address codes are GB/T 2260, W5).
 * - `abbreviations`: the one-character 简称 that appear in ICP numbers; the first is the usual one.
 *   Both 川/蜀, 甘/陇 and 黔/贵 are seen in published footers; which form the 管局 issues today is
 *   unconfirmed, so both are accepted (domain-reference §5.1, O-prov). Yunnan uses 滇, not 云.
 */
export const PROVINCES_DATA = {
  source: ['O-prov', 'W5', 'A12'],
  asOf: '2026-11-28',
  note:
    'Abbreviations as in domain-reference §5.1 (both forms of 川/蜀, 甘/陇, 黔/贵 accepted; which one the 管局 issues today is unconfirmed). GB/T 2260 province codes.',
  provinces: [
    { id: 'BJ', gbCode: '110000', zh: '北京市', zhShort: '北京', en: 'Beijing', level: 'municipality', abbreviations: ['京'] },
    { id: 'TJ', gbCode: '120000', zh: '天津市', zhShort: '天津', en: 'Tianjin', level: 'municipality', abbreviations: ['津'] },
    { id: 'HE', gbCode: '130000', zh: '河北省', zhShort: '河北', en: 'Hebei', level: 'province', abbreviations: ['冀'] },
    { id: 'SX', gbCode: '140000', zh: '山西省', zhShort: '山西', en: 'Shanxi', level: 'province', abbreviations: ['晋'] },
    { id: 'NM', gbCode: '150000', zh: '内蒙古自治区', zhShort: '内蒙古', en: 'Inner Mongolia', level: 'autonomous-region', abbreviations: ['蒙'] },
    { id: 'LN', gbCode: '210000', zh: '辽宁省', zhShort: '辽宁', en: 'Liaoning', level: 'province', abbreviations: ['辽'] },
    { id: 'JL', gbCode: '220000', zh: '吉林省', zhShort: '吉林', en: 'Jilin', level: 'province', abbreviations: ['吉'] },
    { id: 'HL', gbCode: '230000', zh: '黑龙江省', zhShort: '黑龙江', en: 'Heilongjiang', level: 'province', abbreviations: ['黑'] },
    { id: 'SH', gbCode: '310000', zh: '上海市', zhShort: '上海', en: 'Shanghai', level: 'municipality', abbreviations: ['沪'] },
    { id: 'JS', gbCode: '320000', zh: '江苏省', zhShort: '江苏', en: 'Jiangsu', level: 'province', abbreviations: ['苏'] },
    { id: 'ZJ', gbCode: '330000', zh: '浙江省', zhShort: '浙江', en: 'Zhejiang', level: 'province', abbreviations: ['浙'] },
    { id: 'AH', gbCode: '340000', zh: '安徽省', zhShort: '安徽', en: 'Anhui', level: 'province', abbreviations: ['皖'] },
    { id: 'FJ', gbCode: '350000', zh: '福建省', zhShort: '福建', en: 'Fujian', level: 'province', abbreviations: ['闽'] },
    { id: 'JX', gbCode: '360000', zh: '江西省', zhShort: '江西', en: 'Jiangxi', level: 'province', abbreviations: ['赣'] },
    { id: 'SD', gbCode: '370000', zh: '山东省', zhShort: '山东', en: 'Shandong', level: 'province', abbreviations: ['鲁'] },
    { id: 'HA', gbCode: '410000', zh: '河南省', zhShort: '河南', en: 'Henan', level: 'province', abbreviations: ['豫'] },
    { id: 'HB', gbCode: '420000', zh: '湖北省', zhShort: '湖北', en: 'Hubei', level: 'province', abbreviations: ['鄂'] },
    { id: 'HN', gbCode: '430000', zh: '湖南省', zhShort: '湖南', en: 'Hunan', level: 'province', abbreviations: ['湘'] },
    { id: 'GD', gbCode: '440000', zh: '广东省', zhShort: '广东', en: 'Guangdong', level: 'province', abbreviations: ['粤'] },
    { id: 'GX', gbCode: '450000', zh: '广西壮族自治区', zhShort: '广西', en: 'Guangxi', level: 'autonomous-region', abbreviations: ['桂'] },
    { id: 'HI', gbCode: '460000', zh: '海南省', zhShort: '海南', en: 'Hainan', level: 'province', abbreviations: ['琼'] },
    { id: 'CQ', gbCode: '500000', zh: '重庆市', zhShort: '重庆', en: 'Chongqing', level: 'municipality', abbreviations: ['渝'] },
    { id: 'SC', gbCode: '510000', zh: '四川省', zhShort: '四川', en: 'Sichuan', level: 'province', abbreviations: ['川', '蜀'] },
    { id: 'GZ', gbCode: '520000', zh: '贵州省', zhShort: '贵州', en: 'Guizhou', level: 'province', abbreviations: ['黔', '贵'] },
    { id: 'YN', gbCode: '530000', zh: '云南省', zhShort: '云南', en: 'Yunnan', level: 'province', abbreviations: ['滇'] },
    { id: 'XZ', gbCode: '540000', zh: '西藏自治区', zhShort: '西藏', en: 'Tibet (Xizang)', level: 'autonomous-region', abbreviations: ['藏'] },
    { id: 'SN', gbCode: '610000', zh: '陕西省', zhShort: '陕西', en: 'Shaanxi', level: 'province', abbreviations: ['陕'] },
    { id: 'GS', gbCode: '620000', zh: '甘肃省', zhShort: '甘肃', en: 'Gansu', level: 'province', abbreviations: ['甘', '陇'] },
    { id: 'QH', gbCode: '630000', zh: '青海省', zhShort: '青海', en: 'Qinghai', level: 'province', abbreviations: ['青'] },
    { id: 'NX', gbCode: '640000', zh: '宁夏回族自治区', zhShort: '宁夏', en: 'Ningxia', level: 'autonomous-region', abbreviations: ['宁'] },
    { id: 'XJ', gbCode: '650000', zh: '新疆维吾尔自治区', zhShort: '新疆', en: 'Xinjiang', level: 'autonomous-region', abbreviations: ['新'] },
  ],
} as const;
