export * from './operation-determination-types';
