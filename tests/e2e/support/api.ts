import type { Page } from '@playwright/test';

/**
 * Calls a channel of the running app the way its own page does (browser mode: the session cookie),
 * for setting up data a test is not about. The journeys under test go through the UI.
 */
export async function callApi<T = unknown>(page: Page, channel: string, input: unknown): Promise<T> {
  const answer = await page.evaluate(
    async ([name, body]) => {
      const response = await fetch(`/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return (await response.json()) as { ok: boolean; data?: unknown; error?: unknown };
    },
    [channel, input] as const,
  );
  if (!answer.ok) throw new Error(`${channel} failed: ${JSON.stringify(answer.error)}`);
  return answer.data as T;
}
