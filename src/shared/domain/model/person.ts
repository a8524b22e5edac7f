import { z } from 'zod';
import { PersonCertificateType } from '../natures';
import { Id, IsoDate, NonEmpty, RecordMeta } from './common';

/** 长期: a certificate without an end date (§4.1). */
export const LONG_TERM = 'long-term';
export const CertificateValidUntil = z.union([IsoDate, z.literal(LONG_TERM)]);

/**
 * A leader (负责人) as typed into a filing step: every field optional and unchecked, so Back can save
 * half a form (architecture §6); the rules report what is missing or malformed (§4.1: W1, D1, T3, H6).
 */
export const PersonDraft = z.object({
  id: Id,
  name: z.string().optional(),
  certificateType: PersonCertificateType.optional(),
  certificateNumber: z.string().optional(),
  certificateValidFrom: IsoDate.optional(),
  certificateValidUntil: CertificateValidUntil.optional(),
  /** Only for certificates that do not encode it (the resident ID does): needed for age limits (§6.6). */
  birthDate: IsoDate.optional(),
  mobile: z.string().optional(),
  officePhone: z.string().optional(),
  emergencyPhone: z.string().optional(),
  email: z.string().optional(),
  remarks: z.string().optional(),
});
export type PersonDraft = z.infer<typeof PersonDraft>;

const personDataShape = PersonDraft.extend({
  name: NonEmpty,
  certificateType: PersonCertificateType,
  certificateNumber: NonEmpty,
  certificateValidFrom: IsoDate,
  certificateValidUntil: CertificateValidUntil,
  mobile: NonEmpty,
  emergencyPhone: NonEmpty,
  email: z.email(),
});

const validityInOrder = (p: z.infer<typeof personDataShape>, ctx: z.RefinementCtx): void => {
  if (p.certificateValidUntil !== LONG_TERM && p.certificateValidUntil < p.certificateValidFrom) {
    ctx.addIssue({ code: 'custom', path: ['certificateValidUntil'], message: 'validity ends before it starts' });
  }
};

/** The leader fields that a submitted filing must carry (complete, formats checked). */
export const PersonData = personDataShape.superRefine(validityInOrder);
export type PersonData = z.infer<typeof PersonData>;

/** A stored person (负责人), referenced by entities and services through leaderId. */
export const Person = RecordMeta.extend(personDataShape.shape).superRefine(validityInOrder);
export type Person = z.infer<typeof Person>;
