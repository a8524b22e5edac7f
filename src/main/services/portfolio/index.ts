export { PortfolioServices } from './portfolio-services';
export type { StoreSource } from './store-source';
