import type { PortfolioContext, StorePortfolioView } from '../portfolio';

/**
 * What the filing services share with the portfolio services: the one way to write (so the search
 * index follows portfolio writes made on approval), the clock, the actor, and the rule engine's
 * store-backed view of the portfolio.
 */
export interface FilingDeps {
  readonly ctx: PortfolioContext;
  readonly view: StorePortfolioView;
}
