// Injected by Forge's Vite plugin (and by vite.main.config.mts in standalone builds).
declare const MAIN_WINDOW_VITE_DEV_SERVER_URL: string | undefined;
declare const MAIN_WINDOW_VITE_NAME: string;
