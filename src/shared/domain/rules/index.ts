export * from './all-rules';
export * from './context';
export * from './data/province-rules';
export * from './engine';
export * from './in-memory-portfolio';
export * from './portfolio-view';
export * from './required-documents';
export * from './types';
