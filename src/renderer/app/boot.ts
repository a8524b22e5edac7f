import type { AppInfo, DataStatus, IpcError, Settings } from '../../shared/ipc';
import { invoke } from '../api';

export type BootState =
  | { phase: 'loading' }
  | { phase: 'failed'; error: IpcError }
  | { phase: 'recovery' | 'newer-version'; status: DataStatus }
  | { phase: 'ready'; status: DataStatus; settings: Settings; info: AppInfo };

export type BootResult = Exclude<BootState, { phase: 'loading' }>;

/**
 * What the app needs before its first screen. The data status comes first: in recovery or with
 * newer data, settings live in the unreadable file, so they are not asked for.
 */
export async function boot(): Promise<BootResult> {
  const status = await invoke('data:get-status', {});
  if (!status.ok) return { phase: 'failed', error: status.error };
  if (status.data.mode !== 'ready') return { phase: status.data.mode, status: status.data };
  const [settings, info] = await Promise.all([invoke('settings:get', {}), invoke('app:get-info', {})]);
  if (!settings.ok) return { phase: 'failed', error: settings.error };
  if (!info.ok) return { phase: 'failed', error: info.error };
  return { phase: 'ready', status: status.data, settings: settings.data, info: info.data };
}
