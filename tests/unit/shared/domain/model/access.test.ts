import { describe, expect, it } from 'vitest';
import { Access, IpAddress } from '../../../../../src/shared/domain/model/access';
import { storedAccess } from '../../../../fixtures/domain/builders';

describe('Access schema', () => {
  it('accepts IPv4 and IPv6 server addresses and refuses anything else', () => {
    for (const ip of ['203.0.113.10', '2001:db8::1']) expect(IpAddress.safeParse(ip).success, ip).toBe(true);
    for (const ip of ['300.1.2.3', '203.0.113', 'example.cn', '2001:db8:::1']) expect(IpAddress.safeParse(ip).success, ip).toBe(false);
  });

  it('accepts a stored provider link and wants at least one IP', () => {
    expect(Access.safeParse(storedAccess('a-1', 's-1')).success).toBe(true);
    expect(Access.safeParse({ ...storedAccess('a-1', 's-1'), ips: [] }).success).toBe(false);
  });

  it('wants a province-level server region and a known provider', () => {
    expect(Access.safeParse({ ...storedAccess('a-1', 's-1'), serverRegion: '110105' }).success).toBe(false);
    expect(Access.safeParse({ ...storedAccess('a-1', 's-1'), providerId: 'aws' }).success).toBe(false);
  });
});
