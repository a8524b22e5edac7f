import { version } from '../../package.json';

/** The app version, inlined from package.json at build time. */
export const APP_VERSION: string = version;
