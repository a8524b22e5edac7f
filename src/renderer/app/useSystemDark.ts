import { useSyncExternalStore } from 'react';

const query = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(query);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

const snapshot = () => window.matchMedia(query).matches;

/** Whether the OS asks for a dark appearance, following it live. */
export function useSystemDark(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}
