// Main-bundle smoke test (architecture §8): loads the BUILT main bundle under plain Node with a stub
// `electron` module, and proves that every contract channel is registered, the window is created
// with the secure options, and the navigation, window-open, permission and openExternal guards hold.
// No Electron runtime can be downloaded on CI, so this is how the Electron glue is exercised there.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const Module = require('node:module');

const root = path.resolve(__dirname, '..', '..');
const bundle = path.join(root, '.vite', 'build', 'main.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-smoke-'));
const results = [];
const check = async (name, fn) => {
  try {
    await fn();
    results.push([true, name]);
    console.log(`ok - ${name}`);
  } catch (error) {
    results.push([false, name]);
    console.log(`not ok - ${name}\n  ${String(error && error.stack ? error.stack : error).split('\n').join('\n  ')}`);
  }
};

// ---- the stub electron module -------------------------------------------------------------
const registered = new Map();
const appHandlers = new Map();
const windows = [];
const opened = [];
const errors = [];
let protocolHandler;
let privilegedSchemes = [];
let permissionHandler;
let permissionCheck;
let menuTemplate;
const saveDialogs = [];
let saveDialogAnswer = { canceled: true };
const electron = {
  app: {
    isPackaged: true,
    requestSingleInstanceLock: () => true,
    on: (event, fn) => appHandlers.set(event, fn),
    whenReady: () => Promise.resolve(),
    getPath: () => path.join(dataDir, 'userData-should-not-be-used'),
    quit: () => appHandlers.set('__quit', true),
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes) => (privilegedSchemes = schemes),
    handle: (_scheme, fn) => (protocolHandler = fn),
  },
  ipcMain: { handle: (channel, fn) => registered.set(channel, fn) },
  BrowserWindow: class {
    constructor(options) {
      this.options = options;
      this.loaded = undefined;
      this.contentsHandlers = new Map();
      this.webContents = { on: (event, fn) => this.contentsHandlers.set(event, fn), getURL: () => this.loaded ?? '' };
      windows.push(this);
    }
    once() {}
    on() {}
    loadURL(url) {
      this.loaded = url;
      return Promise.resolve();
    }
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (fn) => (permissionHandler = fn),
      setPermissionCheckHandler: (fn) => (permissionCheck = fn),
    },
  },
  shell: { openExternal: (url) => (opened.push(url), Promise.resolve()) },
  dialog: {
    showErrorBox: (_title, message) => errors.push(message),
    // The save dialog answers what the check in progress sets (a path, or cancelled).
    showSaveDialog: async (...args) => (saveDialogs.push(args[args.length - 1]), saveDialogAnswer),
  },
  Menu: { setApplicationMenu: (menu) => (menuTemplate = menu), buildFromTemplate: (template) => template },
};
// Task workers the bundle starts, to prove the heavy part of a job runs in one (and is ended on cancel).
const workerThreads = require('node:worker_threads');
const workersStarted = [];
class RecordingWorker extends workerThreads.Worker {
  constructor(file, options) {
    super(file, options);
    this.task = options && options.workerData && options.workerData.name;
    this.exited = new Promise((resolve) => this.once('exit', resolve));
    workersStarted.push(this);
  }
}
const recordingWorkerThreads = { ...workerThreads, Worker: RecordingWorker };
const originalLoad = Module._load;
Module._load = function load(request, parent, isMain) {
  if (request === 'electron') return electron;
  if (request === 'node:worker_threads' || request === 'worker_threads') return recordingWorkerThreads;
  return originalLoad.call(this, request, parent, isMain);
};

const contractSource = fs.readFileSync(path.join(root, 'src', 'shared', 'ipc', 'contract.ts'), 'utf8');
const contractChannels = [...contractSource.matchAll(/^\s+'([a-z]+:[a-z-]+)': channel\(/gm)].map((m) => m[1]);
const appFrame = { senderFrame: { url: 'app://icp-desk/index.html' } };
const waitFor = async (predicate, what) => {
  for (let i = 0; i < 200; i++) {
    if (predicate()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
};

(async () => {
  process.argv = [process.argv[0], bundle, '--data-dir', dataDir];
  await check('the main bundle loads with only electron and node built-ins', () => {
    assert.ok(fs.existsSync(bundle), `${bundle} is missing: run npm run build first`);
    require(bundle);
  });
  await check('every contract channel is registered with ipcMain', async () => {
    await waitFor(() => registered.size >= contractChannels.length, 'IPC registration');
    assert.ok(contractChannels.length >= 8, 'could not read the channel list from contract.ts');
    assert.deepEqual([...registered.keys()].sort(), [...contractChannels].sort());
    assert.equal(errors.length, 0, errors.join('\n'));
  });
  await check('the window is created with the secure options and the app origin', () => {
    assert.equal(windows.length, 1);
    const prefs = windows[0].options.webPreferences;
    assert.equal(prefs.contextIsolation, true);
    assert.equal(prefs.sandbox, true);
    assert.equal(prefs.nodeIntegration, false);
    assert.equal(prefs.webviewTag, false);
    assert.equal(prefs.devTools, false, 'a packaged app has no DevTools');
    assert.equal(path.basename(prefs.preload), 'preload.js');
    assert.equal(windows[0].loaded, 'app://icp-desk/index.html');
    assert.deepEqual(privilegedSchemes.map((s) => s.scheme), ['app']);
  });
  await check('a call from the app origin is answered; other origins are refused', async () => {
    const ok = await registered.get('settings:get')(appFrame, {});
    assert.equal(ok.ok, true);
    assert.equal(ok.data.language, 'zh-CN');
    const foreign = await registered.get('settings:get')({ senderFrame: { url: 'https://evil.example/' } }, {});
    assert.equal(foreign.ok, false);
    const noFrame = await registered.get('settings:get')({ senderFrame: null }, {});
    assert.equal(noFrame.ok, false);
  });
  await check('invalid input answers VALIDATION and a change is journaled on disk', async () => {
    const bad = await registered.get('settings:update')(appFrame, { language: 'fr' });
    assert.equal(bad.ok, false);
    assert.equal(bad.error.code, 'VALIDATION');
    const good = await registered.get('settings:update')(appFrame, { language: 'en' });
    assert.equal(good.ok, true);
    assert.match(fs.readFileSync(path.join(dataDir, 'icp-desk.journal.jsonl'), 'utf8'), /"language":"en"/);
  });
  await check('the native menu follows the language and has no DevTools when packaged', () => {
    assert.equal(menuTemplate[0].label, 'File');
    assert.ok(!JSON.stringify(menuTemplate).includes('toggleDevTools'));
  });
  await check('the renderer is served from the app protocol with the CSP, and nothing outside it', async () => {
    const response = await protocolHandler({ url: 'app://icp-desk/index.html' });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-security-policy'), /default-src 'self'/);
    assert.equal((await protocolHandler({ url: 'app://icp-desk/../../package.json' })).status, 404);
    assert.equal((await protocolHandler({ url: 'app://other-host/index.html' })).status, 404);
  });
  await check('navigation away, new windows, webviews and permissions are denied', () => {
    const handlers = new Map();
    let openHandler;
    const contents = { on: (event, fn) => handlers.set(event, fn), setWindowOpenHandler: (fn) => (openHandler = fn) };
    appHandlers.get('web-contents-created')({}, contents);
    const navigate = (url) => {
      let prevented = false;
      handlers.get('will-navigate')({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    assert.equal(navigate('https://evil.example/'), true);
    assert.equal(navigate('app://icp-desk/index.html#/settings'), false);
    let webviewPrevented = false;
    handlers.get('will-attach-webview')({ preventDefault: () => (webviewPrevented = true) });
    assert.equal(webviewPrevented, true);
    assert.deepEqual(openHandler({ url: 'https://beian.miit.gov.cn/' }), { action: 'deny' });
    assert.deepEqual(openHandler({ url: 'https://beian.miit.gov.cn.evil.example/' }), { action: 'deny' });
    assert.deepEqual(openHandler({ url: 'https://beian.miit.gov.cn@evil.example/' }), { action: 'deny' });
    assert.deepEqual(opened, ['https://beian.miit.gov.cn/']);
    let granted;
    permissionHandler({}, 'media', (g) => (granted = g), {});
    assert.equal(granted, false);
    assert.equal(permissionCheck(), false);
  });
  await check('a crashed renderer is reloaded at the page the user was on, a foreign page never', () => {
    const win = windows[0];
    const gone = win.contentsHandlers.get('render-process-gone');
    assert.ok(gone, 'no render-process-gone handler');
    win.loaded = 'app://icp-desk/index.html#/filings/f-1/wizard';
    gone({}, { reason: 'crashed' });
    assert.equal(win.loaded, 'app://icp-desk/index.html#/filings/f-1/wizard');
    win.loaded = 'https://evil.example/';
    gone({}, { reason: 'oom' });
    assert.equal(win.loaded, 'app://icp-desk/index.html');
    win.loaded = 'app://icp-desk/index.html#/settings';
    gone({}, { reason: 'clean-exit' });
    assert.equal(win.loaded, 'app://icp-desk/index.html#/settings');
  });
  const call = async (channel, input) => {
    const answer = await registered.get(channel)(appFrame, input);
    assert.equal(answer.ok, true, `${channel}: ${JSON.stringify(answer.error)}`);
    return answer.data;
  };
  const finished = async (jobId) => {
    let status;
    for (let i = 0; i < 400; i++) {
      status = await call('job:get', { id: jobId });
      if (status.state !== 'running') return status;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`job ${jobId} still running: ${JSON.stringify(status)}`);
  };
  const csvExport = { kind: 'entities', format: 'csv', language: 'zh-CN' };
  await check('the task worker is built beside main.js and web.js', () => {
    for (const dir of ['build', 'web']) assert.ok(fs.existsSync(path.join(root, '.vite', dir, 'task-worker.js')), `.vite/${dir}/task-worker.js is missing`);
  });
  await check('report:export runs as a job in the task worker; job:get and job:take-file hand over the CSV', async () => {
    const before = workersStarted.length;
    const { jobId } = await call('report:export', csvExport);
    const status = await finished(jobId);
    assert.equal(status.state, 'done', JSON.stringify(status.error));
    assert.equal(status.kind, 'export');
    assert.deepEqual(workersStarted.slice(before).map((w) => w.task), ['render-table']);
    const file = await call('job:take-file', { id: jobId });
    assert.match(file.fileName, /^主体列表-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = Buffer.from(file.base64, 'base64');
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.match(bytes.toString('utf8'), /^\uFEFF名称,/);
    assert.equal(file.size, bytes.length);
    // Taken once: the job is gone.
    assert.equal((await registered.get('job:take-file')(appFrame, { id: jobId })).ok, false);
  });
  await check('job:save-file writes exactly the bytes where the dialog says; a cancelled dialog keeps the job', async () => {
    const target = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-smoke-save-'));
    try {
      const reference = await call('report:export', csvExport);
      await finished(reference.jobId);
      const expected = Buffer.from((await call('job:take-file', { id: reference.jobId })).base64, 'base64');
      const { jobId } = await call('report:export', csvExport);
      await finished(jobId);
      saveDialogAnswer = { canceled: true };
      assert.deepEqual(await call('job:save-file', { id: jobId }), { saved: false });
      assert.match(saveDialogs[saveDialogs.length - 1].defaultPath, /主体列表-.*\.csv$/);
      assert.equal((await call('job:get', { id: jobId })).state, 'done', 'the job keeps its file after a cancelled dialog');
      const chosen = path.join(target, 'export.csv');
      saveDialogAnswer = { canceled: false, filePath: chosen };
      assert.deepEqual(await call('job:save-file', { id: jobId }), { saved: true, path: chosen });
      assert.deepEqual(fs.readFileSync(chosen), expected);
      assert.deepEqual(fs.readdirSync(target), ['export.csv'], 'no temp file remains beside it');
    } finally {
      fs.rmSync(target, { recursive: true, force: true });
    }
  });
  await check('a PDF is laid out in the task worker with the fonts main found (the Node build of pdfmake)', async () => {
    const before = workersStarted.length;
    const { jobId } = await call('report:export', { kind: 'portfolio', format: 'pdf', language: 'zh-CN' });
    const status = await finished(jobId);
    assert.equal(status.state, 'done', JSON.stringify(status.error));
    assert.deepEqual(workersStarted.slice(before).map((w) => w.task), ['render-pdf']);
    const bytes = Buffer.from((await call('job:take-file', { id: jobId })).base64, 'base64');
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.match(bytes.toString('latin1'), /NotoSansSC/, 'the Noto Sans SC subset is embedded');
  });
  await check('a cancelled export ends its worker, answers cancelled and has no file to take', async () => {
    const before = workersStarted.length;
    const { jobId } = await call('report:export', { kind: 'portfolio', format: 'pdf', language: 'zh-CN' });
    await waitFor(() => workersStarted.length > before, 'the PDF worker to start');
    const status = await call('job:cancel', { id: jobId });
    assert.equal(status.state, 'cancelled');
    const code = await workersStarted[before].exited;
    assert.equal(typeof code, 'number', 'the worker exited');
    assert.equal((await call('job:get', { id: jobId })).state, 'cancelled');
    assert.equal((await registered.get('job:take-file')(appFrame, { id: jobId })).ok, false);
  });
  await check('quitting closes the store and releases the data-directory lock', async () => {
    assert.ok(fs.existsSync(path.join(dataDir, 'icp-desk.lock')));
    appHandlers.get('will-quit')({ preventDefault() {} });
    await waitFor(() => appHandlers.get('__quit') === true, 'quit after close');
    assert.ok(!fs.existsSync(path.join(dataDir, 'icp-desk.lock')));
  });

  fs.rmSync(dataDir, { recursive: true, force: true });
  const failed = results.filter(([ok]) => !ok).length;
  console.log(`smoke checks: ${results.length - failed} ok, ${failed} not ok`);
  process.exit(failed ? 1 : 0);
})();
