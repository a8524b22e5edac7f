import type { Result } from '../../shared/ipc';
import { failure, toResult } from './envelope';
import type { IcpDeskBridge } from './window';

/** Sends one call and always answers with a Result: transports never throw. */
export type Transport = (channel: string, input: unknown) => Promise<Result<unknown>>;

export const TOKEN_META_NAME = 'icp-desk-token';
export const TOKEN_HEADER = 'x-icp-desk-token';

/** Desktop app: through the preload bridge. */
export function electronTransport(bridge: IcpDeskBridge): Transport {
  return async (channel, input) => {
    let raw: unknown;
    try {
      raw = await bridge.invoke(channel, input);
    } catch {
      return failure('INTERNAL', 'api.service.unreachable');
    }
    return toResult(raw) ?? failure('INTERNAL', 'api.response.invalid');
  };
}

export interface HttpTransportOptions {
  /** The per-launch token the browser-mode server put into index.html. */
  token: string | undefined;
  fetch?: typeof fetch;
  baseUrl?: string;
}

/**
 * Refusals before the router ran (wrong token, foreign origin, too large…) are not about the data
 * the user entered, so they never come back as VALIDATION: a form would look for fields to blame.
 */
function refusal(status: number, answer: Result<unknown> | undefined): Result<never> {
  const code = status === 401 || status === 403 || status === 423 ? 'LOCKED' : 'INTERNAL';
  if (answer && !answer.ok) return { ok: false, error: { code, message: answer.error.message } };
  if (status === 401 || status === 403) return failure(code, 'api.refused.token');
  if (status === 423) return failure(code, 'api.refused.locked');
  if (status === 413) return failure(code, 'api.refused.tooLarge');
  return failure(code, 'api.refused.other', { status });
}

/** Browser mode: `POST /api/<channel>` on the loopback server that served this page. */
export function httpTransport(options: HttpTransportOptions): Transport {
  const send = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const base = options.baseUrl ?? '';
  return async (channel, input) => {
    let response: Response;
    try {
      response = await send(`${base}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: options.token ?? '' },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return failure('INTERNAL', 'api.service.unreachable');
    }
    let answer: Result<unknown> | undefined;
    try {
      answer = toResult(await response.json());
    } catch {
      answer = undefined;
    }
    if (!response.ok) return refusal(response.status, answer);
    return answer ?? failure('INTERNAL', 'api.response.invalid');
  };
}

/** Reads the token from `<meta name="icp-desk-token" content="…">`. */
export function readToken(doc: Document): string | undefined {
  return doc.querySelector(`meta[name="${TOKEN_META_NAME}"]`)?.getAttribute('content') ?? undefined;
}

/** The desktop bridge when the preload provided one, otherwise the browser-mode server. */
export function defaultTransport(win: Window): Transport {
  return win.icpDesk ? electronTransport(win.icpDesk) : httpTransport({ token: readToken(win.document) });
}
