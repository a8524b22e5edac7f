import { builtinModules } from 'node:module';
import type { ConfigEnv, UserConfig } from 'vite';

// Under Forge, its plugin supplies the main-process build settings; return nothing so they apply.
// Standalone (`npm run build`, CI, the smoke test) we produce the same shape ourselves, so no
// Electron binary is needed to build or to test the bundle.
export default (env: ConfigEnv & { forgeConfig?: unknown }): UserConfig => {
  if (env.forgeConfig) return {};
  return {
    build: {
      outDir: '.vite/build',
      emptyOutDir: false,
      minify: false,
      lib: { entry: 'src/main/main.ts', formats: ['cjs'], fileName: () => 'main.js' },
      rolldownOptions: { external: ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)] },
    },
    define: { MAIN_WINDOW_VITE_DEV_SERVER_URL: 'undefined', MAIN_WINDOW_VITE_NAME: JSON.stringify('main_window') },
  };
};
