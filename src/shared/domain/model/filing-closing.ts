import { z } from 'zod';
import { FieldChange } from '../filing-changes';
import { Finding } from '../finding';
import { FilingEvent } from '../lifecycle-filing-types';
import { IsoDateTime } from './common';

/** The wizard step a finding belongs to. */
export const RuleStep = z.enum(['entity', 'leaders', 'services', 'access', 'documents', 'review']);

/**
 * A finding of the pre-submission check (the rule engine's RuleFinding), as filing:get shows it and
 * as it is frozen when the order closes. The one declaration: shared/ipc's RuleFindingSchema is this.
 */
export const CheckFinding = Finding.extend({
  ruleId: z.string(),
  source: z.array(z.string()),
  asOf: z.string(),
  step: RuleStep,
  /** A ticked warning: it stays listed, ticked, and no longer blocks the submission. */
  acknowledged: z.boolean().optional(),
  /** An error overridden with a note (USCC checksum, §6.1 O21): reported as a warning. */
  overridden: z.boolean().optional(),
  /** The key to acknowledge it with: the code, or 'code@path' for one place (rules/engine findingKey). */
  key: z.string(),
});
export type CheckFinding = z.infer<typeof CheckFinding>;

/**
 * What was checked and what the order changed, frozen when the order closed (approved, abandoned,
 * expired), in the same transaction as the closing event. Later rule-data updates and portfolio
 * edits would otherwise rewrite both: after a modification is approved the portfolio holds the new
 * values, so a live diff shows nothing. Records closed before this existed have none.
 */
export const ClosingCheck = z.object({
  /** The closing transaction's stamp. */
  frozenAt: IsoDateTime,
  /** The event that closed the order. */
  event: FilingEvent,
  /** The newest "as of" of the rule data the check ran with (YYYY-MM-DD). */
  rulesAsOf: z.string(),
  /** Every finding, acknowledged warnings and overridden errors included, marked. */
  findings: z.array(CheckFinding),
  /** Modify: every field the order changed, filed value against the new one. */
  changes: z.array(FieldChange),
});
export type ClosingCheck = z.infer<typeof ClosingCheck>;
