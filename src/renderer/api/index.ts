export * from './client';
export * from './invalidation';
export * from './job-file';
export * from './read-file';
export * from './transports';
export * from './useChannel';
export * from './useJob';
export * from './useMutation';
export type { IcpDeskBridge } from './window';
