import { inflateRawSync } from 'node:zlib';
import { refusals } from './refusals';

/** What an honest client spreadsheet never comes near once unpacked. */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  localOffset: number;
}

/** The central directory of a zip, read from its end record; undefined when there is none (truncated). */
function centralDirectory(buf: Buffer): Entry[] | undefined {
  // The end record sits in the last 22 bytes plus an optional comment of up to 65,535 bytes.
  const floor = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= floor; i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) return undefined;
    const nameLength = buf.readUInt16LE(at + 28);
    entries.push({
      method: buf.readUInt16LE(at + 10),
      compressed: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      localOffset: buf.readUInt32LE(at + 42),
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return entries;
}

/**
 * Checks an XLSX (a zip) before any parser sees it: the directory must be whole, the declared
 * unpacked sizes must stay under MAX_UNPACKED_BYTES, and every entry is inflated here with that
 * budget as a hard output limit — so a zip bomb that lies about its sizes is refused too, after
 * at most the budget's worth of work, and never reaches exceljs. The worker's heap cap stays the
 * backstop for anything this misses.
 */
export function guardZip(buf: Buffer): void {
  const entries = centralDirectory(buf);
  if (!entries || entries.length === 0) throw refusals.notXlsx();
  let declared = 0;
  for (const e of entries) {
    // 0xFFFFFFFF marks zip64 sizes: no spreadsheet of ours needs them.
    if (e.size === 0xffffffff || e.compressed === 0xffffffff) throw refusals.zipBomb();
    declared += e.size;
  }
  if (declared > MAX_UNPACKED_BYTES) throw refusals.zipBomb();
  let budget = MAX_UNPACKED_BYTES;
  for (const e of entries) {
    if (e.localOffset + 30 > buf.length || buf.readUInt32LE(e.localOffset) !== LOCAL) throw refusals.notXlsx();
    const start = e.localOffset + 30 + buf.readUInt16LE(e.localOffset + 26) + buf.readUInt16LE(e.localOffset + 28);
    if (start + e.compressed > buf.length) throw refusals.notXlsx();
    const data = buf.subarray(start, start + e.compressed);
    let unpacked: number;
    if (e.method === 0) unpacked = data.length;
    else if (e.method === 8) {
      try {
        unpacked = inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(budget, e.size + 1)) }).length;
      } catch (error) {
        if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw refusals.zipBomb();
        throw refusals.notXlsx();
      }
    } else throw refusals.notXlsx();
    if (unpacked !== e.size) throw refusals.notXlsx();
    budget -= unpacked;
  }
}
