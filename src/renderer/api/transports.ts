import type { Result } from '../../shared/ipc';
import { failure, toResult } from './envelope';
import type { IcpDeskBridge } from './window';

/** Sends one call and always answers with a Result: transports never throw. */
export type Transport = (channel: string, input: unknown) => Promise<Result<unknown>>;


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

/**
 * Browser mode: `POST /api/<channel>` on the loopback server that served this page. The session
 * is an HttpOnly cookie the server set when the launch address was opened, so the page never
 * handles the key itself.
 */
export function httpTransport(options: HttpTransportOptions): Transport {
  const send = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const base = options.baseUrl ?? '';
  return async (channel, input) => {
    let response: Response;
    try {
      response = await send(`${base}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        credentials: 'same-origin',
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

/** The desktop bridge when the preload provided one, otherwise the browser-mode server. */
export function defaultTransport(win: Window): Transport {
  return win.icpDesk ? electronTransport(win.icpDesk) : httpTransport({});
}
