import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron, test as base, expect, type Browser, type ElectronApplication, type Page } from '@playwright/test';

const root = path.resolve(__dirname, '..', '..', '..');

/** One running ICP Desk on one data directory, whichever shell runs it. */
export interface RunningApp {
  page: Page;
  dataDir: string;
  /** Requests the page made to anywhere but the app's own origin (personal data stays local). */
  foreignRequests: string[];
  /** Stops the app the way a user quits it (the store compacts and releases its lock). */
  stop(): Promise<void>;
}

export interface AppLauncher {
  /** Starts the app on `dataDir` (a fresh temp directory when omitted) and waits for its first screen. */
  start(dataDir?: string): Promise<RunningApp>;
  newDataDir(): string;
}

/**
 * An Electron runtime exists only where it could be downloaded or was supplied through
 * ELECTRON_OVERRIDE_DIST_PATH. Launching `_electron` without one crashes the runner (toolchain §3.5),
 * so detect instead of trying.
 */
export function electronRuntime(): string | null {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override && existsSync(path.join(override, 'electron'))) return path.join(override, 'electron');
  const dist = path.join(root, 'node_modules', 'electron', 'dist', process.platform === 'win32' ? 'electron.exe' : 'electron');
  return existsSync(dist) ? dist : null;
}

function startWeb(browser: Browser, dataDir: string): Promise<RunningApp> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [path.join(root, '.vite', 'web', 'web.js'), '--data-dir', dataDir, '--port', '0', '--no-open'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = async (chunk: Buffer) => {
      output += chunk.toString();
      const url = /serving (http:\/\/127\.0\.0\.1:\d+\/\?launch=[0-9a-f]+)/.exec(output)?.[1];
      if (!url) return;
      child.stdout?.off('data', onData);
      const context = await browser.newContext();
      const foreignRequests: string[] = [];
      const ownOrigin = new URL(url).origin;
      context.on('request', (request) => {
        const target = request.url();
        if (!target.startsWith('data:') && !target.startsWith('blob:') && new URL(target).origin !== ownOrigin) foreignRequests.push(target);
      });
      const page = await context.newPage();
      await page.goto(url);
      resolve({
        page,
        dataDir,
        foreignRequests,
        stop: async () => {
          await context.close();
          const exited = new Promise((done) => child.once('exit', done));
          child.kill('SIGTERM');
          await exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => reject(new Error(`browser-mode server exited with ${code}:\n${output}`)));
  });
}

async function startElectron(executablePath: string, dataDir: string): Promise<RunningApp> {
  const app: ElectronApplication = await _electron.launch({ executablePath, args: [root, '--data-dir', dataDir], cwd: root });
  const page = await app.firstWindow();
  const foreignRequests: string[] = [];
  page.on('request', (request) => {
    if (!/^(app|data|blob|devtools):/.test(request.url())) foreignRequests.push(request.url());
  });
  return { page, dataDir, foreignRequests, stop: () => app.close() };
}

export const test = base.extend<{ launcher: AppLauncher }>({
  launcher: async ({ browser }, use, testInfo) => {
    const shell = testInfo.project.metadata.shell as 'web' | 'electron';
    const electron = shell === 'electron' ? electronRuntime() : null;
    test.skip(shell === 'electron' && !electron, 'No Electron runtime on this machine: the Electron project is skipped (browser mode covers the same journeys).');
    const dirs: string[] = [];
    const running: RunningApp[] = [];
    const newDataDir = () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'icp-e2e-'));
      dirs.push(dir);
      return dir;
    };
    await use({
      newDataDir,
      start: async (dataDir = newDataDir()) => {
        const started = electron ? await startElectron(electron, dataDir) : await startWeb(browser, dataDir);
        let stopping: Promise<void> | undefined;
        const app: RunningApp = { ...started, stop: () => (stopping ??= started.stop()) };
        running.push(app);
        await app.page.locator('html[data-ready="true"]').waitFor();
        return app;
      },
    });
    for (const app of running) await app.stop().catch(() => {});
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    // Every journey doubles as a check that no request leaves the machine (issue: personal data stays local).
    expect(running.flatMap((app) => app.foreignRequests), 'requests outside the app origin').toEqual([]);
  },
});

export { expect };
