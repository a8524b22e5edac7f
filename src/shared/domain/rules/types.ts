import type { Finding, LocalizedText, Severity } from '../finding';
import type { EntityNature } from '../natures';
import type { OperationId } from '../operations';
import type { Province } from '../provinces';
import type { RuleContext } from './context';

/** The wizard step a finding belongs to, so the UI can open it (architecture §6). */
export type RuleStep = 'entity' | 'leaders' | 'services' | 'access' | 'documents' | 'review';

export type HitParams = Readonly<Record<string, string | number>>;

/**
 * One place where a rule's check failed. A rule that wraps a validator passes the validator's own
 * code, severity and message through; other rules leave them to the rule.
 */
export interface RuleHit {
  /** Dotted path into the filing data, e.g. 'services.0.domain', 'leaders.1.mobile'. */
  readonly path?: string;
  readonly params?: HitParams;
  readonly code?: string;
  readonly severity?: Severity;
  readonly message?: LocalizedText;
  /** Overrides the rule's `overridable` for this hit (only some codes of a validator may be overridden). */
  readonly overridable?: boolean;
  /** Overrides the rule's step, for rules that span steps (required fields). */
  readonly step?: RuleStep;
}

/** Which filings a rule concerns; an absent list means "all". */
export interface AppliesTo {
  readonly operations?: readonly OperationId[];
  /** Filing provinces (the entity's 备案地域). */
  readonly provinces?: readonly Province[];
  readonly natures?: readonly EntityNature[];
}

/** A rule is data plus one small pure check (architecture §5). */
export interface Rule {
  readonly id: string;
  readonly appliesTo: AppliesTo;
  readonly severity: Severity;
  readonly step: RuleStep;
  readonly check: (ctx: RuleContext) => readonly RuleHit[];
  /** What is wrong and what to do next, in both languages; may use the hit's params. */
  readonly message: LocalizedText | ((params: HitParams) => LocalizedText);
  /** Source keys of docs/domain-reference.md. */
  readonly source: readonly string[];
  readonly asOf: string;
  /** Default path when a hit names none. */
  readonly field?: string;
  /** An error the sources say can be wrong (e.g. USCC checksum, §6.1 O21) may be overridden with a note. */
  readonly overridable?: boolean;
}

/** A finding of the rule engine: the plain Finding plus where it comes from and where to fix it. */
export type RuleFinding = Finding & {
  readonly ruleId: string;
  readonly source: readonly string[];
  readonly asOf: string;
  readonly step: RuleStep;
  /** The user acknowledged this warning (a checklist item ticked); it stays listed, ticked. */
  readonly acknowledged?: boolean;
  /** The user overrode this error with a note; it is reported as a warning. */
  readonly overridden?: boolean;
};
