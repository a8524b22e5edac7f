import { randomBytes } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundleText } from '../../../src/main/services/bundles/bundle-format';
import { contract } from '../../../src/shared/ipc/contract';
import { MAX_BUNDLE_FILE_BYTES } from '../../../src/shared/ipc/uploads';
import { addClient, exportBundle, openBundles, previewStatus, type BundleHarness } from '../main/services/bundles/bundle-harness';
import { snapshotFiles } from './files';

type Doc = Record<string, unknown> & { data: Record<string, unknown> & { collections: { entities: unknown[] } } };

/** A real bundle taken apart, changed by `edit`, and put back together with a correct checksum. */
function rebuilt(valid: Buffer, edit: (doc: Doc) => void, options: { keepChecksum?: boolean } = {}): Buffer {
  const doc = JSON.parse(gunzipSync(valid).toString('utf8')) as Doc;
  const original = doc.sha256 as string;
  edit(doc);
  const { data, sha256: _sha, ...header } = doc;
  let text = bundleText(header as Parameters<typeof bundleText>[0], JSON.stringify(data));
  if (options.keepChecksum) text = text.replace(/"sha256":"[0-9a-f]{64}"/, `"sha256":"${original}"`);
  return gzipSync(text);
}

interface Case {
  name: string;
  make: (valid: Buffer) => Buffer;
  /** A word of the English message that says which refusal it was. */
  says: RegExp;
}

const cases: Case[] = [
  { name: 'a truncated bundle', make: (v) => v.subarray(0, Math.floor(v.length / 2)), says: /incomplete/ },
  { name: 'random bytes', make: () => Buffer.concat([Buffer.from([0x00]), randomBytes(4095)]), says: /not an ICP Desk data bundle/ },
  { name: 'valid gzip of something that is not JSON', make: () => gzipSync('客户名单\nname,phone\n'), says: /not an ICP Desk data bundle/ },
  { name: 'JSON with a wrong format marker', make: (v) => rebuilt(v, (d) => void (d.format = 'some-other-app-backup')), says: /not an ICP Desk data bundle/ },
  { name: 'an unknown format version', make: (v) => rebuilt(v, (d) => void (d.formatVersion = 2)), says: /newer format \(version 2\)/ },
  { name: 'a newer data schema version', make: (v) => rebuilt(v, (d) => void (d.data.schemaVersion = 99)), says: /data version 99/ },
  { name: 'a checksum that does not match the data', make: (v) => rebuilt(v, (d) => void ((d.data.collections.entities[0] as { name: string }).name = '改过的名字'), { keepChecksum: true }), says: /damaged \(checksum\)/ },
  // Zeros compress about 1000×: 64 MB inflate from about 64 KB, far beyond 100× the file.
  { name: 'a gzip bomb', make: () => gzipSync(Buffer.alloc(64 * 1024 * 1024)), says: /expands to more than allowed/ },
  { name: 'records failing the schema', make: (v) => rebuilt(v, (d) => void (d.data.collections.entities[0] = { id: 'x', name: '' })), says: /do not pass the checks/ },
];

async function harnessWithData(): Promise<{ h: BundleHarness; valid: Buffer }> {
  const h = await openBundles();
  await addClient(h);
  const valid = await exportBundle(h);
  await addClient(h, { name: '第二家', certificateNumber: '91110000MA0000002P', domain: 'second-demo.cn' });
  return { h, valid };
}

describe('hostile backup bundles are refused with a clear message and change nothing', () => {
  it.each(cases)('$name', async ({ make, says }) => {
    const { h, valid } = await harnessWithData();
    const hostile = make(valid);
    const before = snapshotFiles(h.dataDir);
    const status = await previewStatus(h, hostile);
    expect(status.state).toBe('failed');
    expect(status.error?.code).toBe('VALIDATION');
    expect(status.error?.message.en).toMatch(says);
    expect(status.error?.message.en).toMatch(/Your data was not changed\./);
    expect(status.error?.message['zh-CN']).toMatch(/当前数据没有任何更改。$/);
    expect(status.value).toBeUndefined();
    // The data file and the journal, byte for byte; no backup, no temp file.
    expect(snapshotFiles(h.dataDir)).toEqual(before);
  });

  it('a record failing the schema is named in the refusal', async () => {
    const { h, valid } = await harnessWithData();
    const status = await previewStatus(h, rebuilt(valid, (d) => void (d.data.collections.entities[0] = { id: 'x', name: '' })));
    expect(status.error?.issues?.[0]?.message).toMatch(/^entities\/x: /);
  });

  it('a file larger than the bundle cap is refused by the channel before it reaches main', () => {
    const parsed = contract['bundle:preview'].input.safeParse({ fileName: 'big.icpdesk', base64: 'A'.repeat(Math.ceil(MAX_BUNDLE_FILE_BYTES / 3) * 4 + 4) });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/larger than 64 MB/);
  });
});
