import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../../../src/main/security/external-urls';

describe('links opened in the system browser', () => {
  it.each(['https://beian.miit.gov.cn/', 'https://beian.miit.gov.cn/#/Integrated/index', 'https://beian.mps.gov.cn/', 'https://console.huaweicloud.com/beian/'])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['look-alike suffix', 'https://beian.miit.gov.cn.evil.example/'],
    ['userinfo trick', 'https://beian.miit.gov.cn@evil.example/'],
    ['credentials on an allowed host', 'https://user:pw@beian.miit.gov.cn/'],
    ['plain http', 'http://beian.miit.gov.cn/'],
    ['other port', 'https://beian.miit.gov.cn:8443/'],
    ['javascript scheme', 'javascript:alert(1)'],
    ['file scheme', 'file:///etc/passwd'],
    ['unlisted host', 'https://evil.example/?next=https://beian.miit.gov.cn/'],
    ['subdomain of an allowed host', 'https://x.beian.miit.gov.cn/'],
    ['not a URL', 'beian.miit.gov.cn'],
  ])('refuses a %s', (_name, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});
