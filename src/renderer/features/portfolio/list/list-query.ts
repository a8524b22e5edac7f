import { parseParam, type ParamSchema as Schema } from '../url-params';

/** Sets a parameter, or drops it when there is nothing to keep (so the address stays short). */
export type PutParam = (key: string, value: string | undefined) => void;

/** How one field of a list's query is kept in the address. */
export interface ParamCodec<T> {
  /** The parameters it owns (dropped together when the field is reset). */
  keys: readonly string[];
  read: (params: URLSearchParams) => T;
  write: (value: T | undefined, put: PutParam) => void;
}

/** One codec per field of the view; declaration order is the order parameters are written in. */
export type QueryCodecs<V> = { [K in keyof Required<V>]: ParamCodec<V[K]> };

/** Free text (`q`), trimmed; an empty search is no search. */
export const textParam = (key: string): ParamCodec<string | undefined> => ({
  keys: [key],
  read: (params) => params.get(key) ?? undefined,
  write: (value, put) => put(key, value?.trim() || undefined),
});

/** One value of a closed set; anything else in the address (an old link, a typo) reads as none. */
export const enumParam = <T extends string>(key: string, schema: Schema<T>): ParamCodec<T | undefined> => ({
  keys: [key],
  read: (params) => parseParam(schema, params.get(key)),
  write: (value, put) => put(key, value),
});

/** A checkbox filter: `key=1` when on, absent (not `false`) when off. */
export const flagParam = (key: string): ParamCodec<boolean | undefined> => ({
  keys: [key],
  read: (params) => (params.get(key) === '1' ? true : undefined),
  write: (value, put) => put(key, value ? '1' : undefined),
});

/** A switch that is always known (the archive tab): `key=1` or absent. */
export const switchParam = (key: string): ParamCodec<boolean> => ({
  keys: [key],
  read: (params) => params.get(key) === '1',
  write: (value, put) => put(key, value ? '1' : undefined),
});

/** One of a few choices with a default that is left out of the address. */
export const choiceParam = <T extends string>(key: string, choices: readonly T[], fallback: T): ParamCodec<T> => ({
  keys: [key],
  read: (params) => choices.find((choice) => choice === params.get(key)) ?? fallback,
  write: (value, put) => put(key, value === fallback ? undefined : value),
});

/** A page number from 1; page 1 is left out of the address. */
export const pageParam = (key: string): ParamCodec<number> => ({
  keys: [key],
  read: (params) => Math.max(1, Number(params.get(key)) || 1),
  write: (value, put) => put(key, value && value > 1 ? String(value) : undefined),
});

/** A column sort as `sort=<field>&order=asc|desc` (ascending when the order is missing). */
export const sortParam = <F extends string>(fields: Schema<F>, orders: Schema<'asc' | 'desc'>): ParamCodec<{ field: F; order: 'asc' | 'desc' } | undefined> => ({
  keys: ['sort', 'order'],
  read: (params) => {
    const field = parseParam(fields, params.get('sort'));
    return field ? { field, order: parseParam(orders, params.get('order')) ?? 'asc' } : undefined;
  },
  write: (value, put) => {
    put('sort', value?.field);
    put('order', value?.order);
  },
});

const entries = <V>(codecs: QueryCodecs<V>) => Object.entries(codecs) as [keyof V & string, ParamCodec<unknown>][];

/** The view the address describes. */
export function readQuery<V>(codecs: QueryCodecs<V>, params: URLSearchParams): V {
  return Object.fromEntries(entries(codecs).map(([field, codec]) => [field, codec.read(params)])) as V;
}

export interface WriteOptions<V> {
  /** A field reset whenever another changes (the page: a new filter starts again at page 1). */
  resetOnChange?: keyof V & string;
}

/** The address after `patch`: only the fields named in it change; other parameters stay as they are. */
export function writeQuery<V>(codecs: QueryCodecs<V>, current: URLSearchParams, patch: Partial<V>, options: WriteOptions<V> = {}): URLSearchParams {
  const next = new URLSearchParams(current);
  const put: PutParam = (key, value) => (value ? next.set(key, value) : next.delete(key));
  for (const [field, codec] of entries(codecs)) {
    if (field in patch) codec.write(patch[field], put);
    else if (field === options.resetOnChange) codec.keys.forEach((key) => put(key, undefined));
  }
  return next;
}
