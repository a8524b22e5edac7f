import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// Browser mode (architecture §3) and the developer scripts: the same main-process services bundled
// for plain Node, so they run without an Electron runtime.
export default defineConfig({
  build: {
    outDir: '.vite/web',
    emptyOutDir: true,
    minify: false,
    target: 'node20',
    lib: {
      entry: { web: 'src/main/web/cli.ts' },
      formats: ['cjs'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: { external: ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)] },
  },
});
