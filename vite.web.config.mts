import { nodeLibConfig } from './vite.node-lib.mts';

// Browser mode (architecture §3): the same main-process services bundled for plain Node, so they
// run without an Electron runtime.
export default nodeLibConfig({ outDir: '.vite/web', entry: { web: 'src/main/web/cli.ts', 'task-worker': 'src/main/workers/task-worker.ts' }, emptyOutDir: true });
