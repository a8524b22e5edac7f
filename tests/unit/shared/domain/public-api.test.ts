import { describe, expect, it } from 'vitest';
import * as domain from '../../../../src/shared/domain';

describe('the public domain API (architecture §9)', () => {
  it.each([
    'checkUscc',
    'checkResidentId',
    'checkPersonCertificate',
    'checkMobile',
    'normalizeMobile',
    'checkDomain',
    'normalizeDomain',
    'registrableDomain',
    'checkHomepageUrl',
    'checkWebsiteName',
    'parseIcpNumber',
    'explainIcpNumber',
    'formatIcpNumber',
    'serviceNumberBelongsTo',
    'checkServiceNumber',
    'checkRegionCode',
    'allowedCertificateTypes',
    'provinceByAbbreviation',
    'regionByCode',
    'text',
  ])('exports the function %s', (name) => {
    expect(typeof (domain as Record<string, unknown>)[name]).toBe('function');
  });

  it('exports the tables with their sources and dates', () => {
    expect(domain.PROVINCES).toHaveLength(31);
    expect(domain.ENTITY_NATURE_IDS).toHaveLength(18);
    expect(Object.keys(domain.ORGANISATION_CERTIFICATE_TYPES).length).toBeGreaterThan(10);
    for (const data of [domain.APPROVED_TLDS_DATA, domain.MOBILE_SEGMENTS_DATA, domain.WEBSITE_NAME_WORDS_DATA, domain.PROVINCES_META, domain.REGIONS_META, domain.NATURES_META]) {
      expect(data.source.length).toBeGreaterThan(0);
      expect(data.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('parses the architecture example', () => {
    expect(domain.parseIcpNumber('京ICP备11041704号-13')?.canonical).toBe('京ICP备11041704号-13');
  });
});
