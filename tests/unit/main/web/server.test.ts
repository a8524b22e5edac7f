import http from 'node:http';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Router } from '../../../../src/main/ipc/router';
import { MAX_BODY_BYTES, startWebServer, type WebServer } from '../../../../src/main/web/server';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Raw HTTP, because fetch will not let a test forge the Host header. */
function request(server: WebServer, options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, method: options.method ?? 'GET', path: options.path, headers: { host: `127.0.0.1:${server.port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

describe('browser-mode server', () => {
  let root: string;
  let server: WebServer;
  const calls: { channel: string; input: unknown }[] = [];
  const router: Router = {
    async call(channel, input) {
      calls.push({ channel, input });
      return { ok: true, data: { echoed: channel } };
    },
  };
  const api = (extra: Record<string, string> = {}) => ({ 'content-type': 'application/json', 'x-icp-desk-token': server.token, ...extra });

  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'icp-web-'));
    const site = path.join(root, 'site');
    mkdirSync(path.join(site, 'assets'), { recursive: true });
    writeFileSync(path.join(site, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
    writeFileSync(path.join(site, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(root, 'secret.txt'), 'do not serve');
    server = await startWebServer({ router, rendererDir: site });
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('listens on loopback only and prints its own URL', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it('answers a call that carries the token with the router result', async () => {
    const reply = await request(server, { method: 'POST', path: '/api/settings:get', headers: api({ origin: `http://127.0.0.1:${server.port}` }), body: '{}' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, data: { echoed: 'settings:get' } });
  });

  it('refuses an API call without a token', async () => {
    const reply = await request(server, { method: 'POST', path: '/api/settings:get', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body).ok).toBe(false);
  });

  it('refuses an API call with a wrong token', async () => {
    const reply = await request(server, { method: 'POST', path: '/api/settings:get', headers: api({ 'x-icp-desk-token': 'x'.repeat(64) }), body: '{}' });
    expect(reply.status).toBe(401);
  });

  it('refuses a request from a foreign Origin even with the token', async () => {
    const reply = await request(server, { method: 'POST', path: '/api/settings:get', headers: api({ origin: 'https://evil.example' }), body: '{}' });
    expect(reply.status).toBe(403);
  });

  it('refuses a DNS-rebinding Host header', async () => {
    const reply = await request(server, { path: '/', headers: { host: `evil.example:${server.port}` } });
    expect(reply.status).toBe(403);
  });

  it('refuses an oversized body with 413', async () => {
    const reply = await request(server, { method: 'POST', path: '/api/settings:update', headers: api(), body: Buffer.alloc(MAX_BODY_BYTES + 10, 0x20) });
    expect(reply.status).toBe(413);
  });

  it('refuses malformed JSON with 400', async () => {
    const reply = await request(server, { method: 'POST', path: '/api/settings:update', headers: api(), body: '{"language":' });
    expect(reply.status).toBe(400);
  });

  it('refuses a non-JSON content type and methods other than POST', async () => {
    expect((await request(server, { method: 'POST', path: '/api/settings:get', headers: api({ 'content-type': 'text/plain' }), body: '{}' })).status).toBe(415);
    expect((await request(server, { method: 'GET', path: '/api/settings:get', headers: api() })).status).toBe(405);
  });

  it('serves index.html with the CSP and without the token', async () => {
    const reply = await request(server, { path: '/' });
    expect(reply.status).toBe(200);
    expect(reply.body).not.toContain(server.token);
    expect(reply.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('trades the launch key for an HttpOnly, SameSite=Strict session cookie that then authorizes calls', async () => {
    const launchPath = new URL(server.launchUrl).pathname + new URL(server.launchUrl).search;
    const launch = await request(server, { path: launchPath });
    expect(launch.status).toBe(303);
    expect(launch.headers.location).toBe('/');
    const cookie = String(launch.headers['set-cookie']);
    expect(cookie).toContain(`icp-desk-${server.port}=${server.token}`);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const call = await request(server, { method: 'POST', path: '/api/settings:get', headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0] ?? '' }, body: '{}' });
    expect(call.status).toBe(200);
  });

  it('refuses a wrong launch key and a session cookie with a wrong value', async () => {
    expect((await request(server, { path: '/?launch=' + 'f'.repeat(64) })).status).toBe(403);
    const call = await request(server, { method: 'POST', path: '/api/settings:get', headers: { 'content-type': 'application/json', cookie: `icp-desk-${server.port}=${'f'.repeat(64)}` }, body: '{}' });
    expect(call.status).toBe(401);
  });

  it('serves static assets but never a file outside the renderer folder', async () => {
    expect((await request(server, { path: '/assets/app.js' })).status).toBe(200);
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/..%5csecret.txt', '/%00']) {
      const reply = await request(server, { path: attempt });
      expect(reply.status, attempt).not.toBe(200);
      expect(reply.body).not.toContain('do not serve');
    }
  });
});
