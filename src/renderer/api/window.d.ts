/**
 * What the preload exposes (architecture §2): one narrow function, never ipcRenderer itself.
 * It is absent in browser mode, where the api client talks HTTP instead.
 */
export interface IcpDeskBridge {
  invoke(channel: string, input: unknown): Promise<unknown>;
}

declare global {
  interface Window {
    icpDesk?: IcpDeskBridge;
  }
}
