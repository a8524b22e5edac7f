import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const root = path.resolve(__dirname, '..', '..', '..');
const seedScript = path.join(root, '.vite', 'scripts', 'seed.js');

/** A temp data directory holding a synthetic portfolio written by the real seed generator (scripts/seed). */
export interface SeededPortfolio {
  dataDir: string;
  /** The seed's own summary line, e.g. `Seeded … in 11.2 s`. */
  summary: string;
  remove(): void;
}

/**
 * Seeds `entities` entities into a fresh temp directory with `.vite/scripts/seed.js` (built by
 * `npm run build`). Deterministic for a given `seed`: the same portfolio on every run.
 */
export async function seedPortfolio(entities: number, seed = '1'): Promise<SeededPortfolio> {
  if (!existsSync(seedScript)) throw new Error(`${seedScript} is missing: run \`npm run build\` first (it builds the seed script).`);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'icp-e2e-seeded-'));
  const remove = () => rmSync(dataDir, { recursive: true, force: true });
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [seedScript, '--entities', String(entities), '--data-dir', dataDir, '--seed', seed], {
      cwd: root,
      maxBuffer: 16 * 1024 * 1024,
    });
    return { dataDir, summary: /^Seeded .*$/m.exec(stdout)?.[0] ?? '', remove };
  } catch (error) {
    remove();
    throw error;
  }
}
