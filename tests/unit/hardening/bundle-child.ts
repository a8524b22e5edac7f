import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { build } from 'vite';

/**
 * Bundles a TypeScript entry into one CommonJS file that plain Node runs (Node 20 cannot run TS),
 * the way vite.web.config.mts bundles browser mode: lib mode, cjs, node built-ins external.
 */
export async function bundleForNode(entry: string, outDir: string, name: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      reportCompressedSize: false,
      lib: { entry: { [name]: entry }, formats: ['cjs'], fileName: (_format, chunk) => `${chunk}.cjs` },
      rolldownOptions: { external: ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)] },
    },
  });
  return join(outDir, `${name}.cjs`);
}
