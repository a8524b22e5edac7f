import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from './security/csp';
import { readStatic, resolveStaticPath } from './web/static-files';

/** The renderer's own origin in the packaged app: a custom scheme instead of file:// (checklist #18). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'icp-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Must run before `app` is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves the built renderer from `rendererDir` under app://icp-desk/, with the CSP on every response. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? resolveStaticPath(rendererDir, url.pathname) : null;
    const found = file ? await readStatic(file) : null;
    if (!found) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(found.body), {
      headers: { 'content-type': found.type, 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' },
    });
  });
}
