import type { ReportFile } from '../../../shared/ipc';

/**
 * Saves a generated file through the browser's download: a Blob and a temporary <a download>.
 * The desktop app uses the same path for now (Electron saves to the Downloads folder); a save
 * dialog channel (dialog.showSaveDialog in main) can replace it later.
 */
export function saveReportFile(file: ReportFile): void {
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
