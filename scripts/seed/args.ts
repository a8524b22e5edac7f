import { resolve } from 'node:path';

/** Where seed and bench work unless told otherwise: inside the repo, git-ignored, on the real disk (fsync is measured). */
export const DEFAULT_DATA_DIR = '.tmp/bench-data';

export type Flags = Map<string, string | true>;

/**
 * `--name value`, `--name=value` and bare `--flag`. Unknown flags are an error: a typo such as
 * `--entites` must not silently seed the default size.
 */
export function parseFlags(argv: readonly string[], known: Readonly<Record<string, 'value' | 'flag'>>): Flags {
  const flags: Flags = new Map();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) throw new Error(`unexpected argument '${arg}'`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const kind = known[name];
    if (!kind) throw new Error(`unknown option --${name} (known: ${Object.keys(known).map((k) => `--${k}`).join(', ')})`);
    if (kind === 'flag') {
      flags.set(name, true);
      continue;
    }
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`);
    flags.set(name, value);
  }
  return flags;
}

export function stringFlag(flags: Flags, name: string, fallback: string): string {
  const v = flags.get(name);
  return typeof v === 'string' ? v : fallback;
}

export function intFlag(flags: Flags, name: string, fallback: number): number {
  const v = flags.get(name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (typeof v !== 'string' || !Number.isSafeInteger(n) || n < 0) throw new Error(`--${name} needs a whole number, got '${String(v)}'`);
  return n;
}

export function dataDirFlag(flags: Flags): string {
  return resolve(stringFlag(flags, 'data-dir', process.env.ICP_DESK_DATA_DIR ?? DEFAULT_DATA_DIR));
}
