import { z } from 'zod';
import { AccessDraft, DocumentItem, EntityDraft, PersonDraft, ServiceDraft, type FilingStep } from '../../../../shared/domain';

/** The lenient draft each step saves (filing:save-step's `data`), from the shared model. */
export const STEP_SCHEMAS = {
  entity: EntityDraft,
  leaders: z.array(PersonDraft),
  services: z.array(ServiceDraft),
  access: z.array(AccessDraft),
  documents: z.array(DocumentItem),
} as const satisfies Record<FilingStep, z.ZodType>;

export type StepData<S extends FilingStep> = z.output<(typeof STEP_SCHEMAS)[S]>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Removes the value at `path` from a plain JSON tree (an array item is taken out of its list). */
function drop(root: unknown, path: readonly PropertyKey[]): boolean {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (!isRecord(node)) return false;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  const last = path.at(-1);
  if (last === undefined || !isRecord(node)) return false;
  if (Array.isArray(node) && typeof last === 'number') {
    if (last >= node.length) return false;
    node.splice(last, 1);
    return true;
  }
  if (!(last in node)) return false;
  delete (node as Record<PropertyKey, unknown>)[last];
  return true;
}

/**
 * What of a step's form values the draft can hold. A value half typed (a district code of four
 * digits, a whitespace-only name) would make main refuse the whole save, so it is left out of the
 * saved draft — it stays in the form, where its field says what is wrong — and everything else is
 * saved. Keys the draft does not know (form-only helpers) are dropped by the schema.
 */
export function sanitizeStep<S extends FilingStep>(step: S, values: unknown): StepData<S> {
  const schema = STEP_SCHEMAS[step] as unknown as z.ZodType<StepData<S>>;
  const copy: unknown = values === undefined ? (step === 'entity' ? {} : []) : JSON.parse(JSON.stringify(values));
  for (let round = 0; round < 50; round++) {
    const parsed = schema.safeParse(copy);
    if (parsed.success) return parsed.data;
    // One at a time: taking an item out of a list moves the paths of the issues after it.
    const issue = parsed.error.issues[0];
    if (!issue || !drop(copy, issue.path)) break;
  }
  return (step === 'entity' ? {} : []) as StepData<S>;
}
