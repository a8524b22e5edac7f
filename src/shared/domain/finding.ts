import { z } from 'zod';

/** Text shown to a user, always in both languages (architecture §10). */
export const LocalizedText = z.object({ 'zh-CN': z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const Severity = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof Severity>;

/** One result of a validator or a rule: errors block, warnings inform (architecture §9). */
export const Finding = z.object({
  code: z.string(),
  severity: Severity,
  path: z.string().optional(),
  message: LocalizedText,
});
export type Finding = z.infer<typeof Finding>;

export const text = (zhCN: string, en: string): LocalizedText => ({ 'zh-CN': zhCN, en });
