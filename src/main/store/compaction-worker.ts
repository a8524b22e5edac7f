import { Worker } from 'node:worker_threads';

/** What the fold worker is asked to do: read a snapshot, apply journal lines, emit the new bytes. */
export interface FoldJob {
  snapshotPath: string;
  journalPaths: string[];
  /** Lines of this generation are applied; older ones are already in the snapshot and skipped. */
  foldGeneration: number;
  outGeneration: number;
}

export type FoldResult = { alreadyFolded: true } | { alreadyFolded: false; bytes: Uint8Array };

/*
 * Why the worker is source text run with `eval: true` rather than a worker file:
 * the main process ships as ONE bundled CJS file (vite lib build of src/main/main.ts, plus a second
 * bundle for plain Node in browser mode), and under vitest it runs as TS source. A separate worker
 * file would need a path that is right in all three worlds (and a build step to emit it); a string
 * is the same everywhere. So it must be self-contained plain CommonJS JavaScript: only Node
 * built-ins, no imports from our modules, no TypeScript.
 *
 * It mirrors, in small, decodeLine (journal.ts) and replayInto (snapshot-doc.ts). It re-verifies the
 * checksums because it reads the files from disk: a fold must never bake a damaged line into a
 * snapshot. It produces bytes and leaves all writing to the main thread, so the durable-write code
 * (and the io a test injects) is the same as for every other file.
 */
export const FOLD_WORKER_SOURCE = String.raw`
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { createHash } = require('node:crypto');

const SUFFIX = /,"c":"([0-9a-f]{32})"\}$/;

function fold(job) {
  const doc = JSON.parse(fs.readFileSync(job.snapshotPath, 'utf8'));
  if (!doc || typeof doc !== 'object' || !doc.collections || typeof doc.collections !== 'object') {
    throw new Error('snapshot has no collections');
  }
  if (doc.generation === job.outGeneration) return null;
  if (doc.generation !== job.foldGeneration) {
    throw new Error('snapshot generation ' + doc.generation + ', expected ' + job.foldGeneration);
  }
  const touched = new Map();
  const mapOf = (name) => {
    let map = touched.get(name);
    if (!map) {
      map = new Map((doc.collections[name] || []).map((r) => [r.id, r]));
      touched.set(name, map);
    }
    return map;
  };
  for (const path of job.journalPaths) {
    let text;
    try {
      text = fs.readFileSync(path, 'utf8');
    } catch (error) {
      if (error && error.code === 'ENOENT') continue;
      throw error;
    }
    const rows = text.split('\n');
    if (rows[rows.length - 1] !== '') throw new Error(path + ': the last line has no newline');
    for (let i = 0; i < rows.length - 1; i++) {
      const row = rows[i];
      const m = SUFFIX.exec(row);
      const body = m ? row.slice(0, m.index) + '}' : '';
      if (!m || createHash('sha256').update(body).digest('hex').slice(0, 32) !== m[1]) {
        throw new Error(path + ': line ' + (i + 1) + ' is damaged');
      }
      const line = JSON.parse(body);
      if (line.g < job.foldGeneration) continue;
      if (line.g !== job.foldGeneration) throw new Error(path + ': line ' + (i + 1) + ' has generation ' + line.g);
      for (const op of line.o) {
        if (typeof op.put === 'string') mapOf(op.put).set(op.r.id, op.r);
        else mapOf(op.del).delete(op.id);
      }
    }
  }
  for (const [name, map] of touched) doc.collections[name] = Array.from(map.values());
  doc.generation = job.outGeneration;
  const json = JSON.stringify(doc);
  // Its own ArrayBuffer (not the shared pool), so it can be transferred instead of copied.
  const buf = Buffer.allocUnsafeSlow(Buffer.byteLength(json));
  buf.write(json, 0, 'utf8');
  return buf.buffer;
}

try {
  const bytes = fold(workerData);
  if (bytes === null) parentPort.postMessage({ ok: true, alreadyFolded: true });
  else parentPort.postMessage({ ok: true, alreadyFolded: false, bytes }, [bytes]);
} catch (error) {
  parentPort.postMessage({ ok: false, message: String((error && error.message) || error) });
}
`;

type WorkerReply = { ok: true; alreadyFolded: true } | { ok: true; alreadyFolded: false; bytes: ArrayBuffer } | { ok: false; message: string };

function isReply(value: unknown): value is WorkerReply {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === false) return 'message' in value && typeof value.message === 'string';
  if (!('alreadyFolded' in value)) return false;
  return value.alreadyFolded === true || ('bytes' in value && value.bytes instanceof ArrayBuffer);
}

/**
 * Runs one fold off the main thread: parsing and stringifying a 25 MB portfolio takes about a
 * second (architecture §4), and no IPC call may wait behind that.
 */
export function runFoldWorker(job: FoldJob): Promise<FoldResult> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const worker = new Worker(FOLD_WORKER_SOURCE, { eval: true, workerData: job });
    worker.once('message', (reply: unknown) => {
      settled = true;
      if (!isReply(reply)) reject(new Error('compaction worker sent an unexpected reply'));
      else if (!reply.ok) reject(new Error(`compaction worker: ${reply.message}`));
      else if (reply.alreadyFolded) resolve({ alreadyFolded: true });
      else resolve({ alreadyFolded: false, bytes: new Uint8Array(reply.bytes) });
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`compaction worker exited with code ${code} before replying`));
    });
  });
}
