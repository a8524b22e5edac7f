export * from './catalogs';
export * from './en';
export * from './zh-CN';
