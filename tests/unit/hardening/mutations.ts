import fc from 'fast-check';

/**
 * Near-valid inputs: a valid sample with exactly one thing wrong — a field removed, of the wrong
 * type, a huge or strange string, an odd number, an extra key (prototype-pollution names included),
 * a huge array. Applied to any node of the sample, root included.
 */
export type Path = (string | number)[];

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every path to a node of a JSON-like value, the root ([]) first. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (isPlainObject(value)) for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}

/** Sets an own property even for names such as `__proto__`, the way JSON.parse creates them. */
const defineOwn = (target: object, key: string | number, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

type Edit = { kind: 'replace'; value: unknown } | { kind: 'remove' } | { kind: 'add-key'; key: string; value: unknown };

/** A copy of `root` with one edit at `path`. */
export function applyEdit(root: unknown, path: Path, edit: Edit): unknown {
  if (path.length === 0) {
    if (edit.kind === 'replace') return edit.value;
    if (edit.kind === 'remove') return undefined;
  }
  const copy: unknown = structuredClone(root);
  let parent: unknown = copy;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
  const last = path.at(-1);
  if (edit.kind === 'add-key') {
    const node = last === undefined ? parent : (parent as Record<string | number, unknown>)[last];
    if (isPlainObject(node)) defineOwn(node, edit.key, edit.value);
    else if (Array.isArray(node)) node.push(edit.value);
    else return { [edit.key]: edit.value };
    return copy;
  }
  if (last === undefined) return copy;
  if (edit.kind === 'remove') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete (parent as Record<string | number, unknown>)[last];
  } else {
    defineOwn(parent as object, last, edit.value);
  }
  return copy;
}

const HUGE = 300_000;
export const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'isAdmin'];
const polluting = { polluted: 'yes', toString: 'x', constructor: { prototype: { polluted: 'yes' } } };

const wrongType = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.string({ maxLength: 8 }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.constant({}),
  fc.date({ noInvalidDate: false }),
  fc.bigInt(),
);
const strangeString = fc.oneof(
  fc.constant('x'.repeat(HUGE)),
  fc.constant('中'.repeat(HUGE / 3)),
  fc.constant(''),
  fc.constant('   '),
  fc.constant('\u0000\u0001\u001f'),
  fc.constant('\ud800'),
  fc.constant('\u202e\u200b'),
  fc.constant('../../../etc/passwd'),
  fc.constant('..\\..\\windows\\win.ini'),
  fc.constant('<script>alert(1)</script>'),
  fc.constant('__proto__'),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const strangeNumber = fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, -1, 0.5, 2 ** 53, 1e308, Number.MIN_VALUE);
const hugeArray = fc.oneof(
  fc.constant(Array.from({ length: 10_000 }, () => 'x')),
  fc.constant(Array.from({ length: 2_000 }, () => ({ a: 1 }))),
);

export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { arbitrary: fc.constant<Edit>({ kind: 'remove' }), weight: 3 },
  { arbitrary: wrongType.map<Edit>((value) => ({ kind: 'replace', value })), weight: 3 },
  { arbitrary: strangeString.map<Edit>((value) => ({ kind: 'replace', value })), weight: 2 },
  { arbitrary: strangeNumber.map<Edit>((value) => ({ kind: 'replace', value })), weight: 1 },
  { arbitrary: hugeArray.map<Edit>((value) => ({ kind: 'replace', value })), weight: 1 },
  {
    arbitrary: fc
      .tuple(fc.oneof(fc.constantFrom(...POLLUTION_KEYS), fc.string({ maxLength: 6 })), fc.oneof(fc.constant<unknown>(polluting), wrongType))
      .map<Edit>(([key, value]) => ({ kind: 'add-key', key, value })),
    weight: 3,
  },
);

/** A near-valid variant of `sample`: one edit at one of its nodes. */
export const nearValid = (sample: unknown): fc.Arbitrary<unknown> => {
  const paths = pathsOf(sample);
  return fc.tuple(fc.nat({ max: paths.length - 1 }), editArb).map(([i, edit]) => applyEdit(sample, paths[i] ?? [], edit));
};

/** Anything a caller could send over structured clone (Electron IPC) or JSON (browser mode). */
export const garbage: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 3,
  maxKeys: 6,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withNullPrototype: true,
  withObjectString: true,
  withBoxedValues: true,
  key: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(...POLLUTION_KEYS)),
});
