import { nodeLibConfig } from './vite.node-lib.mts';

// The developer scripts (seed, bench) bundled for plain Node 20, like browser mode: TypeScript
// cannot run directly on Node 20, and a bundle lets them use the real store and services unchanged.
// The task worker sits beside them (TaskRunner looks for task-worker.js next to the running bundle),
// so the bench's exports and imports run in the worker thread as in the app.
export default nodeLibConfig({
  outDir: '.vite/scripts',
  entry: { seed: 'scripts/seed/cli.ts', bench: 'scripts/bench/cli.ts', 'task-worker': 'src/main/workers/task-worker.ts' },
  emptyOutDir: true,
});
