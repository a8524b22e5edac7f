import type { IpcError, JobFile } from '../../shared/ipc';
import { invoke } from './client';

export type Delivery = { ok: true; saved: boolean; fileName: string; path?: string } | { ok: false; error: IpcError };

/**
 * Hands a finished job's file to the user: the desktop app asks where to save it (native dialog in
 * main, `job:save-file`); browser mode takes the bytes (`job:take-file`) and downloads them.
 * `saved: false` when the user cancelled the dialog; the job keeps its file, so Save can be tried again.
 */
export async function deliverJobFile(jobId: string, fileName: string, shell: 'electron' | 'web'): Promise<Delivery> {
  if (shell === 'electron') {
    const result = await invoke('job:save-file', { id: jobId });
    if (!result.ok) return result;
    return { ok: true, saved: result.data.saved, fileName, ...(result.data.path ? { path: result.data.path } : {}) };
  }
  const result = await invoke('job:take-file', { id: jobId });
  if (!result.ok) return result;
  download(result.data);
  return { ok: true, saved: true, fileName: result.data.fileName };
}

/** The browser's download: a Blob and a temporary <a download>. */
export function download(file: Pick<JobFile, 'base64' | 'mimeType' | 'fileName'>): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the object URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
