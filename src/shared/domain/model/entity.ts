import { z } from 'zod';
import { FiledLifecycle } from '../lifecycle-service';
import {
  allowedCertificateTypes,
  EntityNature,
  OrganisationCertificateType,
  PersonCertificateType,
} from '../natures';
import { FilingRegion, FilingRegionDraft, Id, IsoDateTime, NonEmpty, Override, RecordMeta } from './common';

/** Any certificate an entity may show: an organisation's, or an individual's own (§4.1, W3). */
export const EntityCertificateType = z.union([OrganisationCertificateType, PersonCertificateType]);
export type EntityCertificateType = z.infer<typeof EntityCertificateType>;

/** The legal representative, required when the entity leader is someone else (W1). */
export const LegalRepresentative = z.object({
  name: NonEmpty,
  certificateType: PersonCertificateType,
  certificateNumber: NonEmpty,
});
export type LegalRepresentative = z.infer<typeof LegalRepresentative>;

/**
 * The entity (主体) as typed into a filing step: everything optional and unchecked; the rules say
 * what is missing or wrong (§4.1: A7, T3, H1, O8, W1, W5).
 */
export const EntityDraft = z.object({
  nature: EntityNature.optional(),
  certificateType: EntityCertificateType.optional(),
  certificateNumber: z.string().optional(),
  /** Full name exactly as on the certificate; an individual's own name (O8, H1). */
  name: z.string().optional(),
  region: FilingRegionDraft.optional(),
  certificateAddress: z.string().optional(),
  mailingAddress: z.string().optional(),
  /** 投资者或上级主管单位 (O8, T8). */
  investor: z.string().optional(),
  remarks: z.string().optional(),
  leaderId: Id.optional(),
  /** Most provinces want the legal representative as entity leader for organisations (T3, H6, H9). */
  leaderIsLegalRepresentative: z.boolean().optional(),
  legalRepresentative: LegalRepresentative.partial().optional(),
  /** Entity ICP number as written; the raw string is authoritative (§11). */
  icpNumber: z.string().optional(),
  overrides: z.array(Override).optional(),
});
export type EntityDraft = z.infer<typeof EntityDraft>;

const entityDataShape = EntityDraft.extend({
  nature: EntityNature,
  certificateType: EntityCertificateType,
  certificateNumber: NonEmpty,
  name: NonEmpty,
  region: FilingRegion,
  certificateAddress: NonEmpty,
  mailingAddress: NonEmpty,
  leaderId: Id,
  legalRepresentative: LegalRepresentative.optional(),
  overrides: z.array(Override).default([]),
});

type EntityDataShape = z.infer<typeof entityDataShape>;

/** Cross-field checks of a complete entity: certificate type per nature (W3), legal rep when needed (W1). */
const entityConsistent = (e: EntityDataShape, ctx: z.RefinementCtx): void => {
  if (!allowedCertificateTypes(e.nature).includes(e.certificateType)) {
    ctx.addIssue({ code: 'custom', path: ['certificateType'], message: `certificate type ${e.certificateType} is not offered for nature ${e.nature}` });
  }
  if (e.nature !== 'individual' && e.leaderIsLegalRepresentative === false && !e.legalRepresentative) {
    ctx.addIssue({ code: 'custom', path: ['legalRepresentative'], message: 'legal representative required when the leader is someone else' });
  }
};

/** The entity fields a submitted filing must carry. */
export const EntityData = entityDataShape.superRefine(entityConsistent);
export type EntityData = z.infer<typeof EntityData>;

/** Hubei's annual review answer by SMS (T7): 无变化 / 已更新 / 已注销. */
export const HubeiAnnualReview = z.object({ status: z.enum(['unchanged', 'updated', 'cancelled']), at: IsoDateTime });

/** A stored entity: its filed data plus the §9.2 lifecycle (state, markers, history). */
export const Entity = RecordMeta.extend(entityDataShape.shape)
  .extend({ lifecycle: FiledLifecycle, hubeiAnnualReview: HubeiAnnualReview.optional() })
  .superRefine(entityConsistent);
export type Entity = z.infer<typeof Entity>;
