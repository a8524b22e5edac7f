import { builtinModules } from 'node:module';
import type { ConfigEnv, UserConfig } from 'vite';

// See vite.main.config.mts: Forge supplies its own settings; standalone builds mirror them.
export default (env: ConfigEnv & { forgeConfig?: unknown }): UserConfig => {
  if (env.forgeConfig) return {};
  return {
    build: {
      outDir: '.vite/build',
      emptyOutDir: false,
      minify: false,
      lib: { entry: 'src/main/preload.ts', formats: ['cjs'], fileName: () => 'preload.js' },
      rolldownOptions: { external: ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)] },
    },
  };
};
