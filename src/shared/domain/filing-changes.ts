import { z } from 'zod';
import { LocalizedText } from './finding';

/**
 * One changed field of a modification (变更备案, §2: A15, T13): where it is in the filing data, what
 * the user calls it, and the filed value against the new one, both as display text (absent = empty).
 */
export const FieldChange = z.object({
  /** Dotted path into the filing data, e.g. 'entity.mailingAddress', 'services.0.homepageUrl'. */
  path: z.string(),
  label: LocalizedText,
  old: z.string().optional(),
  new: z.string().optional(),
});
export type FieldChange = z.infer<typeof FieldChange>;
