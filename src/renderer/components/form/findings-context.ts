import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Finding } from '../../../shared/domain';
import type { FieldFindings } from './findings-resolver';

const NONE: readonly Finding[] = [];

const sameFindings = (a: readonly Finding[], b: readonly Finding[]): boolean =>
  a.length === b.length && a.every((f, i) => f.code === b[i]?.code && f.severity === b[i]?.severity && f.message.en === b[i]?.message.en);

/**
 * The live validator findings of a form, by field path. Fields subscribe to their own path, so a
 * keystroke re-renders only the fields whose findings changed, not the whole form.
 */
export class FindingsStore {
  private current: FieldFindings = {};
  private readonly listeners = new Set<() => void>();

  update(next: FieldFindings): void {
    const merged: Record<string, readonly Finding[]> = {};
    let changed = Object.keys(this.current).some((path) => !(path in next) && (this.current[path]?.length ?? 0) > 0);
    for (const [path, list] of Object.entries(next)) {
      const previous = this.current[path];
      if (previous && sameFindings(previous, list)) merged[path] = previous;
      else {
        merged[path] = list;
        if (list.length > 0 || (previous?.length ?? 0) > 0) changed = true;
      }
    }
    this.current = merged;
    if (changed) for (const listener of [...this.listeners]) listener();
  }

  get = (path: string): readonly Finding[] => this.current[path] ?? NONE;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };
}

export interface FormFeedback {
  /**
   * A store (fields re-render only when their own findings change), or a plain map (simpler, but
   * every field re-renders whenever the map is replaced).
   */
  findings: FindingsStore | FieldFindings;
  /** Paths of the fields on screen, so an answer from main can tell which issues have a field. */
  shown: Set<string>;
}

export const FormFeedbackContext = createContext<FormFeedback>({ findings: new FindingsStore(), shown: new Set() });

export const useFormFeedback = (): FormFeedback => useContext(FormFeedbackContext);

const noSubscription = () => () => undefined;

/** The findings of one field; from a store, re-rendering only when they change. */
export function useFieldFindings(path: string): readonly Finding[] {
  const { findings } = useFormFeedback();
  const store = findings instanceof FindingsStore ? findings : undefined;
  const fromStore = useSyncExternalStore(store?.subscribe ?? noSubscription, () => (store ? store.get(path) : NONE));
  return store ? fromStore : ((findings as FieldFindings)[path] ?? NONE);
}
