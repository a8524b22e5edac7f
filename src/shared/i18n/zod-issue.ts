import type { z } from 'zod';
import type { LocalizedText } from '../domain/finding';
import { localized, type MessageValues } from './catalogs';
import type { MessageKey } from './zh-CN';

type Issue = z.core.$ZodRawIssue | z.core.$ZodIssue;

export interface IssueWording {
  key: MessageKey;
  values?: MessageValues;
}

const lastKey = (issue: Issue): string => {
  const path = issue.path ?? [];
  const last = path[path.length - 1];
  return typeof last === 'string' ? last : '';
};

/** The refinements we know, by the field they sit on: each gets its own sentence. */
const customByField: Readonly<Record<string, MessageKey>> = {
  certificateValidUntil: 'form.validity.order',
  city: 'form.region.cityOutside',
  district: 'form.region.districtOutside',
  certificateType: 'form.certificateType.notForNature',
  legalRepresentative: 'form.legalRep.required',
  signatureDigest: 'form.digest.length',
};

/**
 * Words a schema issue for a person filling a form: what to do, as a message key. The schemas' own
 * messages are for developers. One wording for both sides: the renderer's form resolver and main's
 * input checks (router, services) use it, so a field gets the same sentence wherever it is checked.
 */
export function zodIssueWording(issue: Issue): IssueWording {
  const input = 'input' in issue ? issue.input : undefined;
  const missing = input === undefined || input === null || input === '';
  switch (issue.code) {
    case 'invalid_type':
    case 'invalid_value':
    case 'invalid_union':
      return { key: missing ? 'form.value.required' : 'form.value.invalid' };
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'form.list.empty' };
      return missing || issue.minimum === 1 ? { key: 'form.value.required' } : { key: 'form.text.tooShort', values: { min: Number(issue.minimum) } };
    case 'too_big':
      return { key: 'form.text.tooLong', values: { max: Number(issue.maximum) } };
    case 'invalid_format':
      if (missing) return { key: 'form.value.required' };
      if (issue.format === 'email') return { key: 'form.email.invalid' };
      if (issue.format === 'date') return { key: 'form.date.invalid' };
      if (issue.format === 'ipv4' || issue.format === 'ipv6') return { key: 'form.ip.invalid' };
      return { key: 'form.value.invalid' };
    case 'custom':
      return { key: customByField[lastKey(issue)] ?? 'form.value.invalid' };
    case 'unrecognized_keys':
      return { key: 'form.keys.unknown', values: { keys: issue.keys.join(', ') } };
    default:
      return { key: 'form.value.invalid' };
  }
}

/** The same wording in both languages. */
export const zodIssueText = (issue: Issue): LocalizedText => {
  const { key, values } = zodIssueWording(issue);
  return localized(key, values);
};
