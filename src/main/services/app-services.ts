import { DataHost, type DataHostOptions } from './data-host';
import { FilingService } from './filings';
import { PortfolioServices } from './portfolio';
import { ReportService } from './reports';
import { SettingsService } from './settings-service';

/** The use cases behind the IPC contract; no Electron here, so browser mode runs the very same code. */
export interface AppServices {
  shell: 'electron' | 'web';
  version: string;
  data: DataHost;
  settings: SettingsService;
  portfolio: PortfolioServices;
  filings: FilingService;
  reports: ReportService;
  close(): Promise<void>;
}

export async function createAppServices(options: DataHostOptions & { version: string }): Promise<AppServices> {
  const data = await DataHost.start(options);
  const portfolio = new PortfolioServices(data);
  // The search index is built between the first IPC calls, not before the window can open.
  void portfolio.warmUp();
  const filings = new FilingService(portfolio);
  return {
    shell: options.lockOwner,
    version: options.version,
    data,
    settings: new SettingsService(data),
    portfolio,
    filings,
    reports: new ReportService(portfolio, filings),
    close: () => data.close(),
  };
}
