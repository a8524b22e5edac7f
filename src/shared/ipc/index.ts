export * from './contract';
export * from './filing-schemas';
export * from './portfolio-schemas';
export * from './result';
export * from './schemas';
