import http from 'node:http';
import net from 'node:net';

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Raw HTTP, because fetch will not let a test forge Host, Origin or Sec-Fetch-Site. */
export function request(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string | string[]>; body?: string | Buffer; agent?: http.Agent },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
        ...(options.agent ? { agent: options.agent } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

export interface RawExchange {
  /** Everything the server sent. */
  text: string;
  /** The server closed the connection (rather than the test giving up). */
  closedByServer: boolean;
  /** Milliseconds from the first byte sent to the end. */
  ms: number;
}

/**
 * Writes raw bytes on a socket — `head` first, then `more()` as long as the server keeps the
 * connection (a body that never ends, or trickles) — until the server closes it or `giveUpMs`.
 */
export function rawExchange(port: number, head: string, options: { more?: () => Buffer | string | undefined; everyMs?: number; giveUpMs: number }): Promise<RawExchange> {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = net.connect(port, '127.0.0.1');
    let text = '';
    let done = false;
    const finish = (closedByServer: boolean) => {
      if (done) return;
      done = true;
      clearInterval(pump);
      clearTimeout(giveUp);
      socket.destroy();
      resolve({ text, closedByServer, ms: performance.now() - started });
    };
    socket.on('data', (d: Buffer) => (text += d.toString('utf8')));
    socket.on('close', () => finish(true));
    // EPIPE / ECONNRESET while still sending: the server cut us off, which is what we want to see.
    socket.on('error', () => undefined);
    socket.write(head);
    const pump = setInterval(() => {
      const next = options.more?.();
      if (next !== undefined && !socket.destroyed && socket.writable) socket.write(next);
    }, options.everyMs ?? 5);
    const giveUp = setTimeout(() => finish(false), options.giveUpMs);
  });
}

export const statusOf = (exchange: RawExchange): number => Number(/^HTTP\/1\.1 (\d{3})/.exec(exchange.text)?.[1] ?? 0);
