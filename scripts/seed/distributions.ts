import type { FiledState } from '../../src/shared/domain/lifecycle-service';
import type { FilingState } from '../../src/shared/domain/lifecycle-filing-types';
import type { ServiceKind } from '../../src/shared/domain/model/service';
import type { ProviderId } from '../../src/shared/domain/model/providers';
import type { EntityNature } from '../../src/shared/domain/natures';
import type { Province } from '../../src/shared/domain/provinces';

/**
 * How an agent's portfolio is made up. Weights are relative. They are judgement, not statistics:
 * the point is a realistic mix (mostly enterprises in the big coastal provinces, mostly filed and
 * active records, a tail of every rarer case) at the sizes of architecture §4.
 */

/** Where the clients are: the big internet provinces dominate, every province appears. */
export const PROVINCE_WEIGHTS: readonly (readonly [Province, number])[] = [
  ['GD', 16], ['BJ', 12], ['ZJ', 10], ['SH', 9], ['JS', 8], ['SD', 5], ['FJ', 4], ['SC', 4], ['HB', 3], ['HA', 3],
  ['HN', 2.5], ['AH', 2.5], ['HE', 2], ['SN', 2], ['CQ', 2], ['TJ', 2], ['LN', 1.5], ['JX', 1.5], ['GX', 1.5], ['YN', 1.2],
  ['SX', 1], ['GZ', 1], ['HL', 0.8], ['JL', 0.8], ['NM', 0.6], ['XJ', 0.5], ['HI', 0.5], ['GS', 0.5], ['NX', 0.3], ['QH', 0.2],
  ['XZ', 0.1],
];

export const NATURE_WEIGHTS: readonly (readonly [EntityNature, number])[] = [
  ['enterprise', 70], ['individual', 18], ['public-institution', 2.5], ['government', 2], ['social-group', 1.5],
  ['private-non-enterprise', 1.2], ['medical-institution', 0.8], ['law-firm', 0.7], ['foundation', 0.4], ['collective-economic', 0.4],
  ['mass-organization', 0.3], ['forensic-institution', 0.2], ['religious-group', 0.2], ['notary', 0.2], ['arbitration', 0.15],
  ['overseas-institution', 0.15], ['foreign-cultural-centre', 0.1], ['defense', 0.1],
];

/** The entity's own §9.2 state. */
export const ENTITY_STATE_WEIGHTS: readonly (readonly [FiledState, number])[] = [
  ['ACTIVE', 72], ['UNFILED', 10], ['ACCESS_REMOVED', 4], ['SHELL', 3], ['CANCELLED', 7], ['REVOKED', 4],
];

/**
 * Services per organisation (1–5, about 2.8 on average); individuals have one or two. Together
 * about 2.5 per entity, so 10k entities hold about 25k services.
 */
export const SERVICE_COUNT_WEIGHTS: readonly (readonly [number, number])[] = [
  [1, 18], [2, 26], [3, 24], [4, 18], [5, 14],
];

export const ORG_SERVICE_KIND_WEIGHTS: readonly (readonly [ServiceKind, number])[] = [
  ['website', 70], ['app', 20], ['mini-program', 6], ['quick-app', 4],
];

/** A service of an active entity. */
export const ACTIVE_SERVICE_STATE_WEIGHTS: readonly (readonly [FiledState, number])[] = [
  ['ACTIVE', 84], ['UNFILED', 5], ['ACCESS_REMOVED', 4], ['SHELL', 2], ['CANCELLED', 4], ['REVOKED', 1],
];

export const PROVIDER_WEIGHTS: readonly (readonly [ProviderId, number])[] = [
  ['alibaba', 45], ['tencent', 30], ['huawei', 15], ['qingcloud', 4], ['other', 6],
];

/** Where an order in progress stands: mostly waiting for someone, some returned. */
export const OPEN_FILING_STATE_WEIGHTS: readonly (readonly [FilingState, number])[] = [
  ['DRAFT', 18], ['PROVIDER_REVIEW', 16], ['PROVIDER_REJECTED', 12], ['PENDING_SUBMISSION_TO_ADMIN', 8],
  ['SMS_VERIFICATION', 10], ['ADMIN_REVIEW', 26], ['ADMIN_REJECTED', 10],
];

/** How a past order ended. */
export const CLOSED_FILING_STATE_WEIGHTS: readonly (readonly [FilingState, number])[] = [
  ['APPROVED', 86], ['ABANDONED', 9], ['EXPIRED', 5],
];
