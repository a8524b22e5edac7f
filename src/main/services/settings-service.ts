import { text } from '../../shared/domain/finding';
import type { Settings, SettingsPatch } from '../../shared/ipc/schemas';
import type { DataHost } from './data-host';
import { DEFAULT_SETTINGS, type SettingsRecord } from './store-config';

export class SettingsService {
  private readonly listeners = new Set<(settings: Settings) => void>();

  constructor(private readonly data: DataHost) {}

  /** Main-process reactions to a change (the native menu follows the language). */
  onChange(listener: (settings: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get(): Settings {
    const record = this.data.store.get<SettingsRecord>('settings', 'app');
    if (!record) return { ...DEFAULT_SETTINGS };
    const { id: _id, ...settings } = record;
    return settings;
  }

  async update(patch: SettingsPatch): Promise<Settings> {
    const next = { ...this.get(), ...patch };
    await this.data.store.transact(next.userName, (tx) => {
      tx.put('settings', { id: 'app', ...next });
      tx.log({ action: 'settings.updated', target: { collection: 'settings', id: 'app' }, summary: text(`更新设置：${Object.keys(patch).join('、')}`, `Settings changed: ${Object.keys(patch).join(', ')}`) });
    });
    for (const listener of this.listeners) listener(next);
    return next;
  }
}
