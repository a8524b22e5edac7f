import { z } from 'zod';
import { text, type LocalizedText } from '../../../shared/domain/finding';
import { contentCategories } from '../../../shared/domain/model/content-categories';
import { LONG_TERM } from '../../../shared/domain/model/person';
import {
  allowedCertificateTypes,
  ENTITY_NATURE_LABELS,
  ORGANISATION_CERTIFICATE_TYPES,
  PERSON_CERTIFICATE_TYPES,
  type CertificateType,
  type EntityNature,
  type PersonCertificateType,
} from '../../../shared/domain/natures';
import { checkRegionCode } from '../../../shared/domain/validators/region-code';
import type { ImportField, ImportMapping } from '../../../shared/ipc/import-schemas';
import { fieldDef } from './fields';
import { normalizeHeader } from './mapping';

/** A problem found while reading one cell (before the domain checks). */
export interface FieldProblem {
  field: ImportField;
  message: LocalizedText;
}

/** A row's values by field, as typed, and what reading them turned up. */
export interface ConvertedRow {
  /** The raw shapes of the portfolio inputs; the schemas and validators decide (validate-rows). */
  entity: Record<string, unknown>;
  leader: Record<string, unknown>;
  website?: Record<string, unknown>;
  problems: FieldProblem[];
}

/** A label matches when it reads the same as normalizeHeader reads headers: 营业执照 finds 营业执照（个人或企业）. */
function byLabel<T extends string>(labels: Readonly<Record<T, LocalizedText>>): (value: string) => T | undefined {
  const map = new Map<string, T>();
  for (const [id, label] of Object.entries(labels) as [T, LocalizedText][]) {
    for (const key of [id, label['zh-CN'], label.en]) map.set(normalizeHeader(key), id);
  }
  return (value) => map.get(normalizeHeader(value));
}

const natureOf = byLabel(ENTITY_NATURE_LABELS);
const certificateTypeOf = byLabel<CertificateType>({ ...ORGANISATION_CERTIFICATE_TYPES, ...PERSON_CERTIFICATE_TYPES });
const personCertificateTypeOf = byLabel<PersonCertificateType>(PERSON_CERTIFICATE_TYPES);
const contentOf = byLabel(Object.fromEntries(contentCategories.items.map((i) => [i.code, i.label])) as Record<string, LocalizedText>);

const LONG_TERM_WORDS = new Set(['长期', '永久', '长期有效', 'longterm', 'permanent'].map(normalizeHeader));

/** Excel's day 0 is 1899-12-30 (it counts 1900 as a leap year). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A calendar date as written in spreadsheets: 2015-01-01, 2015/1/1, 2015.1.1, 2015年1月1日, 20150101, or an Excel day number. */
export function readDate(value: string): string | undefined {
  const v = value.trim();
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(v) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (!m && /^\d{5}$/.test(v)) {
    const d = new Date(EXCEL_EPOCH_MS + Number(v) * 86_400_000);
    m = /^(\d{4})-(\d{2})-(\d{2})/.exec(d.toISOString());
  }
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}`;
  return z.iso.date().safeParse(iso).success ? iso : undefined;
}

const requiredMessage = (field: ImportField): LocalizedText => {
  const label = fieldDef(field).label;
  return text(`请填写“${label['zh-CN']}”。`, `Enter the ${label.en.toLowerCase()}.`);
};

const unknownValue = (field: ImportField, value: string, options: string): LocalizedText => {
  const label = fieldDef(field).label;
  return text(`无法识别的${label['zh-CN']}“${value}”。可填写：${options}。`, `"${value}" is not a known ${label.en.toLowerCase()}. Use one of: ${options}.`);
};

/**
 * One row's cells turned into the shapes of the portfolio inputs (EntityInput, PersonInput, a
 * website ServiceInput): labels become ids, dates become ISO dates, empty optional cells take their
 * documented defaults. It decides nothing about validity beyond reading: the schemas and the
 * portfolio validators do that (validate-rows).
 */
export function convertRow(cells: readonly string[], mapping: ImportMapping): ConvertedRow {
  const values = new Map<ImportField, string>();
  mapping.forEach((field, i) => {
    if (field) values.set(field, (cells[i] ?? '').trim());
  });
  const get = (field: ImportField) => values.get(field) ?? '';
  const problems: FieldProblem[] = [];
  const required = (field: ImportField): string => {
    const v = get(field);
    if (v === '') problems.push({ field, message: requiredMessage(field) });
    return v;
  };

  // ---- entity
  const natureText = required('entity.nature');
  const nature: EntityNature | undefined = natureText ? natureOf(natureText) : undefined;
  if (natureText && !nature) problems.push({ field: 'entity.nature', message: unknownValue('entity.nature', natureText, '企业、个人、事业单位、政府机关、社会团体…') });
  const typeText = get('entity.certificateType');
  let certificateType: CertificateType | undefined = typeText ? certificateTypeOf(typeText) : nature ? allowedCertificateTypes(nature)[0] : undefined;
  if (typeText && !certificateType) {
    problems.push({ field: 'entity.certificateType', message: unknownValue('entity.certificateType', typeText, '营业执照、统一社会信用代码证书、居民身份证…') });
    certificateType = undefined;
  }
  const regionText = required('entity.region');
  let region: Record<string, string> | undefined;
  if (regionText) {
    const finding = checkRegionCode(regionText)[0];
    if (finding) problems.push({ field: 'entity.region', message: finding.message });
    else region = { province: `${regionText.slice(0, 2)}0000`, city: `${regionText.slice(0, 4)}00`, district: regionText };
  }
  const certificateAddress = required('entity.certificateAddress');
  const entity: Record<string, unknown> = {
    nature,
    certificateType,
    certificateNumber: required('entity.certificateNumber'),
    name: required('entity.name'),
    region,
    certificateAddress,
    mailingAddress: get('entity.mailingAddress') || certificateAddress,
    overrides: [],
    ...(get('entity.icpNumber') ? { icpNumber: get('entity.icpNumber') } : {}),
  };

  // ---- leader
  const leaderTypeText = get('leader.certificateType');
  const leaderType = leaderTypeText ? personCertificateTypeOf(leaderTypeText) : 'resident-id';
  if (!leaderType) problems.push({ field: 'leader.certificateType', message: unknownValue('leader.certificateType', leaderTypeText, '居民身份证、护照、港澳居民来往内地通行证…') });
  const date = (field: ImportField, allowLongTerm: boolean): string | undefined => {
    const v = required(field);
    if (!v) return undefined;
    if (allowLongTerm && LONG_TERM_WORDS.has(normalizeHeader(v))) return LONG_TERM;
    const iso = readDate(v);
    if (!iso) {
      problems.push({
        field,
        message: text(`日期“${v}”无法识别，请写成 2015-01-01${allowLongTerm ? '，或“长期”' : ''}。`, `The date "${v}" is not recognised; write it as 2015-01-01${allowLongTerm ? ', or 长期 for long-term' : ''}.`),
      });
    }
    return iso;
  };
  const email = required('leader.email');
  if (email && !z.email().safeParse(email).success) problems.push({ field: 'leader.email', message: text(`邮箱“${email}”格式不正确，请核对。`, `The email "${email}" is not a valid address; check it.`) });
  const leader: Record<string, unknown> = {
    name: required('leader.name'),
    certificateType: leaderType,
    certificateNumber: required('leader.certificateNumber'),
    certificateValidFrom: date('leader.certificateValidFrom', false),
    certificateValidUntil: date('leader.certificateValidUntil', true),
    mobile: required('leader.mobile'),
    emergencyPhone: required('leader.emergencyPhone'),
    email,
  };

  // ---- the optional website: any of its cells filled means the row has one
  const websiteFields: ImportField[] = ['website.name', 'website.domain', 'website.homepageUrl', 'website.icpNumber', 'website.contentCategory'];
  if (!websiteFields.some((f) => get(f) !== '')) return { entity, leader, problems };
  const domain = required('website.domain');
  const contentText = get('website.contentCategory');
  const content = contentText ? contentOf(contentText) : 'other';
  if (!content) problems.push({ field: 'website.contentCategory', message: unknownValue('website.contentCategory', contentText, '单位门户网站、博客/个人空间、网络购物、其他…') });
  const website: Record<string, unknown> = {
    kind: 'website',
    name: required('website.name'),
    domain,
    homepageUrl: get('website.homepageUrl') || (domain ? `https://${domain}/` : ''),
    contentCategories: content ? [content] : [],
    languages: ['zh-Hans'],
    preApprovals: [],
    ...(get('website.icpNumber') ? { icpNumber: get('website.icpNumber') } : {}),
  };
  return { entity, leader, website, problems };
}
