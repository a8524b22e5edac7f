import { useMemo } from 'react';
import {
  accessMethods,
  contentCategories,
  ENTITY_NATURE_LABELS,
  FILED_MARKER_LABELS,
  FILED_STATE_LABELS,
  FILING_STATE_LABELS,
  OPERATIONS,
  isPersonCertificateType,
  languages,
  ORGANISATION_CERTIFICATE_TYPES,
  PERSON_CERTIFICATE_TYPES,
  preApprovalCategories,
  provider,
  provinceByGbCode,
  provinceById,
  provinceName as provinceNameIn,
  regionName,
  type CatalogItem,
  type LocalizedText,
  type ProvinceInfo,
} from '../../../shared/domain';
import { useAppState } from '../../app/useAppState';

const labelIn = (items: readonly CatalogItem[]) => {
  const map = new Map(items.map((item) => [item.code, item.label]));
  return (code: string): LocalizedText | undefined => map.get(code);
};
const contentCategoryLabel = labelIn(contentCategories.items);
const languageLabel = labelIn(languages.items);
const preApprovalLabel = labelIn(preApprovalCategories.items);
const accessMethodLabel = labelIn(accessMethods.items);

/** A province from either its id ('BJ') or any GB/T 2260 code inside it ('110105'). */
export const provinceOf = (value: string | undefined): ProvinceInfo | undefined =>
  value === undefined ? undefined : /^\d{6}$/.test(value) ? provinceByGbCode(value) : provinceById(value);

/**
 * Labels of the shared pick-lists in the UI language. Unknown codes show as themselves, so a
 * value from a newer data table is still visible rather than blank.
 */
export function useLabels() {
  const { language } = useAppState();
  return useMemo(() => {
    const pick = (text: LocalizedText | undefined, fallback: string) => (text ? text[language] : fallback);
    const provinceName = (value: string | undefined) => provinceNameIn(value, language);
    const provinceShort = (value: string | undefined) => {
      const info = provinceOf(value);
      if (!info) return value ?? '';
      return language === 'en' ? info.en : info.zhShort;
    };
    return {
      language,
      /** Between items of a short list: 、 in Chinese, a comma in English. */
      listSeparator: language === 'en' ? ', ' : '、',
      provinceShort,
      nature: (code: string) => pick((ENTITY_NATURE_LABELS as Record<string, LocalizedText>)[code], code),
      certificateType: (code: string) =>
        pick(isPersonCertificateType(code) ? PERSON_CERTIFICATE_TYPES[code] : (ORGANISATION_CERTIFICATE_TYPES as Record<string, LocalizedText>)[code], code),
      state: (code: string) => pick((FILED_STATE_LABELS as Record<string, LocalizedText>)[code], code),
      marker: (code: string) => pick((FILED_MARKER_LABELS as Record<string, LocalizedText>)[code], code),
      filingState: (code: string) => pick((FILING_STATE_LABELS as Record<string, LocalizedText>)[code], code),
      operation: (code: string) => pick((OPERATIONS as Record<string, { label: LocalizedText } | undefined>)[code]?.label, code),
      provider: (code: string) => pick(provider(code)?.label, code),
      providerCodeName: (code: string | undefined) => (code ? provider(code)?.codeName : undefined),
      contentCategory: (code: string) => pick(contentCategoryLabel(code), code),
      serviceLanguage: (code: string) => pick(languageLabel(code), code),
      preApproval: (code: string) => pick(preApprovalLabel(code), code),
      accessMethod: (code: string) => pick(accessMethodLabel(code), code),
      provinceName,
      /** '北京市 / 市辖区 / 110105' — region names where the table has them, the code otherwise. */
      region: (region: { province?: string; city?: string; district?: string } | undefined) => {
        if (!region) return '';
        const parts = [provinceName(region.province)];
        if (region.city) parts.push(regionName(region.city, language));
        if (region.district) parts.push(region.district);
        return parts.filter(Boolean).join(' / ');
      },
      text: (value: LocalizedText) => value[language],
    };
  }, [language]);
}

export type Labels = ReturnType<typeof useLabels>;
