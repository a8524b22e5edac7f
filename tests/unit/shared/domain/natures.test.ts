import { describe, expect, it } from 'vitest';
import {
  allowedCertificateTypes,
  CERTIFICATE_TYPES_BY_NATURE,
  ENTITY_NATURE_IDS,
  ENTITY_NATURE_LABELS,
  EntityNature,
  isPersonCertificateType,
  NATURES_META,
  ORGANISATION_CERTIFICATE_TYPE_IDS,
  ORGANISATION_CERTIFICATE_TYPES,
  PERSON_CERTIFICATE_TYPE_IDS,
  PERSON_CERTIFICATE_TYPES,
} from '../../../../src/shared/domain/natures';

describe('entity natures and certificate types (domain-reference §4.1)', () => {
  it('has the 18 natures with zh-CN and en labels', () => {
    expect(ENTITY_NATURE_IDS).toHaveLength(18);
    expect(Object.keys(ENTITY_NATURE_LABELS).sort()).toEqual([...ENTITY_NATURE_IDS].sort());
    expect(ENTITY_NATURE_LABELS.government['zh-CN']).toBe('政府机关');
    expect(ENTITY_NATURE_LABELS.individual['zh-CN']).toBe('个人');
    expect(EntityNature.safeParse('enterprise').success).toBe(true);
    expect(EntityNature.safeParse('5').success).toBe(false);
  });

  it('lets a government agency pick only the USCC or organisation-code certificate (W3)', () => {
    expect(allowedCertificateTypes('government')).toEqual(['uscc-certificate', 'organization-code']);
  });

  it('gives individuals the personal certificates and organisations none of them', () => {
    expect(allowedCertificateTypes('individual')).toEqual([...PERSON_CERTIFICATE_TYPE_IDS]);
    for (const nature of ENTITY_NATURE_IDS.filter((n) => n !== 'individual')) {
      expect(allowedCertificateTypes(nature).some(isPersonCertificateType)).toBe(false);
    }
  });

  it('offers every nature at least one certificate type, each with labels', () => {
    for (const nature of ENTITY_NATURE_IDS) {
      const types = CERTIFICATE_TYPES_BY_NATURE[nature];
      expect(types.length).toBeGreaterThan(0);
      for (const t of types) {
        const label = isPersonCertificateType(t) ? PERSON_CERTIFICATE_TYPES[t] : ORGANISATION_CERTIFICATE_TYPES[t];
        expect(label['zh-CN']).not.toBe('');
        expect(label.en).not.toBe('');
      }
    }
    expect(Object.keys(ORGANISATION_CERTIFICATE_TYPES)).toEqual([...ORGANISATION_CERTIFICATE_TYPE_IDS]);
  });

  it('carries source keys and an as-of date', () => {
    expect(NATURES_META.source).toContain('W3');
    expect(NATURES_META.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
