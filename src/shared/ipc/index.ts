export * from './bundle-schemas';
export * from './contract';
export * from './filing-schemas';
export * from './job-schemas';
export * from './portfolio-schemas';
export * from './report-schemas';
export * from './result';
export * from './schemas';
