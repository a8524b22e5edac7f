import { AccessService } from './access-service';
import { DashboardService } from './dashboard-service';
import { EntityService } from './entity-service';
import { PersonService } from './person-service';
import { PortfolioContext, type PortfolioOptions } from './portfolio-context';
import { PortfolioIndex } from './portfolio-index';
import { StorePortfolioView } from './portfolio-view';
import { RecordExistingService } from './record-existing-service';
import { ServiceRecordService } from './service-record-service';
import type { StoreSource } from './store-source';

/**
 * The portfolio use cases behind the IPC channels, sharing one search index and one way to write.
 * Built from a DataHost in the app or from `{ store }` anywhere else (seeds, benchmarks, tests):
 * no Electron. The index follows every commit of the store, whoever makes it; writing through
 * `context.transact` adds the user's name and a fresh timestamp.
 */
export class PortfolioServices {
  readonly context: PortfolioContext;
  readonly index: PortfolioIndex;
  readonly entities: EntityService;
  readonly people: PersonService;
  readonly services: ServiceRecordService;
  readonly accesses: AccessService;
  readonly recordExisting: RecordExistingService;
  readonly dashboard: DashboardService;
  /** The rule engine's view of the stored portfolio, for the pre-submission check of filings. */
  readonly view: StorePortfolioView;

  constructor(source: StoreSource, options: PortfolioOptions = {}) {
    this.index = new PortfolioIndex(source, { slice: options.warmUpSlice, pause: options.warmUpPause });
    this.context = new PortfolioContext(source, this.index, options.now);
    this.entities = new EntityService(this.context);
    this.people = new PersonService(this.context);
    this.services = new ServiceRecordService(this.context);
    this.accesses = new AccessService(this.context);
    this.recordExisting = new RecordExistingService(this.context);
    this.dashboard = new DashboardService(this.context);
    this.view = new StorePortfolioView(source);
  }

  /**
   * Builds the search index in the background, in slices, so the first list after opening the app
   * answers at once. Never rejects: a failure here shows up (and is reported) on the first query,
   * which builds the index itself.
   */
  warmUp(): Promise<void> {
    return this.index.warmUp().catch(() => undefined);
  }
}
