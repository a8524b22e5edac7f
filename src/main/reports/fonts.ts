import { existsSync } from 'node:fs';
import path from 'node:path';

export const FONT_FILES = { normal: 'NotoSansSC_400Regular.ttf', bold: 'NotoSansSC_700Bold.ttf' } as const;
const PACKAGE_DIRS = { normal: '400Regular', bold: '700Bold' } as const;

export interface FontPaths {
  normal: string;
  bold: string;
}

/**
 * Where the two Noto Sans SC TTFs (OFL-1.1, licences/NotoSansSC-OFL.txt) are. In the packaged app
 * forge copies them beside app.asar through packagerConfig.extraResource (forge.config.ts), so they
 * sit directly in process.resourcesPath; in development, browser mode and tests they come from
 * node_modules/@expo-google-fonts/noto-sans-sc. ICP_DESK_FONT_DIR overrides both.
 */
export function locateFonts(extraDirs: readonly string[] = []): FontPaths {
  const flat = (dir: string): FontPaths => ({ normal: path.join(dir, FONT_FILES.normal), bold: path.join(dir, FONT_FILES.bold) });
  const nested = (dir: string): FontPaths => ({
    normal: path.join(dir, PACKAGE_DIRS.normal, FONT_FILES.normal),
    bold: path.join(dir, PACKAGE_DIRS.bold, FONT_FILES.bold),
  });
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  const candidates: FontPaths[] = [];
  const env = process.env.ICP_DESK_FONT_DIR;
  if (env) candidates.push(flat(env), nested(env));
  for (const dir of extraDirs) candidates.push(flat(dir), nested(dir));
  if (resources) candidates.push(flat(resources));
  // Walk up from the bundle (or source file) and from the working directory to a node_modules.
  for (const start of [__dirname, process.cwd()]) {
    let dir = start;
    for (let i = 0; i < 8; i++) {
      candidates.push(nested(path.join(dir, 'node_modules', '@expo-google-fonts', 'noto-sans-sc')));
      const up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  const found = candidates.find((c) => existsSync(c.normal) && existsSync(c.bold));
  if (!found) throw new Error('The Noto Sans SC fonts for PDF reports were not found (set ICP_DESK_FONT_DIR).');
  return found;
}
