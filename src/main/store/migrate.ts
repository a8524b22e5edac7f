import type { Migration } from './types';

export class MigrationFailed extends Error {
  constructor(
    readonly from: number,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`migration from version ${from} failed: ${message}`, options);
    this.name = 'MigrationFailed';
  }
}

/**
 * Runs the chain from `from` up to `to`. Each migration gets a private deep copy, so a migration
 * that (by mistake) mutates its input cannot damage the document a backup or an error report still
 * refers to; it must return a document stamped with its own `to` version.
 */
export function runMigrations(doc: unknown, from: number, to: number, migrations: readonly Migration[]): unknown {
  let current = doc;
  for (let v = from; v < to; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) throw new MigrationFailed(v, 'no migration for this version');
    let next: unknown;
    try {
      next = step.migrate(structuredClone(current));
    } catch (error) {
      throw new MigrationFailed(v, error instanceof Error ? error.message : String(error), { cause: error });
    }
    const version = typeof next === 'object' && next !== null ? (next as { schemaVersion?: unknown }).schemaVersion : undefined;
    if (version !== step.to) throw new MigrationFailed(v, `result has schemaVersion ${String(version)}, expected ${step.to}`);
    current = next;
  }
  return current;
}
