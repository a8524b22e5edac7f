import { z } from 'zod';
import { Instant } from '../lifecycle-filing-types';

/** A record id: opaque, minted by the store. */
export const Id = z.string().min(1);
export type Id = z.infer<typeof Id>;

/**
 * Instants are ISO-8601 with an offset, so a journal line read on another machine means the same time.
 * The lifecycle's Instant is the one definition.
 */
export const IsoDateTime = Instant;
export type IsoDateTime = z.infer<typeof IsoDateTime>;

/** Calendar dates (certificate validity, go-live, domain expiry) carry no time of day. */
export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;

/** 'YYYY-MM-DD' stamp of when a data table or rule was last checked against its source. */
export const AsOf = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A required text field of a complete record: trimmed and not empty. */
export const NonEmpty = z.string().trim().min(1);

/** Every stored record: id, creation and update instants, and an optional archive mark (soft delete). */
export const RecordMeta = z.object({
  id: Id,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  archivedAt: IsoDateTime.optional(),
});
export type RecordMeta = z.infer<typeof RecordMeta>;

/** GB/T 2260 six-digit administrative-division code, as used in the filing APIs (W5: 110000/110100/110105). */
export const RegionCode = z.string().regex(/^\d{6}$/, 'six-digit GB/T 2260 code');
export type RegionCode = z.infer<typeof RegionCode>;

/** GB/T 2260 code of a province-level unit: the last four digits are zero. */
export const ProvinceCode = RegionCode.refine((c) => c.endsWith('0000'), 'province-level code ends in 0000');
export type ProvinceCode = z.infer<typeof ProvinceCode>;

/** The two leading digits of a GB/T 2260 code name its province. */
export const provincePrefix = (code: string): string => code.slice(0, 2);

/**
 * 备案地域: province, city and district of the filing, each a GB/T 2260 code nested in the one above
 * (domain-reference §4.1, A7, W5).
 */
export const FilingRegion = z
  .object({ province: ProvinceCode, city: RegionCode, district: RegionCode })
  .superRefine((r, ctx) => {
    if (provincePrefix(r.city) !== provincePrefix(r.province)) {
      ctx.addIssue({ code: 'custom', path: ['city'], message: 'city must lie in the province' });
    }
    if (r.district.slice(0, 4) !== r.city.slice(0, 4)) {
      ctx.addIssue({ code: 'custom', path: ['district'], message: 'district must lie in the city' });
    }
  });
export type FilingRegion = z.infer<typeof FilingRegion>;

/** The same region while a draft is being typed: any part may be missing, checks come from the rules. */
export const FilingRegionDraft = z.object({
  province: RegionCode.optional(),
  city: RegionCode.optional(),
  district: RegionCode.optional(),
});
export type FilingRegionDraft = z.infer<typeof FilingRegionDraft>;

/**
 * A user's decision recorded against a finding code: an override of an error that the sources say
 * can be wrong (e.g. Fujian USCCs failing the checksum, §6.1 O21), or an acknowledged warning.
 */
export const Decision = z.object({
  code: NonEmpty,
  by: z.string(),
  at: IsoDateTime,
});
export type Decision = z.infer<typeof Decision>;

export const Override = Decision.extend({ note: NonEmpty });
export type Override = z.infer<typeof Override>;
