import type { Migration } from './types';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * v0 is the pre-journal layout: one JSON file `{ settings: {...}, events: [...] }`, no
 * schemaVersion, no generation. Its events were `{ at, action, actor?, detail? }` without ids.
 * v1 is the snapshot envelope the journal works with. Missing settings fields get the defaults v0
 * itself used when they were absent; anything that still does not fit fails validation after the
 * migration, and the open reports the file as damaged (the backup taken before holds the original).
 */
const v0ToV1: Migration = {
  from: 0,
  to: 1,
  description: 'pre-journal { settings, events } → snapshot envelope { schemaVersion, generation, collections }',
  migrate: (doc) => {
    const old = isObject(doc) ? doc : {};
    const settings = isObject(old.settings)
      ? [{ language: 'zh-CN', theme: 'system', userName: '', ...old.settings, id: 'app' }]
      : [];
    const oldEvents = Array.isArray(old.events) ? old.events : [];
    const events = oldEvents.map((e: unknown, i) => {
      const ev = isObject(e) ? e : {};
      const detail = typeof ev.detail === 'string' ? ev.detail : undefined;
      return {
        id: `v0-${String(i + 1).padStart(6, '0')}`,
        at: ev.at,
        actor: typeof ev.actor === 'string' ? ev.actor : 'v0',
        action: ev.action,
        // v0 wrote one language only; show the same words in both rather than invent a translation.
        ...(detail === undefined ? {} : { summary: { 'zh-CN': detail, en: detail } }),
      };
    });
    return { schemaVersion: 1, generation: 1, collections: { settings, events } };
  },
};

/** Ordered: each step takes a raw snapshot document of version `from` to version `to`. Pure. */
export const migrations: Migration[] = [v0ToV1];
