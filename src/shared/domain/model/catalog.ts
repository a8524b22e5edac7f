import type { LocalizedText } from '../finding';

/** One row of a pick-list: a stable code stored in records, and its labels. */
export interface CatalogItem<C extends string = string> {
  readonly code: C;
  readonly label: LocalizedText;
}

/** A versioned data table shown to the user with where it comes from and when it was checked. */
export interface Catalog<I extends CatalogItem> {
  readonly source: readonly string[];
  readonly asOf: string;
  readonly items: readonly I[];
}

/** The codes of a catalog as a non-empty tuple, ready for z.enum. */
export const codesOf = <C extends string>(items: readonly CatalogItem<C>[]): [C, ...C[]] => {
  const codes = items.map((i) => i.code);
  if (codes.length === 0) throw new Error('a catalog has at least one item');
  return codes as [C, ...C[]];
};
