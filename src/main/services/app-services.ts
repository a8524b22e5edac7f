import type { Language } from '../../shared/ipc/schemas';
import { BundleService } from './bundles';
import { DataHost, type DataHostOptions } from './data-host';
import { FilingService } from './filings';
import { ImportService } from './imports';
import { JobService, type FileSaver } from './jobs';
import { PortfolioServices } from './portfolio';
import { ReportService } from './reports';
import { SettingsService } from './settings-service';
import { TaskRunner } from '../workers/task-runner';

/** The use cases behind the IPC contract; no Electron here, so browser mode runs the very same code. */
export interface AppServices {
  shell: 'electron' | 'web';
  version: string;
  data: DataHost;
  settings: SettingsService;
  portfolio: PortfolioServices;
  filings: FilingService;
  reports: ReportService;
  /** Long work in the background (exports, imports, bundles) and its status for job:get. */
  jobs: JobService;
  /** Heavy parts of that work in a worker thread (inline under vitest, where no worker bundle exists). */
  tasks: TaskRunner;
  /** Backup bundles: the whole data as one file, exported, previewed and imported (issue #6 point 6). */
  bundles: BundleService;
  /** Import of known clients from XLSX/CSV: preview, then one transaction after a backup (issue #6 point 3). */
  imports: ImportService;
  /** The desktop save dialog; absent in browser mode, which downloads instead. */
  saveFile?: FileSaver;
  /** The user's language (zh-CN until the data is readable), for messages main words itself. */
  language(): Language;
  close(): Promise<void>;
}

export interface AppServicesOptions extends DataHostOptions {
  version: string;
  saveFile?: FileSaver;
  tasks?: TaskRunner;
}

export async function createAppServices(options: AppServicesOptions): Promise<AppServices> {
  const data = await DataHost.start(options);
  const portfolio = new PortfolioServices(data);
  const filings = new FilingService(portfolio);
  // The search indexes are built between the first IPC calls, not before the window can open: the
  // portfolio's first (the screen that opens), then filing:list's.
  void portfolio.warmUp().then(() => filings.warmUp());
  const jobs = new JobService();
  const tasks = options.tasks ?? new TaskRunner();
  return {
    shell: options.lockOwner,
    version: options.version,
    data,
    settings: new SettingsService(data),
    portfolio,
    filings,
    reports: new ReportService(portfolio, filings),
    jobs,
    tasks,
    bundles: new BundleService({ data, jobs, tasks, version: options.version }),
    imports: new ImportService(portfolio, jobs, tasks),
    ...(options.saveFile ? { saveFile: options.saveFile } : {}),
    language: () => (data.status().mode === 'ready' ? portfolio.context.language() : 'zh-CN'),
    close: () => {
      jobs.cancelAll();
      return data.close();
    },
  };
}
