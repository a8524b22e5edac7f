import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import type { StoreIo } from './io';
import { writeAll } from './io';
import type { StoreRecord } from './types';

/** One change inside a committed transaction. Short keys: the journal is append-only and read at every open. */
export type JournalOp = { put: string; r: StoreRecord } | { del: string; id: string };

/**
 * One committed transaction, one line: generation of the snapshot it applies to, sequence number
 * within that generation (consecutive from 1, so a lost line in the middle is detectable), time,
 * actor, operations. The checksum `c` covers the rest of the line.
 */
export interface JournalLine {
  g: number;
  s: number;
  t: string;
  a: string;
  o: JournalOp[];
}

const CHECKSUM_HEX = 32; // 128 bits of sha256: plenty to tell a torn or damaged line from a good one
const CHECKSUM_SUFFIX = /,"c":"([0-9a-f]{32})"\}$/;

const checksum = (body: string): string => createHash('sha256').update(body).digest('hex').slice(0, CHECKSUM_HEX);

/** Serializes only the transaction (never the whole state) and appends the checksum textually. */
export function encodeLine(line: JournalLine): Buffer {
  const body = JSON.stringify({ g: line.g, s: line.s, t: line.t, a: line.a, o: line.o });
  return Buffer.from(`${body.slice(0, -1)},"c":"${checksum(body)}"}\n`, 'utf8');
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPositiveInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 1;

function isOp(v: unknown): v is JournalOp {
  if (!isObject(v)) return false;
  if (typeof v.put === 'string') return isObject(v.r) && typeof v.r.id === 'string';
  return typeof v.del === 'string' && typeof v.id === 'string';
}

/**
 * Checks the checksum on the text itself (the line minus its `"c"` member is exactly the string that
 * was hashed), then the shape. Returns a reason when the line is not a good one.
 */
export function decodeLine(text: string): JournalLine | string {
  const m = CHECKSUM_SUFFIX.exec(text);
  if (!m) return 'no checksum';
  const body = `${text.slice(0, m.index)}}`;
  if (checksum(body) !== m[1]) return 'checksum mismatch';
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return 'not JSON';
  }
  if (!isObject(value)) return 'not an object';
  const { g, s, t, a, o } = value;
  if (!isPositiveInt(g) || !isPositiveInt(s) || typeof t !== 'string' || typeof a !== 'string' || !Array.isArray(o) || !o.every(isOp)) {
    return 'unexpected shape';
  }
  return { g, s, t, a, o };
}

export interface ScannedLine {
  line: JournalLine;
  /** 1-based, for messages. */
  lineNumber: number;
}

export interface JournalScan {
  lines: ScannedLine[];
  /** Length of the good prefix: where the file is cut when a torn tail is dropped. */
  goodBytes: number;
  /** The last line was cut off or damaged by a crash during its append: never acknowledged. */
  torn?: { lineNumber: number; reason: string };
  /** A damaged line followed by more data: not explainable by a crash, so the open must stop. */
  bad?: { lineNumber: number; reason: string };
}

/**
 * Splits a journal into verified lines. Only the very last line may be bad — an append is the only
 * writer and a crash can only interrupt the last one; anything bad before it means damage.
 */
export function scanJournal(buf: Buffer): JournalScan {
  const lines: ScannedLine[] = [];
  let start = 0;
  let lineNumber = 0;
  while (start < buf.length) {
    lineNumber++;
    const nl = buf.indexOf(0x0a, start);
    if (nl === -1) {
      // No newline: the append was interrupted (the newline is written with the line, in one buffer).
      return { lines, goodBytes: start, torn: { lineNumber, reason: 'no newline at the end' } };
    }
    const decoded = decodeLine(buf.toString('utf8', start, nl));
    if (typeof decoded === 'string') {
      if (nl + 1 === buf.length) return { lines, goodBytes: start, torn: { lineNumber, reason: decoded } };
      return { lines, goodBytes: start, bad: { lineNumber, reason: decoded } };
    }
    lines.push({ line: decoded, lineNumber });
    start = nl + 1;
  }
  return { lines, goodBytes: start };
}

/**
 * The append side of the journal. Writes at the known good length rather than with O_APPEND, so a
 * failed append can always be cut back to exactly where it began.
 */
export class JournalWriter {
  private tailDirty = false;

  private constructor(
    private readonly io: StoreIo,
    readonly path: string,
    private fd: number | undefined,
    private size: number,
  ) {}

  static async open(io: StoreIo, path: string, size: number): Promise<JournalWriter> {
    const fd = await io.open(path, constants.O_RDWR | constants.O_CREAT);
    return new JournalWriter(io, path, fd, size);
  }

  get bytes(): number {
    return this.size;
  }

  private handle(): number {
    if (this.fd === undefined) throw new Error(`journal ${this.path} is closed`);
    return this.fd;
  }

  /**
   * Appends and fsyncs one line; only a resolved call is a commit. On failure the file is cut back to
   * its previous length, so a later append does not land behind a fragment (which would turn the
   * fragment into a damaged middle line). If even that fails, the next append retries the cut first.
   */
  async append(data: Uint8Array): Promise<void> {
    const fd = this.handle();
    if (this.tailDirty) {
      await this.io.truncate(fd, this.size, this.path);
      await this.io.fsync(fd, this.path);
      this.tailDirty = false;
    }
    try {
      await writeAll(this.io, fd, data, this.size, this.path);
      await this.io.fsync(fd, this.path);
    } catch (error) {
      try {
        await this.io.truncate(fd, this.size, this.path);
        await this.io.fsync(fd, this.path);
      } catch {
        this.tailDirty = true;
      }
      throw error;
    }
    this.size += data.length;
  }

  /** Makes sure no fragment of a failed append is left before the file is handed on (rotation). */
  async settle(): Promise<void> {
    if (!this.tailDirty) return;
    const fd = this.handle();
    await this.io.truncate(fd, this.size, this.path);
    await this.io.fsync(fd, this.path);
    this.tailDirty = false;
  }

  async truncate(length: number): Promise<void> {
    const fd = this.handle();
    await this.io.truncate(fd, length, this.path);
    await this.io.fsync(fd, this.path);
    this.size = length;
    this.tailDirty = false;
  }

  async close(): Promise<void> {
    const fd = this.fd;
    this.fd = undefined;
    if (fd !== undefined) await this.io.close(fd);
  }
}
