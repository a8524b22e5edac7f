// The public domain API (architecture §5, §9). This file only re-exports; each engineer adds the
// lines for their own modules.
export * from './finding';
export * from './validators';
// Filing operations, lifecycles, working days and deadlines.
export * from './operations';
export * from './lifecycle-filing-types';
export * from './lifecycle-filing';
export * from './lifecycle-filing-text';
export * from './lifecycle-service';
export * from './calendar/beijing-time';
export * from './calendar/holidays';
export * from './calendar/working-days';
export * from './deadlines';
export * from './deadlines-expiry';
export * from './deadlines-filing';
export * from './deadlines-service';
// Which operation a filing is, from the user's intent and the portfolio (§2).
export * from './operation-determination';
// The model (zod schemas and pick-list data) and the rule engine with its rules.
export * from './model';
export * from './rules';
// What a filed service owes after approval: footer HTML, 公安 filing, expiries.
export * from './obligations';
