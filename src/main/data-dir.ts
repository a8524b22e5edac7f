import os from 'node:os';
import path from 'node:path';

export interface LaunchOptions {
  dataDir?: string;
  port?: number;
  open: boolean;
}

/** Reads `--data-dir DIR` (or `--data-dir=DIR`), `--port N` and `--no-open`; ignores anything else. */
export function parseLaunchArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): LaunchOptions {
  const options: LaunchOptions = { open: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--data-dir') options.dataDir = value();
    else if (flag === '--port') options.port = Number(value());
    else if (flag === '--no-open') options.open = false;
  }
  if (!options.dataDir && env.ICP_DESK_DATA_DIR) options.dataDir = env.ICP_DESK_DATA_DIR;
  if (options.dataDir) options.dataDir = path.resolve(options.dataDir);
  return options;
}

/**
 * Where Electron keeps `userData` for an app named "ICP Desk", so that browser mode and the desktop
 * app use the same data by default.
 */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'ICP Desk');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'ICP Desk');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'ICP Desk');
}
