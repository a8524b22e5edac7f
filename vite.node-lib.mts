import { builtinModules } from 'node:module';
import type { UserConfig } from 'vite';

/**
 * One CommonJS bundle for Node (Electron main and preload, browser mode, the developer scripts):
 * every npm dependency is inlined — ESM-only lowdb included — and only `electron` and Node's
 * built-ins stay external, the same shape Forge's Vite plugin produces.
 *
 * Packages are resolved as Node resolves them: Vite's defaults are for the browser (the `browser`
 * field first, the `browser` export condition), which inlined pdfmake's and exceljs's browser
 * builds — pdfmake's reads no local fonts. So no `browser` main field and the `node` condition.
 */
export function nodeLibConfig(options: { outDir: string; entry: Record<string, string>; emptyOutDir?: boolean; define?: Record<string, string> }): UserConfig {
  return {
    build: {
      outDir: options.outDir,
      emptyOutDir: options.emptyOutDir ?? false,
      minify: false,
      target: 'node20',
      lib: { entry: options.entry, formats: ['cjs'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: { external: ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)] },
    },
    resolve: { mainFields: ['module', 'jsnext:main', 'jsnext'], conditions: ['module', 'node', 'development|production'] },
    ...(options.define ? { define: options.define } : {}),
  };
}
