import { spawn } from 'node:child_process';

/** Opens the URL in the user's default browser; failure is harmless since the URL is printed. */
export function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    const child = spawn(command, [url], { detached: true, stdio: 'ignore' });
    child.on('error', () => {});
    child.unref();
  } catch {
    // The printed URL is the fallback.
  }
}
