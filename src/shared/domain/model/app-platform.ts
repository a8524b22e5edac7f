import { z } from 'zod';
import { NonEmpty } from './common';

/** Platforms an app is filed for (§4.3: O14, H13; BlackBerry and Linux are listed by one provider). */
export const AppPlatformKind = z.enum(['android', 'ios', 'harmonyos', 'blackberry', 'linux']);
export type AppPlatformKind = z.infer<typeof AppPlatformKind>;

/**
 * Hex lengths of the signature digest: Android MD5 fingerprint (32), iOS SHA-1 (40) (§4.3: O15, H4).
 * For the other platforms no source names the algorithm, so any of MD5/SHA-1/SHA-256 is accepted.
 */
export const DIGEST_HEX_LENGTHS: Readonly<Record<AppPlatformKind, readonly number[]>> = {
  android: [32],
  ios: [40],
  harmonyos: [32, 40, 64],
  blackberry: [32, 40, 64],
  linux: [32, 40, 64],
};

/** keytool prints 'AB:CD:…'; the filing wants bare hex. */
export const normalizeDigest = (value: string): string => value.replace(/[\s:]/g, '').toLowerCase();

export const isValidDigest = (platform: AppPlatformKind, value: string): boolean =>
  /^[0-9a-f]+$/i.test(value) && DIGEST_HEX_LENGTHS[platform].includes(value.length);

export const AppPlatformDraft = z.object({
  platform: AppPlatformKind.optional(),
  /** Android package name or iOS bundle ID (O16, O15). */
  packageName: z.string().optional(),
  /** Android: modulus of the signing certificate; iOS: certificate public key (O16, O15). */
  publicKey: z.string().optional(),
  signatureDigest: z.string().optional(),
});
export type AppPlatformDraft = z.infer<typeof AppPlatformDraft>;

export const AppPlatform = z
  .object({ platform: AppPlatformKind, packageName: NonEmpty, publicKey: NonEmpty, signatureDigest: NonEmpty })
  .superRefine((p, ctx) => {
    if (!isValidDigest(p.platform, p.signatureDigest)) {
      const lengths = DIGEST_HEX_LENGTHS[p.platform].join('/');
      ctx.addIssue({ code: 'custom', path: ['signatureDigest'], message: `${p.platform} signature digest must be ${lengths} hex characters` });
    }
  });
export type AppPlatform = z.infer<typeof AppPlatform>;
