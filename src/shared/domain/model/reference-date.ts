/**
 * The day the data tables and rules were last checked against docs/domain-reference.md.
 * Bump it whenever a table or rule is re-checked; the UI shows it next to each rule.
 */
export const REFERENCE_AS_OF = '2026-11-28';
