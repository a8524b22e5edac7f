import { z } from 'zod';
import { Id } from './common';

/**
 * Documents a filing may need (§4.4: A21, H6, H7, T5, A25-Henan; §7). Photos or colour scans of
 * originals; what is required for a given filing comes from rules/required-documents.ts.
 */
export const DocumentKind = z.enum([
  'entity-certificate',
  'leader-id',
  'authorization-letter',
  'residence-permit',
  'domain-certificate',
  'pre-approval',
  'guangdong-commitment',
  'jiangsu-responsibility-notice',
  'jiangsu-commitment',
  'construction-plan',
  'name-change-certificate',
  'employment-proof',
]);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** One document of a filing: which, for whom (person or service id), and whether it is ready. */
export const DocumentItem = z.object({
  kind: DocumentKind,
  /** The person (leader-id, residence-permit) or service (domain-certificate, pre-approval) it belongs to. */
  subjectId: Id.optional(),
  provided: z.boolean(),
  fileName: z.string().optional(),
  note: z.string().optional(),
});
export type DocumentItem = z.infer<typeof DocumentItem>;
