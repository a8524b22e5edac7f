/**
 * When the whole data set changed under the screen (a backup was restored), every mounted query
 * reloads. Finer-grained invalidation can come when features need it.
 */
const listeners = new Set<() => void>();

export function onInvalidate(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function invalidateAll(): void {
  for (const listener of [...listeners]) listener();
}
