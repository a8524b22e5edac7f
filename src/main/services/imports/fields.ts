import { text } from '../../../shared/domain/finding';
import type { ImportField, ImportFieldInfo } from '../../../shared/ipc/import-schemas';

interface FieldDef extends ImportFieldInfo {
  /** Other headers that mean this field (the app's own entities export, common spellings). */
  aliases: readonly string[];
}

const f = (
  field: ImportField,
  group: ImportFieldInfo['group'],
  zh: string,
  en: string,
  required: boolean,
  format: [string, string],
  example: string,
  aliases: readonly string[] = [],
): FieldDef => ({ field, group, label: text(zh, en), required, format: text(...format), example, aliases });

/**
 * The columns an import understands, in template order. Labels are the template's headers; the
 * aliases let the entities export of this app (名称, 主体性质, 证件号码, 备案号) and the usual
 * spellings map themselves. The example row is valid data: the template imports as it is.
 */
export const FIELD_DEFS: readonly FieldDef[] = [
  f('entity.name', 'entity', '主体名称', 'Entity name', true, ['与证件上的名称完全一致', 'Exactly as on the certificate'], '北京示例科技有限公司', ['名称', '单位名称', '主办单位名称', '客户名称', 'name', 'company', 'company name']),
  f('entity.nature', 'entity', '主体性质', 'Entity nature', true, ['企业、个人、事业单位等', 'Enterprise, Individual, Public institution, …'], '企业', ['单位性质', '主办单位性质', 'nature']),
  f('entity.certificateType', 'entity', '证件类型', 'Certificate type', false, ['可留空：按主体性质取最常用的证件', 'May be empty: the usual certificate of the nature'], '营业执照（个人或企业）', ['主体证件类型', 'entity certificate type']),
  f('entity.certificateNumber', 'entity', '证件号码', 'Certificate number', true, ['统一社会信用代码或个人证件号码', 'Unified social credit code, or the personal certificate number'], '91110000MA0000001L', ['主体证件号码', '统一社会信用代码', 'uscc', 'certificate no']),
  f('entity.region', 'entity', '备案地域代码', 'Region code', true, ['区县的6位行政区划代码，如 110105', 'The district\u2019s 6-digit GB/T 2260 code, e.g. 110105'], '110105', ['行政区划代码', '区县代码', '地域代码', 'region', 'district code']),
  f('entity.certificateAddress', 'entity', '证件住所', 'Certificate address', true, ['与证件上的地址一致', 'As on the certificate'], '北京市朝阳区示例路1号', ['证件地址', '注册地址', '住所', 'address', 'registered address']),
  f('entity.mailingAddress', 'entity', '通信地址', 'Mailing address', false, ['可留空：同证件住所', 'May be empty: same as the certificate address'], '北京市朝阳区示例路1号2层', ['通讯地址', 'mailing address']),
  f('entity.icpNumber', 'entity', '主体备案号', 'Entity ICP number', false, ['已备案时填写，如 京ICP备2024000001号', 'When already filed, e.g. 京ICP备2024000001号'], '', ['备案号', 'icp备案号', '主体icp备案号', 'icp number', 'icp no']),
  f('leader.name', 'leader', '负责人姓名', 'Leader name', true, ['主体负责人', 'The entity\u2019s leader'], '张三', ['负责人', '主体负责人', 'leader', 'contact name']),
  f('leader.certificateType', 'leader', '负责人证件类型', 'Leader certificate type', false, ['可留空：居民身份证', 'May be empty: resident identity card'], '居民身份证', ['leader id type']),
  f('leader.certificateNumber', 'leader', '负责人证件号码', 'Leader certificate number', true, ['18位居民身份证号码等', '18-character resident ID, etc.'], '110000199001010005', ['负责人身份证号', '身份证号码', '身份证号', 'leader id number', 'id number']),
  f('leader.certificateValidFrom', 'leader', '证件有效期起', 'Certificate valid from', true, ['YYYY-MM-DD', 'YYYY-MM-DD'], '2015-01-01', ['有效期起', '有效期开始', 'valid from']),
  f('leader.certificateValidUntil', 'leader', '证件有效期止', 'Certificate valid until', true, ['YYYY-MM-DD，或“长期”', 'YYYY-MM-DD, or 长期 / long-term'], '长期', ['有效期止', '有效期至', '有效期截止', 'valid until']),
  f('leader.mobile', 'leader', '负责人手机', 'Leader mobile', true, ['11位手机号码', '11-digit mobile number'], '13800138000', ['手机', '手机号码', '联系电话', 'mobile', 'phone']),
  f('leader.emergencyPhone', 'leader', '应急电话', 'Emergency phone', true, ['与手机号码不同的号码', 'A number other than the mobile'], '13700137000', ['应急联系电话', 'emergency contact']),
  f('leader.email', 'leader', '负责人邮箱', 'Leader email', true, ['电子邮箱', 'Email address'], 'zhangsan@example.com', ['邮箱', '电子邮箱', 'email', 'e-mail']),
  f('website.name', 'website', '网站名称', 'Website name', false, ['有网站时填写', 'When the client has a website'], '示例科技门户', ['website']),
  f('website.domain', 'website', '网站域名', 'Website domain', false, ['一个网站一个域名，如 example.cn', 'One domain per website, e.g. example.cn'], 'icpdesk-demo.cn', ['域名', 'domain']),
  f('website.homepageUrl', 'website', '首页地址', 'Homepage URL', false, ['可留空：https://域名/', 'May be empty: https://domain/'], 'https://www.icpdesk-demo.cn/', ['首页网址', '网站首页', 'homepage', 'url']),
  f('website.icpNumber', 'website', '网站备案号', 'Website ICP number', false, ['已备案时填写，如 京ICP备2024000001号-1', 'When already filed, e.g. 京ICP备2024000001号-1'], '', ['网站icp备案号', 'website icp number']),
  f('website.contentCategory', 'website', '网站服务内容', 'Website content', false, ['可留空：其他', 'May be empty: Other'], '单位门户网站', ['服务内容', 'content']),
];

const byField = new Map<ImportField, FieldDef>(FIELD_DEFS.map((d) => [d.field, d]));

export function fieldDef(field: ImportField): FieldDef {
  const def = byField.get(field);
  if (!def) throw new Error(`unknown import field ${field}`);
  return def;
}

/** The field list the preview carries (the renderer labels its pick-lists with it). */
export const fieldInfos = (): ImportFieldInfo[] => FIELD_DEFS.map(({ aliases: _aliases, ...info }) => info);

export const REQUIRED_FIELDS: readonly ImportField[] = FIELD_DEFS.filter((d) => d.required).map((d) => d.field);
