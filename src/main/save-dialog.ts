import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { JobSaveResult } from '../shared/ipc/job-schemas';
import type { JobFileOutput } from './services/jobs';
import { nodeIo, writeFileDurably } from './store/io';

/**
 * The desktop app's `job:save-file`: the native save dialog (suggesting the Downloads folder and the
 * job's file name), then a durable write — a temp file beside the target, fsynced, renamed over it —
 * so a failed or interrupted save never leaves a half-written file under the chosen name.
 */
export async function saveWithDialog(window: BrowserWindow | undefined, file: JobFileOutput): Promise<JobSaveResult> {
  const extension = path.extname(file.fileName).slice(1);
  const options = {
    defaultPath: path.join(app.getPath('downloads'), file.fileName),
    filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
  };
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  await writeFileDurably(nodeIo, choice.filePath, file.bytes);
  return { saved: true, path: choice.filePath };
}
