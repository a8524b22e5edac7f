import type { ConfigEnv, UserConfig } from 'vite';
import { nodeLibConfig } from './vite.node-lib.mts';

// Under Forge, its plugin supplies the main-process build settings; return nothing so they apply.
// Standalone (`npm run build`, CI, the smoke test) we produce the same shape ourselves, so no
// Electron binary is needed to build or to test the bundle.
export default (env: ConfigEnv & { forgeConfig?: unknown }): UserConfig =>
  env.forgeConfig
    ? {}
    : nodeLibConfig({
        outDir: '.vite/build',
        // The task worker (workers/task-runner.ts) is its own bundle beside main.js.
        entry: { main: 'src/main/main.ts', 'task-worker': 'src/main/workers/task-worker.ts' },
        define: { MAIN_WINDOW_VITE_DEV_SERVER_URL: 'undefined', MAIN_WINDOW_VITE_NAME: JSON.stringify('main_window') },
      });
