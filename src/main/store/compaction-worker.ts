import { Worker } from 'node:worker_threads';

/** What the fold worker is asked to do: read a snapshot, apply journal lines, build the new snapshot. */
export interface FoldJob {
  snapshotPath: string;
  journalPaths: string[];
  /** Lines of this generation are applied; older ones are already in the snapshot and skipped. */
  foldGeneration: number;
  outGeneration: number;
}

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
 * snapshot. It seals its output (snapshot-adapter.ts) only when the input snapshot's seal verified:
 * journal records are schema output, so the result then holds nothing but schema output too.
 *
 * Protocol: the worker folds and replies 'folded'; then the main thread (after announcing the
 * 'write-temp' step, where a simulated crash may stop everything) asks it either to `write` the temp
 * file itself — open, write, fsync, close, and remove it again on failure — or, when the test
 * injected file operations it cannot call (io.ts: writesPlainFiles), to hand over the `bytes`. The
 * main thread then renames and fsyncs the folder (io.ts: replaceDurably). Writing in the worker keeps
 * the 85 MB buffer out of the main heap: receiving it there used to trigger a major GC of the
 * ~250 MB heap, a 40–185 ms stall of every IPC call (issue #7).
 */
export const FOLD_WORKER_SOURCE = String.raw`
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { createHash } = require('node:crypto');

// Background work: the main thread (IPC, commits) must win the CPU when both want it — on two
// cores a fold at equal priority stretched the main thread's stalls to 80–200 ms under load. On
// Linux a thread's nice value is its own, set through its thread id; elsewhere this is skipped.
try {
  const tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
  if (tid > 0 && tid !== process.pid) require('node:os').setPriority(tid, 19);
} catch {}

const SUFFIX = /,"c":"([0-9a-f]{32})"\}$/;
const SEAL = /,"sha256":"([0-9a-f]{64})"\}$/;

function sealMatches(buf) {
  const tailStart = Math.max(0, buf.length - 80);
  const m = SEAL.exec(buf.toString('latin1', tailStart));
  if (!m) return false;
  return createHash('sha256').update(buf.subarray(0, tailStart + m.index)).update('}').digest('hex') === m[1];
}

function fold(job) {
  const raw = fs.readFileSync(job.snapshotPath);
  const sealed = sealMatches(raw);
  const doc = JSON.parse(raw.toString('utf8'));
  if (!doc || typeof doc !== 'object' || !doc.collections || typeof doc.collections !== 'object') {
    throw new Error('snapshot has no collections');
  }
  delete doc.sha256;
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
  if (!sealed) return json;
  return json.slice(0, -1) + ',"sha256":"' + createHash('sha256').update(json).digest('hex') + '"}';
}

function writeFile(path, buf) {
  const fd = fs.openSync(path, 'w', 0o600);
  try {
    let offset = 0;
    while (offset < buf.length) {
      const n = fs.writeSync(fd, buf, offset, buf.length - offset, offset);
      if (n <= 0) throw new Error('write returned ' + n + ' for ' + path);
      offset += n;
    }
    fs.fsyncSync(fd);
  } catch (error) {
    try { fs.closeSync(fd); } catch {}
    try { fs.unlinkSync(path); } catch {}
    throw error;
  }
  fs.closeSync(fd);
}

const fail = (error) => parentPort.postMessage({ ok: false, message: String((error && error.message) || error), code: error && error.code });

let text;
try {
  text = fold(workerData);
  parentPort.postMessage({ ok: true, folded: true, alreadyFolded: text === null });
} catch (error) {
  fail(error);
}
if (text !== null && text !== undefined) {
  parentPort.on('message', (cmd) => {
    try {
      if (cmd.write) {
        const buf = Buffer.from(text, 'utf8');
        text = null;
        writeFile(cmd.write, buf);
        parentPort.postMessage({ ok: true, written: true });
      } else if (cmd.bytes) {
        // Its own ArrayBuffer (not the shared pool), so it can be transferred instead of copied.
        const buf = Buffer.allocUnsafeSlow(Buffer.byteLength(text));
        buf.write(text, 0, 'utf8');
        text = null;
        parentPort.postMessage({ ok: true, bytes: buf.buffer }, [buf.buffer]);
      }
    } catch (error) {
      fail(error);
    }
    parentPort.close();
  });
}
`;

type WorkerReply = { ok: true; folded: true; alreadyFolded: boolean } | { ok: true; written: true } | { ok: true; bytes: ArrayBuffer } | { ok: false; message: string; code?: string };

function isReply(value: unknown): value is WorkerReply {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === false) return 'message' in value && typeof value.message === 'string';
  return ('folded' in value && 'alreadyFolded' in value) || 'written' in value || ('bytes' in value && value.bytes instanceof ArrayBuffer);
}

/**
 * One fold off the main thread: parsing and stringifying the portfolio takes seconds, and no IPC
 * call may wait behind that. Start it, await `folded()`, then either `writeTemp(path)` or
 * `takeBytes()`; `stop()` (always, in a finally) ends the worker whatever happened.
 */
export class FoldRun {
  private readonly worker: Worker;
  private readonly replies: WorkerReply[] = [];
  private waiting: { resolve: (r: WorkerReply) => void; reject: (e: unknown) => void } | undefined;
  private failure: unknown;

  private constructor(job: FoldJob) {
    this.worker = new Worker(FOLD_WORKER_SOURCE, { eval: true, workerData: job });
    this.worker.on('message', (reply: unknown) => {
      if (!isReply(reply)) this.fail(new Error('compaction worker sent an unexpected reply'));
      else this.deliver(reply);
    });
    this.worker.once('error', (error) => this.fail(error));
    this.worker.once('exit', (code) => this.fail(new Error(`compaction worker exited with code ${code} before replying`)));
  }

  static start(job: FoldJob): FoldRun {
    return new FoldRun(job);
  }

  private deliver(reply: WorkerReply): void {
    if (this.waiting) {
      const { resolve } = this.waiting;
      this.waiting = undefined;
      resolve(reply);
    } else this.replies.push(reply);
  }

  private fail(error: unknown): void {
    this.failure ??= error;
    if (this.waiting) {
      const { reject } = this.waiting;
      this.waiting = undefined;
      reject(this.failure);
    }
  }

  private async next(): Promise<WorkerReply> {
    let reply = this.replies.shift();
    if (reply === undefined) {
      if (this.failure !== undefined) throw this.failure;
      reply = await new Promise<WorkerReply>((resolve, reject) => {
        this.waiting = { resolve, reject };
      });
    }
    if (!reply.ok) throw Object.assign(new Error(`compaction worker: ${reply.message}`), reply.code === undefined ? {} : { code: reply.code });
    return reply;
  }

  /** True when the snapshot already has the output generation (an earlier attempt got past the rename). */
  async folded(): Promise<{ alreadyFolded: boolean }> {
    const reply = await this.next();
    if (!('folded' in reply)) throw new Error('compaction worker: expected the fold');
    return { alreadyFolded: reply.alreadyFolded };
  }

  /** The worker writes and fsyncs `path` itself (removing it on failure). */
  async writeTemp(path: string): Promise<void> {
    this.worker.postMessage({ write: path });
    const reply = await this.next();
    if (!('written' in reply)) throw new Error('compaction worker: expected the write');
  }

  /** The new snapshot's bytes, transferred to this thread. */
  async takeBytes(): Promise<Uint8Array> {
    this.worker.postMessage({ bytes: true });
    const reply = await this.next();
    if (!('bytes' in reply)) throw new Error('compaction worker: expected the bytes');
    return new Uint8Array(reply.bytes);
  }

  stop(): void {
    this.worker.removeAllListeners('message');
    void this.worker.terminate();
  }
}
