import type { ConfigEnv, UserConfig } from 'vite';
import { nodeLibConfig } from './vite.node-lib.mts';

// See vite.main.config.mts: Forge supplies its own settings; standalone builds mirror them.
export default (env: ConfigEnv & { forgeConfig?: unknown }): UserConfig =>
  env.forgeConfig ? {} : nodeLibConfig({ outDir: '.vite/build', entry: { preload: 'src/main/preload.ts' } });
