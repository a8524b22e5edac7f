import { IpAddress } from '../../model/access';
import { provider } from '../../model/providers';
import { REFERENCE_AS_OF } from '../../model/reference-date';
import { present, rule, text } from '../helpers';
import type { RuleHit } from '../types';

/** Server IPs are checked by the provider and the 管局 (§4.2 access info: A9, O25). */
export const accessIp = rule({
  id: 'access.ip',
  appliesTo: {},
  severity: 'error',
  step: 'access',
  source: ['§4.2', 'A9', 'O25'],
  asOf: REFERENCE_AS_OF,
  message: (p) =>
    text(
      `“${p.ip}”不是有效的 IPv4 或 IPv6 地址；请填写服务器的公网 IP，例如 203.0.113.10。`,
      `"${p.ip}" is not a valid IPv4 or IPv6 address; enter the server's public IP, e.g. 203.0.113.10.`,
    ),
  check: ({ access }) =>
    access.flatMap(({ access: a, path }): RuleHit[] =>
      (a.ips ?? []).flatMap((ip, j) => (IpAddress.safeParse(ip.trim()).success ? [] : [{ path: `${path}.ips.${j}`, params: { ip } }])),
    ),
});

/** The provider's code when its shape is known: Alibaba's 备案服务号 is UUID-like 8-4-4-4-12 hex (§1: A1). */
export const accessServiceCode = rule({
  id: 'access.service-code',
  appliesTo: {},
  severity: 'error',
  step: 'access',
  source: ['§1', 'A1', 'A8'],
  asOf: REFERENCE_AS_OF,
  message: (p) =>
    text(
      `${p.codeZh}格式不对，应形如 ${p.example}（8-4-4-4-12 位十六进制）；请从接入商控制台重新复制。`,
      `The ${p.codeEn} should look like ${p.example} (8-4-4-4-12 hexadecimal digits); copy it again from the provider console.`,
    ),
  check: ({ access }) =>
    access.flatMap(({ access: a, path }): RuleHit[] => {
      const p = a.providerId ? provider(a.providerId) : undefined;
      if (!p?.codePattern || !present(a.serviceCode) || p.codePattern.test(a.serviceCode.trim())) return [];
      return [
        {
          path: `${path}.serviceCode`,
          params: { codeZh: p.codeName?.['zh-CN'] ?? '', codeEn: p.codeName?.en ?? 'code', example: p.codeExample ?? '' },
        },
      ];
    }),
});
