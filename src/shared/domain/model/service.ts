import { z } from 'zod';
import { FiledLifecycle } from '../lifecycle-service';
import { AppPlatform, AppPlatformDraft } from './app-platform';
import { Id, IsoDate, NonEmpty, RecordMeta } from './common';
import { ContentCategory } from './content-categories';
import { ServiceLanguage } from './languages';
import { PreApprovalCategory } from './pre-approval-categories';

export const ServiceKind = z.enum(['website', 'app', 'mini-program', 'quick-app']);
export type ServiceKind = z.infer<typeof ServiceKind>;

/** 前置审批: type plus approval number (§4.2: T4, H6, A6); the document itself is tracked as a document. */
export const PreApproval = z.object({ category: PreApprovalCategory, approvalNumber: NonEmpty });
export type PreApproval = z.infer<typeof PreApproval>;

/** Third-party SDK use of an app (§4.3: O15, O16b). */
export const SdkUse = z.object({ usesThirdParty: z.boolean(), names: z.array(z.string()).default([]) });

// ---- Drafts: what a filing step holds while it is being typed ------------------------------------

const commonDraft = {
  /** Pre-minted id: a new service's future id, or the stored service this filing changes. */
  id: Id,
  name: z.string().optional(),
  leaderId: Id.optional(),
  /** Service ICP number as written (raw string is authoritative, §11); known for access/modify. */
  icpNumber: z.string().optional(),
  contentCategories: z.array(ContentCategory).optional(),
  languages: z.array(ServiceLanguage).optional(),
  preApprovals: z.array(PreApproval.partial()).optional(),
  remarks: z.string().optional(),
};

export const WebsiteDraft = z.object({
  kind: z.literal('website'),
  ...commonDraft,
  /** The one domain of the website (one domain per website since 2019-04-22, O9). */
  domain: z.string().optional(),
  homepageUrl: z.string().optional(),
  goLiveDate: IsoDate.optional(),
  domainExpiryDate: IsoDate.optional(),
  /** 公网安备 number, a separate system (T6). */
  publicSecurityNumber: z.string().optional(),
});
export type WebsiteDraft = z.infer<typeof WebsiteDraft>;

const appLikeDraft = {
  ...commonDraft,
  platforms: z.array(AppPlatformDraft).optional(),
  /** Every own domain the app calls (§4.3: H4, O15). */
  domains: z.array(z.string()).optional(),
  sdk: SdkUse.partial().optional(),
};

export const AppDraft = z.object({ kind: z.literal('app'), ...appLikeDraft });
export const MiniProgramDraft = z.object({ kind: z.literal('mini-program'), ...appLikeDraft });
export const QuickAppDraft = z.object({ kind: z.literal('quick-app'), ...appLikeDraft });
export type AppLikeDraft = z.infer<typeof AppDraft> | z.infer<typeof MiniProgramDraft> | z.infer<typeof QuickAppDraft>;

export const ServiceDraft = z.discriminatedUnion('kind', [WebsiteDraft, AppDraft, MiniProgramDraft, QuickAppDraft]);
export type ServiceDraft = z.infer<typeof ServiceDraft>;

// ---- Complete: what a submitted filing carries and a stored service holds ------------------------

const commonData = {
  name: NonEmpty,
  leaderId: Id,
  contentCategories: z.array(ContentCategory).min(1),
  languages: z.array(ServiceLanguage).min(1),
  preApprovals: z.array(PreApproval).default([]),
};

export const WebsiteData = WebsiteDraft.extend({
  ...commonData,
  domain: NonEmpty,
  homepageUrl: NonEmpty,
});

/** Mini-programs and quick apps are filed by their platform (O14, H4), so their platform list may be empty. */
export const AppData = AppDraft.extend({ ...commonData, platforms: z.array(AppPlatform).min(1), domains: z.array(NonEmpty).default([]), sdk: SdkUse });
export const MiniProgramData = MiniProgramDraft.extend({ ...commonData, platforms: z.array(AppPlatform).default([]), domains: z.array(NonEmpty).default([]), sdk: SdkUse });
export const QuickAppData = QuickAppDraft.extend({ ...commonData, platforms: z.array(AppPlatform).default([]), domains: z.array(NonEmpty).default([]), sdk: SdkUse });

export const ServiceData = z.discriminatedUnion('kind', [WebsiteData, AppData, MiniProgramData, QuickAppData]);
export type ServiceData = z.infer<typeof ServiceData>;

const stored = { entityId: Id, lifecycle: FiledLifecycle };

/** A stored service (网站 / App / 小程序 / 快应用) of an entity, with its §9.2 lifecycle. */
export const Service = z.discriminatedUnion('kind', [
  RecordMeta.extend(WebsiteData.shape).extend(stored),
  RecordMeta.extend(AppData.shape).extend(stored),
  RecordMeta.extend(MiniProgramData.shape).extend(stored),
  RecordMeta.extend(QuickAppData.shape).extend(stored),
]);
export type Service = z.infer<typeof Service>;
export type Website = Extract<Service, { kind: 'website' }>;
