import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createGzip, gunzipSync } from 'node:zlib';

/**
 * The `.icpdesk` file: gzip of one JSON document
 *   { format: 'icp-desk-bundle', formatVersion: 1, appVersion, schemaVersion, exportedAt, counts,
 *     sha256, data }
 * where `data` is the store document (snapshot and journal folded: { schemaVersion, generation,
 * collections }) and `sha256` is the hash of `JSON.stringify(data)` — the very text written into the
 * file, so an import recomputes it from the parsed value. What is not in it: the backups/ folder, the
 * lock and the journal file (its lines are folded into `data`). Settings are, as a record of `data`.
 */
export const BUNDLE_FORMAT = 'icp-desk-bundle';
export const BUNDLE_FORMAT_VERSION = 1;
export const BUNDLE_MIME = 'application/gzip';

/**
 * What a bundle may inflate to: honest JSON of a portfolio compresses about 8–15×, so 100× its own
 * size (at least 1 MB, for tiny bundles) and never more than 512 MB — the worker's heap must hold the
 * text and its parse. A gzip bomb (zeros inflate about 1000×) stops at the cap without being inflated.
 */
export const MAX_INFLATED_BYTES = 512 * 1024 * 1024;
export const MAX_INFLATE_RATIO = 100;
export const inflateCap = (size: number): number => Math.min(MAX_INFLATED_BYTES, Math.max(1024 * 1024, size * MAX_INFLATE_RATIO));

export const sha256Hex = (value: string | Uint8Array): string => createHash('sha256').update(value).digest('hex');

export interface BundleHeader {
  format: string;
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  exportedAt: string;
  counts: Record<string, number>;
  sha256: string;
}

/** The bundle's JSON text: the header's members, then `data` spliced in as the exact text hashed. */
export function bundleText(header: Omit<BundleHeader, 'sha256'>, dataText: string): string {
  const head = JSON.stringify({ ...header, sha256: sha256Hex(dataText) });
  return `${head.slice(0, -1)},"data":${dataText}}`;
}

const CHUNK = 1024 * 1024;

/** gzip in 1 MB steps, reporting each (a progress callback may throw to cancel). */
export async function gzipWithProgress(input: Uint8Array, progress: (done: number, total: number) => void): Promise<Uint8Array> {
  const gzip = createGzip({ level: 6 });
  const out: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => out.push(chunk));
  const ended = once(gzip, 'end');
  try {
    for (let offset = 0; offset < input.length; offset += CHUNK) {
      progress(offset, input.length);
      if (!gzip.write(input.subarray(offset, offset + CHUNK))) await once(gzip, 'drain');
    }
    gzip.end();
    await ended;
  } catch (error) {
    gzip.destroy();
    throw error;
  }
  progress(input.length, input.length);
  return new Uint8Array(Buffer.concat(out));
}

export type GunzipFailure = 'not-gzip' | 'truncated' | 'damaged' | 'too-large';

/** Inflates with a hard cap on the output; a failure says which kind. */
export function gunzipCapped(bytes: Uint8Array, cap: number): { ok: true; text: Buffer } | { ok: false; failure: GunzipFailure; detail: string } {
  if (bytes.length < 18 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return { ok: false, failure: 'not-gzip', detail: 'no gzip header' };
  try {
    return { ok: true, text: gunzipSync(bytes, { maxOutputLength: cap }) };
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const detail = e.message;
    if (e.code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) return { ok: false, failure: 'too-large', detail };
    if (e.code === 'Z_BUF_ERROR' || /unexpected end/i.test(detail)) return { ok: false, failure: 'truncated', detail };
    return { ok: false, failure: 'damaged', detail };
  }
}
