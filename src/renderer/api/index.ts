export * from './client';
export * from './invalidation';
export * from './transports';
export * from './useChannel';
export * from './useMutation';
export type { IcpDeskBridge } from './window';
