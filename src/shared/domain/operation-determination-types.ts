import { z } from 'zod';
import { LocalizedText } from './finding';
import { Id } from './model/common';
import { ProviderId } from './model/providers';
import { OperationId } from './operations';

/**
 * What the user wants to do, in their words. The operation itself is not picked by the user: the
 * providers derive it from the certificate number and the domain (domain-reference §2: A2, T10, H1),
 * and so does determineOperation.
 */
export const FilingIntent = z.enum([
  'new-client-first-site',
  'move-provider',
  'add-service',
  'modify',
  'claim',
  'remove-provider',
  'cancel',
]);
export type FilingIntent = z.infer<typeof FilingIntent>;

export const CancelWhat = z.enum(['entity', 'service']);
export type CancelWhat = z.infer<typeof CancelWhat>;

/** Answers to the questions the portfolio cannot answer itself. */
export const DetermineAnswers = z
  .object({
    /** The entity already holds an ICP number obtained through another provider or agent. */
    numberObtainedElsewhere: z.boolean().optional(),
    /** The domain was filed through HiChina (万网) before June 2010 (A17). */
    hiChinaBefore2010: z.boolean().optional(),
    /** Cancel the whole entity or only one website/app (§2.1). */
    cancelWhat: CancelWhat.optional(),
  })
  .strict();
export type DetermineAnswers = z.infer<typeof DetermineAnswers>;

export const DetermineInput = z
  .object({
    intent: FilingIntent,
    certificateNumber: z.string().max(64).optional(),
    domain: z.string().max(253).optional(),
    packageName: z.string().max(255).optional(),
    entityId: Id.optional(),
    serviceId: Id.optional(),
    /** The provider the order goes to ("here" in §2's wording). */
    providerId: ProviderId,
    answers: DetermineAnswers.default({}),
  })
  .strict();
export type DetermineInput = z.infer<typeof DetermineInput>;

export const QuestionKey = DetermineAnswers.keyof();
export type QuestionKey = z.infer<typeof QuestionKey>;

export const QuestionOption = z.object({ value: z.union([z.boolean(), CancelWhat]), label: LocalizedText });
export type QuestionOption = z.infer<typeof QuestionOption>;

/** A question for the user; the answer goes back in `answers[key]` and the operation is determined again. */
export const Question = z.object({
  key: QuestionKey,
  text: LocalizedText,
  /** Why it matters: what each answer leads to. */
  why: LocalizedText,
  options: z.array(QuestionOption),
  source: z.array(z.string()),
});
export type Question = z.infer<typeof Question>;

/**
 * The operation with its reasons. While `questions` is not empty the operation is provisional: it is
 * the one that follows from the first option of each open question; answer them and determine again
 * before creating the filing.
 */
export const Determination = z.object({
  operation: OperationId,
  reasons: z.array(LocalizedText),
  entityId: Id.optional(),
  serviceIds: z.array(Id).optional(),
  questions: z.array(Question),
});
export type Determination = z.infer<typeof Determination>;
