import { nodeLibConfig } from './vite.node-lib.mts';

// The developer scripts (seed, bench) bundled for plain Node 20, like browser mode: TypeScript
// cannot run directly on Node 20, and a bundle lets them use the real store and services unchanged.
export default nodeLibConfig({ outDir: '.vite/scripts', entry: { seed: 'scripts/seed/cli.ts', bench: 'scripts/bench/cli.ts' }, emptyOutDir: true });
