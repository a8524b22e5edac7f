import { get, set, type FieldErrors, type FieldValues, type Resolver } from 'react-hook-form';
import type { Finding } from '../../../shared/domain';

/** Validator findings per form path ('entity.certificateNumber', 'leader.person.mobile', …). */
export type FieldFindings = Readonly<Record<string, readonly Finding[]>>;

/** The error type under which a blocking validator finding is recorded in react-hook-form. */
export const FINDING_ERROR = 'finding';

/**
 * The schema's resolver plus the shared validators: a field whose validator reports an error does
 * not pass, exactly like a schema error, so saving is blocked and focus goes to it. The message is
 * not stored (FINDING_ERROR): the field shows the live findings, in the current language.
 */
export function withFindings<In extends FieldValues, Ctx, Out>(base: Resolver<In, Ctx, Out>, check: (values: In) => FieldFindings): Resolver<In, Ctx, Out> {
  return async (values, context, options) => {
    const result = await base(values, context, options);
    const findings = check(values);
    const blocking = Object.entries(findings).filter(([, list]) => list.some((f) => f.severity === 'error'));
    if (blocking.length === 0) return result;
    const errors = { ...result.errors } as FieldErrors<In>;
    for (const [path, list] of blocking) {
      if (get(errors, path)) continue;
      const first = list.find((f) => f.severity === 'error');
      set(errors, path, { type: FINDING_ERROR, message: first?.code ?? '' });
    }
    return { values: {}, errors };
  };
}
