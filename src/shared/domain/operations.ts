import { z } from 'zod';
import { text, type LocalizedText } from './finding';

/**
 * The filing operations of domain-reference §2 as stable ids. The provider picks the type from the
 * certificate number and the domain (A2, T10, H1); we keep the id so that checklists, rules and the
 * lifecycle can depend on it. Adding Internet services and cancelling each come in two flavours.
 */
export const OperationId = z.enum([
  'initial',
  'access',
  'add-service-new-entity-here',
  'add-service-existing-entity',
  'modify',
  'claim',
  'remove-access',
  'cancel-entity',
  'cancel-service',
]);
export type OperationId = z.infer<typeof OperationId>;

export interface OperationInfo {
  readonly id: OperationId;
  readonly label: LocalizedText;
  /** When the operation applies, in one sentence. */
  readonly description: LocalizedText;
  /** MIIT SMS check (短信核验) after submission to the 管局 (§3). */
  readonly requiresSmsCheck: boolean;
  /** Whether the order is submitted to and decided by the 管局 (and so has a review period, §2.2). */
  readonly adminReview: boolean;
  /** Set when a fact about this operation is inferred rather than stated by a source. */
  readonly caveat?: LocalizedText;
  readonly source: readonly string[];
}

const info = (o: OperationInfo): OperationInfo => o;

export const OPERATIONS: Readonly<Record<OperationId, OperationInfo>> = {
  initial: info({
    id: 'initial',
    label: text('首次备案', 'Initial ICP filing'),
    description: text(
      '主体和域名均从未备案：需要大陆资源和备案服务号，域名在通过前不得解析。',
      'Neither the entity nor the domain has ever been filed: needs a mainland resource and a service code; the domain must not resolve until approved.',
    ),
    requiresSmsCheck: true,
    adminReview: true,
    source: ['§2', 'A1', 'A2', 'H1', '§3', 'H2'],
  }),
  access: info({
    id: 'access',
    label: text('接入备案', 'Add this provider (access filing)'),
    description: text(
      '网站/App 已在其他接入商备案，现将托管迁入或新增到本接入商；备案号不变，主体信息须与工信部记录一致。',
      'The site/app already has an ICP number through another provider and moves (or adds) hosting here; the number stays, and entity data must match the MIIT record.',
    ),
    requiresSmsCheck: true,
    adminReview: true,
    source: ['§2', 'A1', 'A2', 'A25-Tianjin', 'J1', '§3', 'H2'],
  }),
  'add-service-new-entity-here': info({
    id: 'add-service-new-entity-here',
    label: text('新增互联网信息服务（原备案不在本接入商）', 'Add a website/app (entity filed through another provider)'),
    description: text(
      '主体已通过其他接入商备案，新网站/App 托管在本接入商；主体信息须与工信部一致，新域名须通过域名核验。',
      'The entity was filed through another provider and a new website/app is hosted here; entity data must match MIIT and the new domain must pass domain verification.',
    ),
    requiresSmsCheck: true,
    adminReview: true,
    source: ['§2', 'A2', 'A1', '§3', 'H2'],
  }),
  'add-service-existing-entity': info({
    id: 'add-service-existing-entity',
    label: text('新增互联网信息服务（原备案在本接入商）', 'Add a website/app (entity already filed here)'),
    description: text(
      '主体已在本接入商备案，新增网站/App；主体信息须准确，已备案网站须可访问并展示备案号。',
      'The entity is already filed with this provider and adds a website/app; entity data must be correct and already-filed sites must be reachable and show their number.',
    ),
    requiresSmsCheck: true,
    adminReview: true,
    source: ['§2', 'A2', 'A23', 'T4', 'H8', '§3', 'H2'],
  }),
  modify: info({
    id: 'modify',
    label: text('变更备案', 'Modify filing information'),
    description: text(
      '已备案的任何信息变化（电话、名称、地址、IP、负责人等）；不可跨省变更，单域名网站不可更换域名。',
      'Any filed detail changes (phone, name, address, IP, leader…); no cross-province change, and a single-domain website cannot change its domain.',
    ),
    requiresSmsCheck: true,
    adminReview: true,
    source: ['§2', 'A15', 'T13', 'A25', 'O9', '§3', 'H2'],
  }),
  claim: info({
    id: 'claim',
    label: text('认领备案', 'Claim a filing (HiChina era)'),
    description: text(
      '域名在 2010 年 6 月前通过万网（HiChina）备案，需认领到阿里云系统：填写主体信息和域名并上传证件。',
      'The domain was filed through HiChina before June 2010; bring that filing into the Alibaba Cloud system by entering entity data and the domain and uploading ID documents.',
    ),
    requiresSmsCheck: true,
    adminReview: true,
    caveat: text(
      '认领的来源文档较旧（2017）；短信核验和管局审核是按“除取消接入外所有订单类型”推定的。',
      'The claim source is old (2017); the SMS check and 管局 review are inferred from "every order type except cancel-access".',
    ),
    source: ['§2', 'A17', 'A22', '§3', 'H2'],
  }),
  'remove-access': info({
    id: 'remove-access',
    label: text('取消接入', 'Remove this provider (cancel access)'),
    description: text(
      '网站不再托管在本接入商：备案号仍在工信部保留，但与本接入商的关联解除；没有其他接入商的网站会成为空壳网站。',
      'The site is no longer hosted with this provider: the number stays at MIIT but the link to this provider is removed; a site with no provider left becomes a shell site.',
    ),
    requiresSmsCheck: false,
    // §2.2 leaves pure cancel-access out of its stage list; we still model a 管局 step because the
    // access record lives at MIIT (A1). The SMS exemption itself is stated (H2, §2.1).
    adminReview: true,
    caveat: text(
      '取消接入在管局侧的处理流程文档未说明，此处按提交管局处理（免短信核验）。',
      'The sources do not describe how the 管局 handles cancel-access; it is modelled as a 管局 submission without the SMS check.',
    ),
    source: ['§2', '§2.1', 'A1', 'T2', 'T1', 'H2', '§3'],
  }),
  'cancel-entity': info({
    id: 'cancel-entity',
    label: text('注销主体', 'Cancel the entity filing'),
    description: text(
      '注销主体备案号及其下全部网站/App，不可恢复；须通过持有备案或接入的接入商提交，空壳主体须线下向管局办理。',
      'Deletes the entity number and every website/app under it, irreversibly; submit through a provider holding the filing or access — a shell entity is cancelled offline at the 管局.',
    ),
    requiresSmsCheck: true,
    adminReview: true,
    source: ['§2', '§2.1', 'A16', 'A18', 'T2', 'H3', '§3'],
  }),
  'cancel-service': info({
    id: 'cancel-service',
    label: text('注销网站/App', 'Cancel a website/app filing'),
    description: text(
      '注销一个网站/App 的备案号，其他服务不受影响，不可恢复；多域名网站只去掉一个域名时请用变更备案。',
      'Deletes one service number, leaving the others; irreversible. To drop one domain of a multi-domain site use a modification instead.',
    ),
    requiresSmsCheck: true,
    adminReview: true,
    source: ['§2', '§2.1', 'A16', 'T2', 'H3', '§3'],
  }),
};

/** Every operation id, in the order of §2. */
export const OPERATION_IDS: readonly OperationId[] = OperationId.options;

export const operationInfo = (id: OperationId): OperationInfo => OPERATIONS[id];

/** Since 2020-08-17 every order type except cancel-access gets the MIIT SMS check (§3, H2, A23). */
export const requiresSmsCheck = (id: OperationId): boolean => OPERATIONS[id].requiresSmsCheck;

export const goesToAdminReview = (id: OperationId): boolean => OPERATIONS[id].adminReview;
