import { getDomain, parse } from 'tldts';
import { text, type Finding } from '../finding';
import { APPROVED_TLDS_DATA } from '../data/approved-tlds';

/**
 * Domain checks that can be done offline (domain-reference §6.5; T5, A10): syntax, IDN → punycode,
 * registrable domain, TLD on the shipped approved list. Registrar approval, real-name status,
 * holder and expiry cannot be checked offline.
 */

const APPROVED = new Set<string>(APPROVED_TLDS_DATA.tlds.map((t) => (typeof t === 'string' ? t : t.ascii)));
const TLD_DISPLAY = new Map<string, string>(APPROVED_TLDS_DATA.tlds.flatMap((t) => (typeof t === 'string' ? [] : [[t.ascii, t.display] as const])));

/** Characters that mean the user pasted a URL or an address, not a host name. */
const NOT_A_HOST = /[/\\?#@:\s]/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

type Normalised = { ok: true; host: string } | { ok: false; finding: Finding };

function syntaxError(detailZh: string, detailEn: string): Normalised {
  return {
    ok: false,
    finding: {
      code: 'domain.syntax',
      severity: 'error',
      message: text(`域名格式不正确：${detailZh}。请只填写域名本身，例如 example.com。`, `The domain is not valid: ${detailEn}. Enter only the domain itself, e.g. example.com.`),
    },
  };
}

function ipError(): Normalised {
  return {
    ok: false,
    finding: { code: 'domain.is-ip', severity: 'error', message: text('IP 地址不能作为备案域名，请填写域名。', 'An IP address cannot be filed as a domain; enter a domain name.') },
  };
}

function normalise(value: string): Normalised {
  let input = value.trim();
  if (input === '') {
    return { ok: false, finding: { code: 'domain.empty', severity: 'error', message: text('请填写域名。', 'Enter a domain name.') } };
  }
  if (/^\[[0-9a-f:.]+\]$/i.test(input)) return ipError();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input) || NOT_A_HOST.test(input)) {
    return {
      ok: false,
      finding: {
        code: 'domain.not-a-host',
        severity: 'error',
        message: text(
          '请只填写域名，不要包含 http://、路径、端口或空格，例如 example.com。',
          'Enter only the domain, without http://, a path, a port or spaces, e.g. example.com.',
        ),
      },
    };
  }
  // A fully-qualified name may end with one dot; the filing uses the name without it.
  input = input.replace(/[.。．｡]$/, '');
  let host: string;
  try {
    // The WHATWG URL parser applies IDNA (lower-casing, full-width dots, punycode) in Node and browsers alike.
    host = new URL(`http://${input}`).hostname;
  } catch {
    return syntaxError('含有无法转换的字符', 'it contains characters that cannot be converted');
  }
  if (host.startsWith('[') || parse(host).isIp) return ipError();
  const labels = host.split('.');
  if (host.length > 253) return syntaxError('总长度超过253个字符', 'it is longer than 253 characters');
  if (labels.length < 2) return syntaxError('缺少后缀（如 .com、.cn）', 'it has no suffix such as .com or .cn');
  for (const label of labels) {
    if (!LABEL.test(label)) {
      return syntaxError(
        `“${label}”部分只能包含字母、数字和连字符，不能以连字符开头或结尾，且不超过63个字符`,
        `the part "${label}" may only contain letters, digits and hyphens, not start or end with a hyphen, and be at most 63 characters`,
      );
    }
  }
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) return syntaxError('后缀不能是纯数字', 'the suffix cannot be all digits');
  return { ok: true, host };
}

/** Lower-case ASCII (punycode) form of a domain, or null if it is not a valid domain name. */
export function normalizeDomain(value: string): string | null {
  const n = normalise(value);
  return n.ok ? n.host : null;
}

/** The registrable domain (e.g. 'example.com.cn' for 'www.example.com.cn'), punycode; null if none. */
export function registrableDomain(value: string): string | null {
  const host = normalizeDomain(value);
  return host ? getDomain(host, { allowPrivateDomains: false }) : null;
}

/** Display form of a TLD for messages: '中国' for 'xn--fiqs8s'. */
function tldLabel(tld: string): string {
  return TLD_DISPLAY.get(tld) ?? tld;
}

export function checkDomain(value: string): Finding[] {
  const n = normalise(value);
  if (!n.ok) return [n.finding];
  const host = n.host;
  const findings: Finding[] = [];
  const info = parse(host, { allowPrivateDomains: false });
  if (info.domain === null) {
    return [
      {
        code: 'domain.public-suffix',
        severity: 'error',
        message: text(
          `“${host}”是公共后缀，不是可注册的域名；请填写您注册的完整域名，例如 example.${host}。`,
          `"${host}" is a public suffix, not a registrable domain; enter the full domain you registered, e.g. example.${host}.`,
        ),
      },
    ];
  }
  const tld = host.slice(host.lastIndexOf('.') + 1);
  if (!APPROVED.has(tld)) {
    findings.push({
      code: 'domain.tld-not-approved',
      severity: 'warning',
      message: text(
        `后缀 .${tldLabel(tld)} 不在本机的工信部批准后缀清单中（${APPROVED_TLDS_DATA.asOf}）。未经批准的后缀无法备案；请在工信部域名信息网站（域名.信息）核实，或改用已批准的后缀。`,
        `The suffix .${tldLabel(tld)} is not on the local list of MIIT-approved suffixes (as of ${APPROVED_TLDS_DATA.asOf}). Domains with unapproved suffixes cannot be filed; verify it on MIIT’s domain information site (域名.信息) or use an approved suffix.`,
      ),
    });
  }
  return findings;
}
