import { describe, expect, it } from 'vitest';
import { APPROVED_TLDS_DATA } from '../../../../src/shared/domain/data/approved-tlds';
import { checkDomain, normalizeDomain, registrableDomain } from '../../../../src/shared/domain/validators/domain';
import { checkHomepageUrl } from '../../../../src/shared/domain/validators/homepage-url';

const codes = (value: string) => checkDomain(value).map((f) => `${f.severity}:${f.code}`);

describe('checkDomain / normalizeDomain / registrableDomain (domain-reference §6.5)', () => {
  it.each([
    ['example.com', 'example.com', 'example.com'],
    ['EXAMPLE.COM', 'example.com', 'example.com'],
    ['  www.Example.com.cn  ', 'www.example.com.cn', 'example.com.cn'],
    ['example.com.', 'example.com', 'example.com'],
    ['例子.中国', 'xn--fsqu00a.xn--fiqs8s', 'xn--fsqu00a.xn--fiqs8s'],
    ['例子。公司', 'xn--fsqu00a.xn--55qx5d', 'xn--fsqu00a.xn--55qx5d'],
    ['ｅｘａｍｐｌｅ．ｃｏｍ', 'example.com', 'example.com'],
    ['xn--fsqu00a.xn--fiqs8s', 'xn--fsqu00a.xn--fiqs8s', 'xn--fsqu00a.xn--fiqs8s'],
    ['my-site.gov.cn', 'my-site.gov.cn', 'my-site.gov.cn'],
    ['a.b.example.net', 'a.b.example.net', 'example.net'],
    ['123.top', '123.top', '123.top'],
  ])('accepts %s (normalised %s, registrable %s)', (value, normalised, registrable) => {
    expect(checkDomain(value)).toEqual([]);
    expect(normalizeDomain(value)).toBe(normalised);
    expect(registrableDomain(value)).toBe(registrable);
  });

  it.each([
    ['', 'error:domain.empty'],
    ['http://example.com', 'error:domain.not-a-host'],
    ['example.com/index.html', 'error:domain.not-a-host'],
    ['example.com:8080', 'error:domain.not-a-host'],
    ['user@example.com', 'error:domain.not-a-host'],
    ['exa mple.com', 'error:domain.not-a-host'],
    ['localhost', 'error:domain.syntax'],
    ['-example.com', 'error:domain.syntax'],
    ['example-.com', 'error:domain.syntax'],
    ['exa_mple.com', 'error:domain.syntax'],
    ['example..com', 'error:domain.syntax'],
    ['xn--zz.com', 'error:domain.syntax'],
    [`${'a'.repeat(64)}.com`, 'error:domain.syntax'],
    ['example.123', 'error:domain.syntax'],
    ['1.2.3.4', 'error:domain.is-ip'],
    ['[::1]', 'error:domain.is-ip'],
    ['com.cn', 'error:domain.public-suffix'],
    ['gov.cn', 'error:domain.public-suffix'],
    ['example.io', 'warning:domain.tld-not-approved'],
    ['example.me', 'warning:domain.tld-not-approved'],
    ['example.hk', 'warning:domain.tld-not-approved'],
    ['example.unknowntld', 'warning:domain.tld-not-approved'],
  ])('flags %s with %s', (value, expected) => {
    expect(codes(value)).toEqual([expected]);
  });

  it('normalises nothing that is not a domain', () => {
    expect(normalizeDomain('http://example.com')).toBeNull();
    expect(registrableDomain('com.cn')).toBeNull();
    expect(registrableDomain('')).toBeNull();
  });

  it('names the unapproved suffix, in its Chinese form when it has one, and the list date', () => {
    const [finding] = checkDomain('example.io');
    expect(finding?.message.en).toContain('.io');
    expect(finding?.message.en).toContain(APPROVED_TLDS_DATA.asOf);
  });

  it('ships IDN suffixes whose ASCII form is what the URL parser produces', () => {
    for (const tld of APPROVED_TLDS_DATA.tlds) {
      if (typeof tld === 'string') continue;
      expect(new URL(`http://a.${tld.display}`).hostname).toBe(`a.${tld.ascii}`);
    }
  });

  it('carries source keys and an as-of date', () => {
    expect(APPROVED_TLDS_DATA.source.length).toBeGreaterThan(0);
    expect(APPROVED_TLDS_DATA.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('checkHomepageUrl (domain-reference §4.2: homepage under the filed domain)', () => {
  const hcodes = (url: string, domain: string) => checkHomepageUrl(url, domain).map((f) => `${f.severity}:${f.code}`);

  it.each([
    ['https://example.com/', 'example.com'],
    ['http://www.example.com/index.html', 'example.com'],
    ['www.example.com', 'example.com'],
    ['WWW.EXAMPLE.COM:8080/a?b=c#d', 'Example.com'],
    ['https://www.例子.中国/', '例子.中国'],
    ['https://shop.example.com.cn', 'example.com.cn'],
  ])('accepts %s under %s', (url, domain) => {
    expect(checkHomepageUrl(url, domain)).toEqual([]);
  });

  it.each([
    ['', 'example.com', 'error:homepage-url.empty'],
    ['https://example.com', 'not a domain', 'error:homepage-url.domain-invalid'],
    ['ftp://example.com', 'example.com', 'error:homepage-url.scheme'],
    ['https://user:pw@example.com', 'example.com', 'error:homepage-url.credentials'],
    ['https://example.org', 'example.com', 'error:homepage-url.outside-domain'],
    ['https://badexample.com', 'example.com', 'error:homepage-url.outside-domain'],
    ['https://example.com.evil.cn', 'example.com', 'error:homepage-url.outside-domain'],
    ['https://www.example.com', 'shop.example.com', 'error:homepage-url.outside-domain'],
    ['http://exa mple.com', 'example.com', 'error:homepage-url.syntax'],
  ])('flags %s for %s with %s', (url, domain, expected) => {
    expect(hcodes(url, domain)).toEqual([expected]);
  });
});
