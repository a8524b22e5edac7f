import { zodResolver } from '@hookform/resolvers/zod';
import type { TFunction } from 'i18next';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

type Issue = z.core.$ZodRawIssue;

const lastKey = (issue: Issue): string => {
  const path = issue.path ?? [];
  const last = path[path.length - 1];
  return typeof last === 'string' ? last : '';
};

/**
 * Words the shared schemas' issues for a person filling a form: what to do, in the UI language.
 * The schemas' own messages are for developers; the refinements we know get their own sentence.
 */
export function zodIssueMessage(t: TFunction, issue: Issue): string {
  const missing = issue.input === undefined || issue.input === null || issue.input === '';
  switch (issue.code) {
    case 'invalid_type':
    case 'invalid_value':
    case 'invalid_union':
      return missing ? t('form.value.required') : t('form.value.invalid');
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'set') return t('form.list.empty');
      return missing || issue.minimum === 1 ? t('form.value.required') : t('form.text.tooShort', { min: Number(issue.minimum) });
    case 'too_big':
      return t('form.text.tooLong', { max: Number(issue.maximum) });
    case 'invalid_format':
      if (missing) return t('form.value.required');
      if (issue.format === 'email') return t('form.email.invalid');
      if (issue.format === 'date') return t('form.date.invalid');
      if (issue.format === 'ipv4' || issue.format === 'ipv6') return t('form.ip.invalid');
      return t('form.value.invalid');
    case 'custom':
      switch (lastKey(issue)) {
        case 'certificateValidUntil':
          return t('form.validity.order');
        case 'city':
          return t('form.region.cityOutside');
        case 'district':
          return t('form.region.districtOutside');
        case 'certificateType':
          return t('form.certificateType.notForNature');
        case 'legalRepresentative':
          return t('form.legalRep.required');
        case 'signatureDigest':
          return t('form.digest.length');
        default:
          return t('form.value.invalid');
      }
    default:
      return t('form.value.invalid');
  }
}


/** Refinements carry developer text as their message; the field's own sentence replaces it. */
function rewordCustom(errors: FieldErrors, t: TFunction, path: string[] = []): void {
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object') continue;
    const error = value as { type?: unknown; message?: unknown; ref?: unknown };
    if (error.type === 'custom' && typeof error.message === 'string') {
      error.message = zodIssueMessage(t, { code: 'custom', path: [...path, key], input: undefined } as Issue);
    } else if (key !== 'ref') {
      rewordCustom(value as FieldErrors, t, [...path, key]);
    }
  }
}

/** zodResolver over a shared schema, with every message worded for the user in the UI language. */
export function formResolver<In extends FieldValues, Out>(schema: z.ZodType<Out, In>, t: TFunction): Resolver<In, unknown, Out> {
  const base = zodResolver(schema as z.ZodType<Out, FieldValues>, { error: (issue: Issue) => zodIssueMessage(t, issue) }) as unknown as Resolver<In, unknown, Out>;
  return async (values, context, options) => {
    const result = await base(values, context, options);
    rewordCustom(result.errors as FieldErrors, t);
    return result;
  };
}
