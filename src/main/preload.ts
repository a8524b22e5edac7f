import { contextBridge, ipcRenderer } from 'electron';
import { isChannel } from '../shared/ipc/contract';

/**
 * The renderer's only door to main: `window.icpDesk.invoke(channel, input)` for contract channels,
 * never ipcRenderer itself (Electron checklist #20).
 */
contextBridge.exposeInMainWorld('icpDesk', {
  invoke: (channel: string, input: unknown) => {
    if (!isChannel(channel)) return Promise.reject(new Error(`Unknown channel ${channel}`));
    return ipcRenderer.invoke(channel, input);
  },
});
