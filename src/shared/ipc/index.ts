export * from './contract';
export * from './portfolio-schemas';
export * from './result';
export * from './schemas';
