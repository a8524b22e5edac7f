import { describe, expect, it } from 'vitest';
import { electronTransport, httpTransport } from '../../../src/renderer/api/transports';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('browser-mode transport', () => {
  it('posts the input as JSON to /api/<channel>, carrying no key of its own (the session cookie does)', async () => {
    const seen: { url: string; init: RequestInit | undefined }[] = [];
    const send = httpTransport({
      fetch: async (url, init) => {
        seen.push({ url: String(url), init });
        return json(200, { ok: true, data: { language: 'en' } });
      },
    });
    const result = await send('settings:update', { language: 'en' });
    expect(result).toEqual({ ok: true, data: { language: 'en' } });
    expect(seen[0]?.url).toBe('/api/settings:update');
    expect(seen[0]?.init?.method).toBe('POST');
    expect(seen[0]?.init?.body).toBe('{"language":"en"}');
    expect(Object.keys(seen[0]?.init?.headers as Record<string, string>)).toEqual(['content-type']);
    expect(seen[0]?.init?.credentials).toBe('same-origin');
  });

  it('passes an error value from main through unchanged, issues included', async () => {
    const error = { code: 'VALIDATION', message: { 'zh-CN': '无效', en: 'Invalid' }, issues: [{ path: ['userName'], message: 'Too long' }] };
    const send = httpTransport({ fetch: async () => json(200, { ok: false, error }) });
    expect(await send('settings:update', {})).toEqual({ ok: false, error });
  });

  it('turns a refused token into LOCKED, keeping the server wording, never VALIDATION', async () => {
    const send = httpTransport({ fetch: async () => json(401, { ok: false, error: { code: 'VALIDATION', message: { 'zh-CN': '令牌错误', en: 'Wrong token' } } }) });
    const result = await send('settings:get', {});
    expect(result).toEqual({ ok: false, error: { code: 'LOCKED', message: { 'zh-CN': '令牌错误', en: 'Wrong token' } } });
  });

  it('words a refusal without a readable body in both languages', async () => {
    const send = httpTransport({ fetch: async () => new Response('<html>nope</html>', { status: 413 }) });
    const result = await send('settings:get', {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INTERNAL');
    expect(result.error.message.en).toMatch(/too large/);
    expect(result.error.message['zh-CN']).toMatch(/过大/);
  });

  it('says the local service is unreachable when the request cannot be sent', async () => {
    const send = httpTransport({
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const result = await send('data:get-status', {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INTERNAL');
    expect(result.error.message.en).toMatch(/not reachable/);
    expect(result.error.message['zh-CN']).toMatch(/无法连接本地服务/);
  });

  it('refuses an answer that is not a Result instead of handing it to a screen', async () => {
    const send = httpTransport({ fetch: async () => json(200, { data: 1 }) });
    const result = await send('data:get-status', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message.en).toMatch(/could not read/);
  });
});

describe('desktop transport', () => {
  it('returns the bridge answer as a Result', async () => {
    const send = electronTransport({ invoke: async (channel, input) => ({ ok: true, data: { channel, input } }) });
    expect(await send('backup:list', {})).toEqual({ ok: true, data: { channel: 'backup:list', input: {} } });
  });

  it('turns a rejected bridge call into an error value', async () => {
    const send = electronTransport({ invoke: () => Promise.reject(new Error('gone')) });
    const result = await send('backup:list', {});
    expect(result.ok).toBe(false);
  });
});
