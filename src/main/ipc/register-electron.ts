import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { text } from '../../shared/domain/finding';
import { channels } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { originOf } from '../security/web-contents';
import type { Router } from './router';

/**
 * The only place that registers ipcMain handlers: one per contract channel, each refusing callers
 * that are not a frame of the app's own origin before the router sees the input.
 */
export function registerIpc(router: Router, appOrigin: string): void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown): Promise<Result<unknown>> => {
      const sender = event.senderFrame?.url;
      if (!sender || originOf(sender) !== appOrigin) {
        return { ok: false, error: { code: 'LOCKED', message: text('拒绝来自未知页面的调用。', 'Calls from an unknown page are refused.') } };
      }
      return router.call(channel, input, { transport: 'electron' });
    });
  }
}
