import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Router } from '../../../src/main/ipc/router';
import { bodyLimitFor, MAX_BODY_BYTES, startWebServer, type WebServer } from '../../../src/main/web/server';
import { rawExchange, request, statusOf } from './http-client';

/**
 * Browser-mode refusals beyond tests/unit/main/web/server.test.ts (issue #8, point 3): every
 * refused request is answered without reaching the router, and the connection does not stay
 * busy with a body nobody reads.
 */
describe('browser-mode server refuses', () => {
  let root: string;
  let server: WebServer;
  const calls: string[] = [];
  const router: Router = {
    async call(channel) {
      calls.push(channel);
      return { ok: true, data: { echoed: channel } };
    },
  };
  const BODY_TIMEOUT = 300;
  const api = (extra: Record<string, string> = {}) => ({ 'content-type': 'application/json', 'x-icp-desk-token': server.token, ...extra });
  const host = () => `127.0.0.1:${server.port}`;
  const headLines = (lines: Record<string, string>) => Object.entries(lines).map(([k, v]) => `${k}: ${v}\r\n`).join('');

  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'icp-web-hard-'));
    const site = path.join(root, 'site');
    mkdirSync(path.join(site, 'assets'), { recursive: true });
    writeFileSync(path.join(site, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
    writeFileSync(path.join(site, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(root, 'secret.txt'), 'do not serve');
    // A sibling whose name starts like the renderer folder: a prefix check would let it through.
    mkdirSync(path.join(root, 'site-evil'));
    writeFileSync(path.join(root, 'site-evil', 'secret.txt'), 'do not serve');
    server = await startWebServer({ router, rendererDir: site, bodyTimeoutMs: BODY_TIMEOUT });
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });
  beforeEach(() => {
    calls.length = 0;
  });

  it('connections to this machine\'s other addresses (it listens on 127.0.0.1 only)', async () => {
    const others = Object.values(os.networkInterfaces())
      .flat()
      .filter((a): a is os.NetworkInterfaceInfo => a !== undefined && !a.internal && a.family === 'IPv4')
      .map((a) => a.address);
    for (const address of [...others, '::1']) {
      const outcome = await new Promise<string>((done) => {
        const socket = net.connect({ host: address, port: server.port, timeout: 2000 });
        socket.once('connect', () => (socket.destroy(), done('connected')));
        socket.once('timeout', () => (socket.destroy(), done('timeout')));
        socket.once('error', (e: NodeJS.ErrnoException) => done(e.code ?? 'error'));
      });
      expect(outcome, address).not.toBe('connected');
    }
  });

  it('a cross-site or same-site fetch (Sec-Fetch-Site), even with the token; our own page and a typed URL pass', async () => {
    for (const site of ['cross-site', 'same-site']) {
      const apiReply = await request(server.port, { method: 'POST', path: '/api/settings:get', headers: api({ 'sec-fetch-site': site }), body: '{}' });
      expect(apiReply.status, site).toBe(403);
      expect(JSON.parse(apiReply.body)).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
      const page = await request(server.port, { path: '/', headers: { 'sec-fetch-site': site, 'sec-fetch-mode': 'navigate' } });
      expect(page.status, site).toBe(403);
      expect(page.body).not.toContain(server.token);
    }
    expect(calls).toEqual([]);
    expect((await request(server.port, { method: 'POST', path: '/api/settings:get', headers: api({ 'sec-fetch-site': 'same-origin' }), body: '{}' })).status).toBe(200);
    expect((await request(server.port, { path: '/', headers: { 'sec-fetch-site': 'none', 'sec-fetch-mode': 'navigate' } })).status).toBe(200);
  });

  it('Origins that only look like ours', async () => {
    const p = () => server.port;
    for (const origin of ['null', `http://127.0.0.1:${p() + 1}`, `https://127.0.0.1:${p()}`, `http://localhost.evil.example:${p()}`, `http://127.0.0.1:${p()}.evil.example`, `http://127.0.0.1`, `HTTP://127.0.0.1:${p()}X`]) {
      const reply = await request(server.port, { method: 'POST', path: '/api/settings:get', headers: api({ origin }), body: '{}' });
      expect(reply.status, origin).toBe(403);
    }
    expect(calls).toEqual([]);
  });

  it('Host headers of DNS rebinding and other names for this machine, on pages and API', async () => {
    const p = server.port;
    for (const bad of [`127.0.0.1`, `127.0.0.1:${p + 1}`, `localhost.evil.example:${p}`, `0.0.0.0:${p}`, `[::1]:${p}`, `127.1:${p}`, `127.0.0.1:${p}.`, `evil.example`]) {
      expect((await request(p, { path: '/', headers: { host: bad } })).status, bad).toBe(403);
      expect((await request(p, { method: 'POST', path: '/api/settings:get', headers: { ...api(), host: bad }, body: '{}' })).status, bad).toBe(403);
    }
    // HTTP/1.0 lets a client leave Host out altogether.
    const noHost = await rawExchange(p, 'GET / HTTP/1.0\r\n\r\n', { giveUpMs: 2000 });
    expect(statusOf(noHost)).toBe(403);
    expect(noHost.text).not.toContain(server.token);
    expect(calls).toEqual([]);
  });

  it('tokens that are almost right, or sent elsewhere than the header', async () => {
    const t = server.token;
    const variants: Record<string, string | string[]>[] = [
      { 'x-icp-desk-token': '' },
      { 'x-icp-desk-token': t.toUpperCase() },
      { 'x-icp-desk-token': `${t}0` },
      { 'x-icp-desk-token': t.slice(0, -1) },
      { 'x-icp-desk-token': ` ${t}x` },
      { 'x-icp-desk-token': [t, t] },
      { cookie: `x-icp-desk-token=${t}` },
      { authorization: `Bearer ${t}` },
    ];
    for (const extra of variants) {
      const reply = await request(server.port, { method: 'POST', path: `/api/settings:get?token=${t}`, headers: { 'content-type': 'application/json', ...extra }, body: '{}' });
      expect(reply.status, JSON.stringify(Object.keys(extra))).toBe(401);
    }
    expect(calls).toEqual([]);
  });

  it('an oversized chunked body without Content-Length: 413, and the server stops reading', async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const framed = Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]);
    let sent = 0;
    const exchange = await rawExchange(
      server.port,
      `POST /api/settings:update HTTP/1.1\r\n${headLines({ host: host(), 'content-type': 'application/json', 'x-icp-desk-token': server.token, 'transfer-encoding': 'chunked' })}\r\n`,
      { more: () => ((sent += framed.length), framed), everyMs: 2, giveUpMs: 5000 },
    );
    expect(statusOf(exchange)).toBe(413);
    expect(exchange.closedByServer, 'the connection is closed, not drained forever').toBe(true);
    expect(sent).toBeLessThan(16 * MAX_BODY_BYTES);
    expect(calls).toEqual([]);
  });

  it('a declared Content-Length over the cap: 413 before any of the body is read', async () => {
    const exchange = await rawExchange(
      server.port,
      `POST /api/settings:update HTTP/1.1\r\n${headLines({ host: host(), 'content-type': 'application/json', 'x-icp-desk-token': server.token, 'content-length': String(50 * MAX_BODY_BYTES) })}\r\n{`,
      { giveUpMs: 3000 },
    );
    expect(statusOf(exchange)).toBe(413);
    expect(exchange.closedByServer).toBe(true);
    expect(calls).toEqual([]);
  });

  it('an upload channel accepts a body over 1 MB up to its own cap; an ordinary channel refuses the same body', async () => {
    const body = JSON.stringify({ fileName: 'big.csv', base64: 'A'.repeat(2 * MAX_BODY_BYTES) });
    const ordinary = await request(server.port, { method: 'POST', path: '/api/settings:update', headers: api(), body });
    expect(ordinary.status).toBe(413);
    const upload = await request(server.port, { method: 'POST', path: '/api/import:preview', headers: api(), body });
    expect(upload.status, 'read and handed to the router').toBe(200);
    expect(bodyLimitFor('import:preview')).toBeGreaterThan(10 * MAX_BODY_BYTES);
    expect(bodyLimitFor('settings:update')).toBe(MAX_BODY_BYTES);
  });

  it('a body that trickles in too slowly: 408 and closed, while other clients are served meanwhile', async () => {
    const slow = rawExchange(
      server.port,
      `POST /api/settings:update HTTP/1.1\r\n${headLines({ host: host(), 'content-type': 'application/json', 'x-icp-desk-token': server.token, 'content-length': '1000' })}\r\n{"u`,
      { more: () => ' ', everyMs: 50, giveUpMs: 5000 },
    );
    const meanwhile = await request(server.port, { method: 'POST', path: '/api/settings:get', headers: api(), body: '{}' });
    expect(meanwhile.status).toBe(200);
    const exchange = await slow;
    expect(statusOf(exchange)).toBe(408);
    expect(exchange.closedByServer).toBe(true);
    expect(exchange.ms).toBeLessThan(BODY_TIMEOUT + 2000);
    expect(calls).toEqual(['settings:get']);
  });

  it('a refused request whose body never ends does not keep the connection', async () => {
    const exchange = await rawExchange(
      server.port,
      `POST /api/settings:update HTTP/1.1\r\n${headLines({ host: host(), 'content-type': 'application/json', 'content-length': '100000' })}\r\n{"a`,
      { more: () => 'x', everyMs: 20, giveUpMs: 3000 },
    );
    expect(statusOf(exchange)).toBe(401);
    expect(exchange.closedByServer).toBe(true);
  });

  it('malformed bodies and channel names: 400 / 404, never 500', async () => {
    const bodies: (string | Buffer)[] = ['{', '\uFEFF{}', '{"a":1}x', '{"a":1}{"b":2}', Buffer.from([0xff, 0xfe, 0x7b, 0x7d]), "{'a':1}", 'NaN', '[1,]', '{"a":"\\x"}'];
    for (const body of bodies) {
      const reply = await request(server.port, { method: 'POST', path: '/api/settings:update', headers: api(), body });
      expect(reply.status, String(body)).toBe(400);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    for (const name of ['%E0%A4%A', '%', '%zz', '%C0%AE']) {
      const reply = await request(server.port, { method: 'POST', path: `/api/${name}`, headers: api(), body: '{}' });
      expect(reply.status, name).toBe(404);
    }
    expect(calls).toEqual([]);
    // Deep nesting under the cap parses without a stack overflow and reaches the router as data.
    const deep = `${'['.repeat(400_000)}${']'.repeat(400_000)}`;
    expect((await request(server.port, { method: 'POST', path: '/api/settings:update', headers: api(), body: deep })).status).toBe(200);
  });

  it('CORS preflights and other methods, without ever granting CORS', async () => {
    const preflight = await request(server.port, {
      method: 'OPTIONS',
      path: '/api/settings:update',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-icp-desk-token' },
    });
    expect(preflight.status).toBe(403);
    const own = await request(server.port, { method: 'OPTIONS', path: '/api/settings:update', headers: { origin: `http://${host()}` } });
    expect(own.status).toBe(405);
    for (const method of ['PUT', 'DELETE', 'PATCH']) expect((await request(server.port, { method, path: '/index.html' })).status, method).toBe(405);
    for (const reply of [preflight, own]) expect(Object.keys(reply.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('encoded path traversal on static files, and on the API path', async () => {
    const attempts = [
      '/%2e%2e%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/.%2e/secret.txt',
      '/%2e./secret.txt',
      '/%252e%252e/secret.txt',
      '/%c0%ae%c0%ae/secret.txt',
      '/..%2fsite-evil/secret.txt',
      '/%2e%2e/site-evil/secret.txt',
      `/${'..%2f'.repeat(12)}etc/passwd`,
      '/%2fetc%2fpasswd',
      '//..//secret.txt',
      '/assets/%5c..%5c..%5csecret.txt',
      '/index.html%00.js',
    ];
    for (const attempt of attempts) {
      for (const method of ['GET', 'HEAD']) {
        const reply = await request(server.port, { method, path: attempt });
        expect(reply.status, `${method} ${attempt}`).toBe(404);
        expect(reply.body).not.toContain('do not serve');
        expect(reply.body).not.toContain('root:');
      }
    }
    const viaApi = await request(server.port, { method: 'POST', path: '/api/..%2f..%2fsecret.txt', headers: api(), body: '{}' });
    expect(viaApi.body).not.toContain('do not serve');
    // The router decides about unknown channels (NOT_FOUND); the path never reaches the disk.
    expect(calls).toEqual(['../../secret.txt']);
  });
});
