import { zodResolver } from '@hookform/resolvers/zod';
import type { TFunction } from 'i18next';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { zodIssueWording } from '../../../shared/i18n/zod-issue';

type Issue = z.core.$ZodRawIssue;

/** A shared schema's issue worded for the user in the UI language (shared/i18n/zod-issue.ts). */
export function zodIssueMessage(t: TFunction, issue: Issue): string {
  const { key, values } = zodIssueWording(issue);
  // The typed t() wants each key's own placeholders; the wording carries exactly those.
  return (t as (key: string, values?: Record<string, unknown>) => string)(key, values);
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
