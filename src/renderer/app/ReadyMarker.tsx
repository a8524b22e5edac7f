import { useEffect } from 'react';
import { markReady } from './ready-marker';

/**
 * Rendered inside the same Suspense boundary as a (lazy) screen, so its effect runs only once that
 * screen has actually been committed.
 */
export function ReadyMarker() {
  useEffect(() => {
    markReady();
  }, []);
  return null;
}
