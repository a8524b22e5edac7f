import { packBundle, type PackInput } from '../../services/bundles/bundle-pack';
import { readBundle } from '../../services/bundles/bundle-read';
import type { TaskIo } from './types';

/**
 * Backup bundles (issue #6 point 6): building one (parse, stringify, gzip) and checking one (capped
 * gunzip, parse, migrate, validate every record) are the slow and the dangerous parts, so they run
 * here — a bundle that inflates beyond the worker's heap ends the worker, never main.
 */
export const bundleTasks = {
  'bundle-pack': (input: PackInput, io: TaskIo) => packBundle(input, io.progress),
  'bundle-read': (input: { bytes: Uint8Array }, io: TaskIo) => readBundle(input.bytes, io.progress),
};
