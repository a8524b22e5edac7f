import { refusals } from './refusals';

/** C0 controls other than tab, LF and CR: never in a text CSV, always in a binary file. */
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/;

/**
 * The text of a CSV file. Excel writes "CSV UTF-8" with a byte-order mark and plain "CSV" on Chinese
 * Windows in GBK (code page 936), which GB18030 decodes; UTF-16 comes from "Unicode text". Without
 * a mark, UTF-8 is tried first (it rejects almost every GBK byte sequence), then GB18030.
 */
export function decodeCsv(bytes: Uint8Array): string {
  const decoded = decode(bytes);
  if (CONTROL.test(decoded)) throw refusals.notText();
  return decoded;
}

function decode(bytes: Uint8Array): string {
  const strict = (encoding: string, from = 0) => new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(from));
  try {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return strict('utf-8', 3);
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict('utf-16le', 2);
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict('utf-16be', 2);
  } catch {
    throw refusals.unknownEncoding();
  }
  if (bytes.includes(0)) throw refusals.notText();
  try {
    return strict('utf-8');
  } catch {
    // not UTF-8: GBK next
  }
  try {
    return strict('gb18030');
  } catch {
    throw refusals.notText();
  }
}
