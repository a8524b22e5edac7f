import { app, session, shell, type WebContents } from 'electron';
import { isAllowedExternalUrl } from './external-urls';

/**
 * Applies the Electron security checklist to every web contents: no navigation away from the app,
 * no new windows (allowed links go to the OS browser instead), no <webview>, and every permission
 * request denied. `appOrigin` is the renderer's own origin.
 */
export function hardenWebContents(appOrigin: string): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (originOf(url) !== appOrigin) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (originOf(url) !== appOrigin) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      openExternalIfAllowed(url);
      return { action: 'deny' };
    });
  });
}

export function openExternalIfAllowed(url: string): boolean {
  if (!isAllowedExternalUrl(url)) return false;
  void shell.openExternal(url);
  return true;
}

/**
 * `scheme://host[:port]` of a URL. Not `URL.origin`: outside Electron (and in the smoke test) a
 * custom scheme such as app:// is not "special", so its `origin` is the string "null" for every host.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null;
  } catch {
    return null;
  }
}
