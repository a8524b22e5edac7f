import { z } from 'zod';
import { FieldChange } from '../filing-changes';
import { Finding } from '../finding';
import { FilingEvent } from '../lifecycle-filing-types';
import { IsoDateTime } from './common';

/**
 * A finding of the pre-submission check as it was frozen. It has the shape of the IPC
 * RuleFindingSchema, which is built from the model and so cannot be imported here; the filing
 * services assign each to the other (services/filings/check.ts, detail.ts), so tsc keeps them alike.
 */
export const ClosingFinding = Finding.extend({
  ruleId: z.string(),
  source: z.array(z.string()),
  asOf: z.string(),
  step: z.enum(['entity', 'leaders', 'services', 'access', 'documents', 'review']),
  acknowledged: z.boolean().optional(),
  overridden: z.boolean().optional(),
  key: z.string(),
});
export type ClosingFinding = z.infer<typeof ClosingFinding>;

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
  findings: z.array(ClosingFinding),
  /** Modify: every field the order changed, filed value against the new one. */
  changes: z.array(FieldChange),
});
export type ClosingCheck = z.infer<typeof ClosingCheck>;
