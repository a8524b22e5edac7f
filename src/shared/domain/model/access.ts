import { z } from 'zod';
import { AccessMethod } from './access-methods';
import { Id, IsoDateTime, NonEmpty, ProvinceCode, RecordMeta, RegionCode } from './common';
import { ProviderId } from './providers';

/** A server address as filed: IPv4 or IPv6 (§4.2 access info: A9, O25). */
export const IpAddress = z.union([z.ipv4(), z.ipv6()]);
export type IpAddress = z.infer<typeof IpAddress>;

/** Access (接入) info of one service at one provider, as typed into a filing step. */
export const AccessDraft = z.object({
  serviceId: Id,
  providerId: ProviderId.optional(),
  /** 备案服务号 (Alibaba) or 备案授权码 (Tencent, Huawei) — see the providers table (A1, H1). */
  serviceCode: z.string().optional(),
  accessMethod: AccessMethod.optional(),
  /** Province where the server sits (GB/T 2260 province code). */
  serverRegion: RegionCode.optional(),
  ips: z.array(z.string()).optional(),
});
export type AccessDraft = z.infer<typeof AccessDraft>;

export const AccessData = AccessDraft.extend({
  providerId: ProviderId,
  serviceCode: NonEmpty,
  accessMethod: AccessMethod,
  serverRegion: ProvinceCode,
  ips: z.array(IpAddress).min(1),
});
export type AccessData = z.infer<typeof AccessData>;

/** A stored provider link of a service; `removedAt` is set by 取消接入 (A1, T2). */
export const Access = RecordMeta.extend(AccessData.shape).extend({ removedAt: IsoDateTime.optional() });
export type Access = z.infer<typeof Access>;
