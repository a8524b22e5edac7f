export { BundleService, type BundleServiceDeps } from './bundle-service';
