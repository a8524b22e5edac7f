import type { ImportField, ImportMapping } from '../../../shared/ipc/import-schemas';
import { FIELD_DEFS } from './fields';

/**
 * A header as compared: case, width, spaces, a required-mark '*' and a bracketed note ("（必填）",
 * "(optional)") do not matter, so 主体名称*, 主体名称（必填） and "Entity Name" all read the same.
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s*＊:：_\-./]/g, '');
}

const lookup: ReadonlyMap<string, ImportField> = (() => {
  const map = new Map<string, ImportField>();
  // Labels first (both languages), then aliases: a template header always wins over a look-alike.
  for (const d of FIELD_DEFS) for (const label of [d.label['zh-CN'], d.label.en]) map.set(normalizeHeader(label), d.field);
  for (const d of FIELD_DEFS) for (const alias of d.aliases) if (!map.has(normalizeHeader(alias))) map.set(normalizeHeader(alias), d.field);
  return map;
})();

/** Each column's field from its header; a field is taken by its first column only. */
export function detectMapping(headers: readonly string[]): ImportMapping {
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const field = lookup.get(normalizeHeader(header));
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** A mapping sent by the renderer, fitted to the file: one entry per column, a field at most once. */
export function fitMapping(mapping: ImportMapping, columnCount: number): ImportMapping {
  const taken = new Set<ImportField>();
  return Array.from({ length: columnCount }, (_, i) => {
    const field = mapping[i] ?? null;
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}
