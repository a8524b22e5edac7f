import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ErrorCode } from '../../shared/ipc/result';
import { UPLOAD_BODY_LIMITS } from '../../shared/ipc/uploads';
import type { Router } from '../ipc/router';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { readStatic, resolveStaticPath } from './static-files';

export const MAX_BODY_BYTES = 1024 * 1024;
export const TOKEN_HEADER = 'x-icp-desk-token';
const LAUNCH_PARAM = 'launch';
/** How long a request body may take to arrive once its headers are in. */
export const BODY_TIMEOUT_MS = 10_000;

export interface WebServerOptions {
  router: Router;
  rendererDir: string;
  port?: number;
  /** Fixed only in tests; otherwise a fresh random token per launch. */
  token?: string;
  /** Shorter only in tests. */
  bodyTimeoutMs?: number;
}

export interface WebServer {
  url: string;
  /** The address to open: it carries the launch key, exchanged for a session cookie on first load. */
  launchUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const json = (res: http.ServerResponse, status: number, body: unknown) => {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(payload);
};

/** Transport-level refusals still answer with an error value, so the client handles one shape. */
const codeForStatus = (status: number): ErrorCode =>
  status === 401 || status === 403 ? 'LOCKED' : status === 404 ? 'NOT_FOUND' : status < 500 ? 'VALIDATION' : 'INTERNAL';

/**
 * A refusal also ends the connection: the request body may be unread (a refused caller could
 * otherwise keep streaming into it, or hold the socket open with a body that never comes).
 */
const refusal = (res: http.ServerResponse, status: number, en: string, zh: string) => {
  res.setHeader('connection', 'close');
  json(res, status, { ok: false, error: { code: codeForStatus(status), message: { 'zh-CN': zh, en } } });
};

/**
 * Sec-Fetch-Site, sent by current browsers: only our own page ('same-origin') and the user opening
 * the URL ('none') may talk to us; another site — or another port of 127.0.0.1, which the browser
 * counts as 'same-site' — may not. Clients that send no such header (tools, older browsers) still
 * meet the Host, Origin and token checks.
 */
const allowedFetchSite = (value: string | string[] | undefined): boolean => value === undefined || value === 'same-origin' || value === 'none';

const sameToken = (given: string | undefined, expected: string): boolean => {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** The value of one cookie in a Cookie header, if present. */
function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The largest body a channel accepts: 1 MB, more only for the file uploads (shared/ipc/uploads.ts). */
export const bodyLimitFor = (channel: string): number => (Object.hasOwn(UPLOAD_BODY_LIMITS, channel) ? (UPLOAD_BODY_LIMITS[channel] ?? MAX_BODY_BYTES) : MAX_BODY_BYTES);

function readBody(req: http.IncomingMessage, timeoutMs: number, limit: number): Promise<Buffer | 'too-large' | 'too-slow'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      resolve('too-large');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (outcome: 'too-large' | 'too-slow') => {
      clearTimeout(timer);
      chunks.length = 0;
      req.removeAllListeners('data');
      resolve(outcome);
    };
    // A body that trickles in (or never comes) must not hold the connection for minutes.
    const timer = setTimeout(() => stop('too-slow'), timeoutMs);
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        stop('too-large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/**
 * Browser mode (architecture §3): the built renderer and `POST /api/<channel>` on 127.0.0.1 only.
 * Any web page the user visits could send requests to this port, and so could any other local
 * process or user: every API call needs the per-launch token. The browser gets it once, from the
 * launch URL the server prints and opens (`/?launch=<token>`), and keeps it as an HttpOnly,
 * SameSite=Strict cookie — the page never contains it, so fetching `/` does not reveal it. Other
 * clients (the benchmark, tests) send it in a header. Host and Origin must be our own: a foreign
 * Host means DNS rebinding, a foreign Origin a cross-site request.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(32).toString('hex');
  const rendererDir = path.resolve(options.rendererDir);
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();
  // Cookies are per host, not per port: name the cookie after the port so two servers never mix.
  let cookieName = '';

  // Node's own limits as the backstop for what happens before our handler runs (slow headers).
  const server = http.createServer({ headersTimeout: 10_000, requestTimeout: 30_000 }, (req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) refusal(res, 500, 'Internal server error.', '服务器内部错误。');
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    if (!allowedHosts.has(req.headers.host ?? '')) return refusal(res, 403, 'Unknown Host header.', '不接受的 Host。');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins.has(origin)) return refusal(res, 403, 'Requests from other sites are refused.', '拒绝来自其他网站的请求。');
    if (!allowedFetchSite(req.headers['sec-fetch-site'])) return refusal(res, 403, 'Requests from other sites are refused.', '拒绝来自其他网站的请求。');
    const url = new URL(req.url ?? '/', 'http://localhost');

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return refusal(res, 405, 'Use POST.', '请使用 POST。');
      const signedIn = sameToken(req.headers[TOKEN_HEADER] as string | undefined, token) || sameToken(cookieValue(req.headers.cookie, cookieName), token);
      if (!signedIn) {
        return refusal(res, 401, 'Not signed in to this session: open the address ICP Desk printed when browser mode started.', '未登录本次会话：请打开浏览器模式启动时打印的地址。');
      }
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refusal(res, 415, 'Send JSON.', '请发送 JSON。');
      let channel: string;
      try {
        channel = decodeURIComponent(url.pathname.slice('/api/'.length));
      } catch {
        return refusal(res, 404, 'No such channel.', '没有这个功能。');
      }
      const limit = bodyLimitFor(channel);
      const body = await readBody(req, options.bodyTimeoutMs ?? BODY_TIMEOUT_MS, limit);
      if (body === 'too-large') return refusal(res, 413, `Request larger than ${limit} bytes.`, `请求超过 ${limit} 字节。`);
      if (body === 'too-slow') return refusal(res, 408, 'The request body took too long to arrive.', '请求内容传输超时。');
      let input: unknown;
      try {
        input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
      } catch {
        return refusal(res, 400, 'The request body is not valid JSON.', '请求内容不是有效的 JSON。');
      }
      const result = await options.router.call(channel, input, { transport: 'web' });
      return json(res, 200, result);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return refusal(res, 405, 'Method not allowed.', '不支持的请求方法。');
    const launch = url.searchParams.get(LAUNCH_PARAM);
    if (launch !== null) {
      if (!sameToken(launch, token)) return refusal(res, 403, 'This launch address is not valid: open the one printed when browser mode started.', '启动地址无效：请打开浏览器模式启动时打印的地址。');
      // Trade the key for a cookie and drop it from the address bar and history.
      res.writeHead(303, { location: '/', 'set-cookie': `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`, 'cache-control': 'no-store' });
      res.end();
      return;
    }
    const file = resolveStaticPath(rendererDir, url.pathname);
    const found = file ? await readStatic(file) : null;
    if (!found) return refusal(res, 404, 'Not found.', '未找到。');
    res.writeHead(200, {
      'content-type': found.type,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : found.body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  allowedOrigins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
  cookieName = `icp-desk-${port}`;

  return {
    url: `http://127.0.0.1:${port}/`,
    launchUrl: `http://127.0.0.1:${port}/?${LAUNCH_PARAM}=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
