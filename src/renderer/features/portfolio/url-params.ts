/** Anything that reads a value back through a schema (a zod enum). */
export type ParamSchema<T> = { safeParse: (v: unknown) => { success: true; data: T } | { success: false } };

/** A list query kept in the address: one value read back through its schema, or nothing if absent or unknown. */
export const parseParam = <T>(schema: ParamSchema<T>, value: string | null): T | undefined => {
  if (value === null) return undefined;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
};
