/**
 * Hosts the app may open in the user's browser (architecture §7): the MIIT and public-security
 * filing systems and the providers' filing consoles. Anything else is refused.
 */
export const EXTERNAL_URL_ALLOWLIST: readonly string[] = [
  'beian.miit.gov.cn',
  'beian.mps.gov.cn',
  'www.beian.gov.cn',
  'beian.aliyun.com',
  'console.cloud.tencent.com',
  'console.huaweicloud.com',
];

/**
 * True only for a plain https URL whose host is exactly on the allowlist. The URL parser decides,
 * never string prefixes, so look-alikes such as `https://beian.miit.gov.cn.evil.example` or
 * `https://beian.miit.gov.cn@evil.example` are refused, and so is any URL carrying credentials.
 */
export function isAllowedExternalUrl(raw: string, allowlist: readonly string[] = EXTERNAL_URL_ALLOWLIST): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.username === '' && url.password === '' && url.port === '' && allowlist.includes(url.hostname);
}
