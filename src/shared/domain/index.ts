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
