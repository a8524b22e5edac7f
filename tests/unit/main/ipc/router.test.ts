import { describe, expect, it } from 'vitest';
import { text } from '../../../../src/shared/domain/finding';
import { channels, contract } from '../../../../src/shared/ipc/contract';
import { createHandlers } from '../../../../src/main/ipc/handlers';
import { createRouter, type Handlers } from '../../../../src/main/ipc/router';
import type { AppServices } from '../../../../src/main/services/app-services';
import { ServiceError } from '../../../../src/main/services/service-error';

const settings = { language: 'zh-CN' as const, theme: 'system' as const, userName: '' };

/** Handlers whose services are stand-ins: enough to exercise the router, not the services. */
function handlersWith(overrides: Partial<Handlers> = {}): Handlers {
  const fake = {
    shell: 'web',
    version: '0.0.0-test',
    data: { dataDir: '/tmp/x', status: () => ({}), startEmpty: async () => ({}), listBackups: async () => [], createBackup: async () => ({}), restoreBackup: async () => ({}) },
    settings: { get: () => settings, update: async (patch: object) => ({ ...settings, ...patch }) },
    close: async () => {},
  } as unknown as AppServices;
  return { ...createHandlers(fake), ...overrides };
}

describe('IPC router', () => {
  it('has a handler for every channel of the contract', () => {
    expect(Object.keys(handlersWith()).sort()).toEqual([...channels].sort());
    expect(channels.length).toBe(Object.keys(contract).length);
  });

  it('answers invalid input with VALIDATION and the path of each bad field', async () => {
    const router = createRouter(handlersWith());
    const result = await router.call('settings:update', { language: 'fr', userName: 42 }, { transport: 'test' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.issues?.map((i) => i.path.join('.')).sort()).toEqual(['language', 'userName']);
    expect(result.error.message['zh-CN']).toBeTruthy();
    expect(result.error.message.en).toBeTruthy();
  });

  it('refuses unknown fields instead of ignoring them', async () => {
    const result = await createRouter(handlersWith()).call('settings:update', { language: 'en', isAdmin: true }, { transport: 'test' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('VALIDATION');
  });

  it('words each input issue for the user in their language, the same sentence the form shows', async () => {
    const call = (language: 'zh-CN' | 'en') =>
      createRouter(handlersWith(), () => {}, () => language).call('settings:update', { userName: 'x'.repeat(200), isAdmin: true }, { transport: 'test' });
    const zh = await call('zh-CN');
    const en = await call('en');
    if (zh.ok || en.ok) throw new Error('expected VALIDATION');
    expect(zh.error.issues?.map((i) => i.message)).toEqual(expect.arrayContaining([expect.stringMatching(/^最多 \d+ 个字符$/), '包含本应用不认识的字段：isAdmin']));
    expect(en.error.issues?.map((i) => i.message)).toEqual(expect.arrayContaining([expect.stringMatching(/^At most \d+ characters/), 'Contains fields this app does not know: isAdmin']));
    expect(JSON.stringify(zh.error.issues)).not.toMatch(/Too big|expected|Unrecognized/);
  });

  it('answers an unknown channel with NOT_FOUND, including prototype names', async () => {
    for (const name of ['nope:nothing', '__proto__', 'constructor', 'toString']) {
      const result = await createRouter(handlersWith()).call(name, {}, { transport: 'test' });
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('NOT_FOUND');
    }
  });

  it('passes valid input to the handler and returns its value', async () => {
    const result = await createRouter(handlersWith()).call('settings:update', { language: 'en' }, { transport: 'test' });
    expect(result).toEqual({ ok: true, data: { ...settings, language: 'en' } });
  });

  it('returns a service error as a value with its code and message', async () => {
    const router = createRouter(handlersWith({ 'backup:create': () => { throw new ServiceError('CONFLICT', text('冲突', 'Conflict')); } }));
    expect(await router.call('backup:create', {}, { transport: 'test' })).toEqual({ ok: false, error: { code: 'CONFLICT', message: { 'zh-CN': '冲突', en: 'Conflict' } } });
  });

  it('turns an unexpected exception into INTERNAL without leaking its text, and logs it', async () => {
    const logged: string[] = [];
    const router = createRouter(handlersWith({ 'backup:list': () => { throw new Error('secret path /home/x'); } }), (m) => logged.push(m));
    const result = await router.call('backup:list', {}, { transport: 'test' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INTERNAL');
    expect(JSON.stringify(result.error)).not.toContain('secret path');
    expect(logged).toHaveLength(1);
  });
});
