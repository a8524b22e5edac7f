import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * The Electron security checklist (docs/security.md), item by item where a unit test can prove it:
 * the real main-process glue with a stub `electron` module (no runtime can be downloaded here), the
 * packaging config, and scans of the source for settings that must never appear.
 */
type Listener = (...args: unknown[]) => unknown;
const stub = vi.hoisted(() => ({
  appHandlers: new Map<string, unknown>(),
  ipcHandlers: new Map<string, unknown>(),
  permissionRequest: undefined as unknown,
  permissionCheck: undefined as unknown,
  opened: [] as string[],
  exposed: new Map<string, unknown>(),
  invoked: [] as unknown[][],
  privileged: [] as { scheme: string; privileges: Record<string, boolean> }[],
  protocolHandler: undefined as unknown,
}));

vi.mock('electron', () => ({
  app: { on: (event: string, fn: unknown) => stub.appHandlers.set(event, fn) },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (fn: unknown) => (stub.permissionRequest = fn),
      setPermissionCheckHandler: (fn: unknown) => (stub.permissionCheck = fn),
    },
  },
  shell: { openExternal: async (url: string) => void stub.opened.push(url) },
  ipcMain: { handle: (channel: string, fn: unknown) => stub.ipcHandlers.set(channel, fn) },
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => stub.exposed.set(key, api) },
  ipcRenderer: { invoke: async (...args: unknown[]) => void stub.invoked.push(args) },
  protocol: {
    registerSchemesAsPrivileged: (schemes: { scheme: string; privileges: Record<string, boolean> }[]) => stub.privileged.push(...schemes),
    handle: (_scheme: string, fn: unknown) => (stub.protocolHandler = fn),
  },
  BrowserWindow: class {},
}));

const { mainWindowOptions } = await import('../../../src/main/window');
const { hardenWebContents, originOf } = await import('../../../src/main/security/web-contents');
const { registerIpc } = await import('../../../src/main/ipc/register-electron');
const { APP_ORIGIN, registerAppScheme, serveRenderer } = await import('../../../src/main/app-protocol');
const { CONTENT_SECURITY_POLICY } = await import('../../../src/main/security/csp');
const { channels } = await import('../../../src/shared/ipc/contract');

const root = resolve(__dirname, '..', '..', '..');
const call = (fn: unknown, ...args: unknown[]) => (fn as Listener)(...args);

describe('Electron checklist: window and web contents', () => {
  it('#2 #3 #4 #6 #8 #9 #10 #12: the window has Node off, isolation and sandbox on, web security on, nothing experimental', () => {
    const prefs = mainWindowOptions('/app/preload.js', false).webPreferences ?? {};
    expect(prefs).toMatchObject({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      devTools: false,
    });
    for (const key of ['nodeIntegrationInSubFrames', 'experimentalFeatures', 'enableBlinkFeatures', 'disableBlinkFeatures', 'additionalArguments']) {
      expect(prefs, key).not.toHaveProperty(key);
    }
    expect(mainWindowOptions('/app/preload.js', true).webPreferences?.devTools).toBe(true);
  });

  describe('hardenWebContents', () => {
    const handlers = new Map<string, unknown>();
    let openHandler: unknown;
    beforeAll(() => {
      hardenWebContents(APP_ORIGIN);
      const contents = { on: (event: string, fn: unknown) => handlers.set(event, fn), setWindowOpenHandler: (fn: unknown) => (openHandler = fn) };
      call(stub.appHandlers.get('web-contents-created'), {}, contents);
    });
    const prevented = (event: string, url?: string) => {
      let stopped = false;
      call(handlers.get(event), { preventDefault: () => (stopped = true) }, url);
      return stopped;
    };

    it('#5: every permission request and check is denied', () => {
      for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
        let granted: boolean | undefined;
        call(stub.permissionRequest, {}, permission, (g: boolean) => (granted = g), {});
        expect(granted, permission).toBe(false);
        expect(call(stub.permissionCheck, {}, permission, APP_ORIGIN, {}), permission).toBe(false);
      }
    });

    it('#13: navigation and redirects away from the app origin are prevented, in-app ones are not', () => {
      for (const event of ['will-navigate', 'will-redirect']) {
        for (const url of ['https://evil.example/', 'http://127.0.0.1:5173/', 'file:///etc/passwd', 'app://icp-desk.evil.example/', 'app://other/index.html', 'javascript:alert(1)', 'not a url']) {
          expect(prevented(event, url), `${event} ${url}`).toBe(true);
        }
        expect(prevented(event, 'app://icp-desk/index.html#/entities'), event).toBe(false);
      }
    });

    it('#11 #12: <webview> can never be attached', () => {
      expect(prevented('will-attach-webview')).toBe(true);
    });

    it('#14 #15: new windows are always denied; only allowlisted https links go to the system browser', () => {
      stub.opened.length = 0;
      const urls = ['https://beian.miit.gov.cn/', 'https://beian.miit.gov.cn.evil.example/', 'http://beian.miit.gov.cn/', 'file:///etc/passwd', 'app://icp-desk/index.html', 'smb://host/share', 'https://evil.example/'];
      for (const url of urls) expect(call(openHandler, { url }), url).toEqual({ action: 'deny' });
      expect(stub.opened).toEqual(['https://beian.miit.gov.cn/']);
    });
  });
});

describe('Electron checklist: IPC', () => {
  beforeAll(() => {
    const router = { call: async (channel: string) => ({ ok: true as const, data: channel }) };
    registerIpc(router, APP_ORIGIN);
  });
  const invoke = (channel: string, frameUrl: string | null) =>
    call(stub.ipcHandlers.get(channel), { senderFrame: frameUrl === null ? null : { url: frameUrl } }, {}) as Promise<{ ok: boolean; error?: { code: string } }>;

  it('#17: every contract channel is registered and checks its sender frame', async () => {
    expect([...stub.ipcHandlers.keys()].sort()).toEqual([...channels].sort());
    for (const channel of channels) expect((await invoke(channel, 'app://icp-desk/index.html')).ok, channel).toBe(true);
  });

  it('#17: frames of any other origin, or no frame, are refused before the router', async () => {
    for (const url of ['https://evil.example/', 'app://icp-desk.evil/', 'app://evil/index.html', 'file:///index.html', 'http://localhost:5173/', 'about:blank', 'data:text/html,x', null]) {
      const answer = await invoke('settings:update', url);
      expect(answer.ok, String(url)).toBe(false);
      expect(answer.error?.code).toBe('LOCKED');
    }
  });

  it('originOf compares scheme and host, never a string prefix', () => {
    expect(originOf('app://icp-desk/x')).toBe('app://icp-desk');
    expect(originOf('app://icp-desk.evil/x')).toBe('app://icp-desk.evil');
    expect(originOf('app://icp-desk@evil/x')).toBe('app://evil');
    expect(originOf('about:blank')).toBeNull();
  });

  it('#20: the preload exposes one function for contract channels, never ipcRenderer', async () => {
    await import('../../../src/main/preload');
    expect([...stub.exposed.keys()]).toEqual(['icpDesk']);
    const api = stub.exposed.get('icpDesk') as Record<string, unknown>;
    expect(Object.keys(api)).toEqual(['invoke']);
    await expect(call(api.invoke, 'shell:open-external', {}) as Promise<unknown>).rejects.toThrow(/Unknown channel/);
    await expect(call(api.invoke, '__proto__', {}) as Promise<unknown>).rejects.toThrow(/Unknown channel/);
    expect(stub.invoked).toEqual([]);
    await call(api.invoke, 'settings:get', {});
    expect(stub.invoked).toEqual([['settings:get', {}]]);
  });
});

describe('Electron checklist: content and protocol', () => {
  it('#7: the CSP allows scripts from the app only, no plugins, framing, base or form targets; the page meta says the same', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(join(root, 'index.html'), 'utf8'))?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
  });

  it('#1 #18: the renderer is served from app://icp-desk with the CSP, never file://, and nothing outside its folder', async () => {
    registerAppScheme();
    expect(stub.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    const site = join(root, 'tests', 'fixtures', 'hardening');
    serveRenderer(site);
    const get = (url: string) => call(stub.protocolHandler, { url }) as Promise<Response>;
    const ok = await get('app://icp-desk/channel-samples.ts');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    for (const url of ['app://other/channel-samples.ts', 'app://icp-desk/../domain/values.ts', 'app://icp-desk/%2e%2e/domain/values.ts', 'app://icp-desk/..%2fdomain%2fvalues.ts', 'app://icp-desk/%00']) {
      expect((await get(url)).status, url).toBe(404);
    }
  });
});

describe('Electron checklist: packaging', () => {
  it('#19: the fuses: no run-as-node, no NODE_OPTIONS, no inspector, asar only and integrity-checked, cookies encrypted', async () => {
    const { FuseV1Options } = await import('@electron/fuses');
    const config = (await import('../../../forge.config')).default;
    const fuses = (config.plugins ?? []).find((p) => (p as { name?: string }).name === 'fuses') as unknown as { fusesConfig: Record<number, boolean> } | undefined;
    expect(fuses, 'the FusesPlugin is configured').toBeDefined();
    expect(fuses?.fusesConfig).toMatchObject({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.EnableCookieEncryption]: true,
    });
    expect(config.packagerConfig).toMatchObject({ asar: true });
  });

  it('#16: Electron is pinned to an exact version (upgrades are deliberate)', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies.electron).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Number(pkg.devDependencies.electron?.split('.')[0])).toBeGreaterThanOrEqual(45);
  });
});

describe('Electron checklist: what must never appear in the source', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx|html)$/.test(name)) files.push(path);
    }
  };
  walk(join(root, 'src'));
  files.push(join(root, 'index.html'));
  /** The code without comments, so a comment that explains a rule does not trip it. */
  const code = (path: string) => readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

  it.each<[string, RegExp, string[]]>([
    ['Node integration switched on', /nodeIntegration(InWorker|InSubFrames)?\s*:\s*true/, []],
    ['isolation or sandbox switched off', /(contextIsolation|sandbox)\s*:\s*false/, []],
    ['web security switched off', /webSecurity\s*:\s*false/, []],
    ['insecure content allowed', /allowRunningInsecureContent\s*:\s*true/, []],
    ['experimental or Blink features', /experimentalFeatures|enableBlinkFeatures/, []],
    ['a <webview> or popups for it', /<webview|allowpopups|webviewTag\s*:\s*true/i, []],
    ['pages loaded from file://', /loadFile\(|loadURL\(\s*['"`]file:|registerFileProtocol/, []],
    ['a CSP bypass for a scheme', /bypassCSP\s*:\s*true/, []],
    ['shell.openExternal outside the allowlist check', /shell\.openExternal\(/, ['src/main/security/web-contents.ts']],
    ['ipcRenderer outside the preload', /ipcRenderer/, ['src/main/preload.ts']],
    ['ipcMain outside the IPC registration', /ipcMain/, ['src/main/ipc/register-electron.ts']],
    ['DevTools opened from code', /openDevTools\(/, []],
    ['the remote module', /@electron\/remote|enableRemoteModule/, []],
  ])('%s', (_name, pattern, allowedIn) => {
    const hits = files.filter((f) => pattern.test(code(f))).map((f) => relative(root, f));
    expect(hits.filter((f) => !allowedIn.includes(f))).toEqual([]);
  });
});
