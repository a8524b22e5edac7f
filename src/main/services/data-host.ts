import { text, type LocalizedText } from '../../shared/domain/finding';
import type { BackupInfo, DataStatus, RestoreResult } from '../../shared/ipc/schemas';
import { listBackups, restoreBackupInto, Store, StoreError } from '../store';
import { ServiceError } from './service-error';
import { storeConfig } from './store-config';

export interface DataHostOptions {
  dataDir: string;
  lockOwner: 'electron' | 'web';
  now?: () => Date;
}

type Trouble = { mode: 'recovery' | 'newer-version'; problem: LocalizedText; movedAsideTo?: string };

/**
 * Owns the store for one data directory and what happens when it cannot be opened: damaged files
 * put the app in recovery (the renderer offers the newest backup), a newer data version is left
 * untouched. A lock held by another running instance is not handled here: the caller refuses to start.
 */
export class DataHost {
  private current: Store | undefined;
  private trouble: Trouble | undefined;

  private constructor(private readonly options: DataHostOptions) {}

  static async start(options: DataHostOptions): Promise<DataHost> {
    const host = new DataHost(options);
    await host.open();
    return host;
  }

  get dataDir(): string {
    return this.options.dataDir;
  }

  private async open(): Promise<void> {
    try {
      this.current = await Store.open({ dataDir: this.options.dataDir, config: storeConfig, lockOwner: this.options.lockOwner, ...(this.options.now ? { now: this.options.now } : {}) });
      this.trouble = undefined;
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      if (error.kind === 'CORRUPT') {
        this.trouble = { mode: 'recovery', problem: error.userMessage, ...(error.movedAsideTo ? { movedAsideTo: error.movedAsideTo } : {}) };
      } else if (error.kind === 'NEWER_VERSION') {
        this.trouble = { mode: 'newer-version', problem: error.userMessage };
      } else {
        throw error;
      }
    }
  }

  /** The open store; services call this and get a clear error while the app is in recovery. */
  get store(): Store {
    if (this.current) return this.current;
    throw new ServiceError(
      'STORAGE',
      text('数据文件当前无法使用：请在恢复页面恢复备份或以空数据开始。', 'The data file cannot be used right now: restore a backup or start with empty data on the recovery screen.'),
    );
  }

  status(): DataStatus {
    const base = { dataDir: this.options.dataDir, droppedTornLine: false, generation: 0, journalBytes: 0 };
    if (this.trouble) {
      return { ...base, mode: this.trouble.mode, problem: this.trouble.problem, ...(this.trouble.movedAsideTo ? { movedAsideTo: this.trouble.movedAsideTo } : {}) };
    }
    const store = this.store;
    return { ...base, mode: 'ready', droppedTornLine: store.report.droppedTornLine, generation: store.generation, journalBytes: store.journalBytes };
  }

  async startEmpty(): Promise<DataStatus> {
    if (this.trouble?.mode !== 'recovery') {
      throw new ServiceError('CONFLICT', text('只有在恢复模式下才能以空数据开始。', 'Starting with empty data is only possible on the recovery screen.'));
    }
    // The damaged files were moved aside when the open failed, so opening now starts a fresh store.
    await this.open();
    return this.status();
  }

  async listBackups(): Promise<BackupInfo[]> {
    return this.current ? this.current.listBackups() : listBackups(this.options.dataDir);
  }

  async createBackup(): Promise<BackupInfo> {
    return this.store.createBackup('manual');
  }

  async restoreBackup(name: string): Promise<RestoreResult> {
    if (this.current) return this.current.restoreBackup(name);
    if (this.trouble?.mode === 'newer-version') {
      throw new ServiceError('CONFLICT', text('数据来自更新版本的备案工作台，为保护数据不做任何更改。请先升级应用。', 'The data comes from a newer ICP Desk; nothing is changed to protect it. Update the app first.'));
    }
    await restoreBackupInto(this.options.dataDir, name, storeConfig);
    await this.open();
    if (!this.current) {
      throw new ServiceError('STORAGE', text('备份无法打开，请选择另一个备份。', 'That backup could not be opened; choose another one.'));
    }
    return { restoredFrom: name };
  }

  async close(): Promise<void> {
    const store = this.current;
    this.current = undefined;
    await store?.close();
  }
}
