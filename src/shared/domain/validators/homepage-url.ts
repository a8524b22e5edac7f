import { text, type Finding } from '../finding';
import { normalizeDomain } from './domain';

/**
 * The homepage URL of a filed website must be under the filed domain (domain-reference §4.2;
 * H1, T8). The domain itself or any of its subdomains qualifies; the scheme must be http(s).
 */
export function checkHomepageUrl(url: string, domain: string): Finding[] {
  const raw = url.trim();
  if (raw === '') {
    return [{ code: 'homepage-url.empty', severity: 'error', message: text('请填写网站首页网址。', 'Enter the website’s homepage URL.') }];
  }
  const filed = normalizeDomain(domain);
  if (filed === null) {
    return [
      {
        code: 'homepage-url.domain-invalid',
        severity: 'error',
        message: text('请先填写有效的网站域名，再检查首页网址。', 'Enter a valid website domain first; the homepage URL is checked against it.'),
      },
    ];
  }
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`;
  let parsed: URL;
  try {
    parsed = new URL(withScheme);
  } catch {
    return [
      {
        code: 'homepage-url.syntax',
        severity: 'error',
        message: text('首页网址格式不正确，请填写如 www.example.com 或 https://www.example.com/ 的网址。', 'The homepage URL is not valid; enter something like www.example.com or https://www.example.com/.'),
      },
    ];
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return [
      {
        code: 'homepage-url.scheme',
        severity: 'error',
        message: text('首页网址只能以 http:// 或 https:// 开头。', 'The homepage URL must start with http:// or https://.'),
      },
    ];
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return [
      {
        code: 'homepage-url.credentials',
        severity: 'error',
        message: text('首页网址不能包含用户名或密码，请删除“@”之前的部分。', 'The homepage URL must not contain a user name or password; remove the part before "@".'),
      },
    ];
  }
  const host = parsed.hostname.replace(/\.$/, '');
  if (host !== filed && !host.endsWith(`.${filed}`)) {
    return [
      {
        code: 'homepage-url.outside-domain',
        severity: 'error',
        message: text(
          `首页网址的主机 ${host} 不属于备案域名 ${filed}；首页必须位于该域名或其子域名下。`,
          `The homepage host ${host} is not under the filed domain ${filed}; the homepage must be on that domain or one of its subdomains.`,
        ),
      },
    ];
  }
  return [];
}
