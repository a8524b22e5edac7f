import { parseIcpNumber } from '../../../shared/domain/icp-number';
import { normalizeMobile } from '../../../shared/domain/validators/mobile';
import type { SearchField } from './entries';
import { icpKey, searchNorm } from './keys';

/**
 * A search box's text, made ready to match haystacks: an ICP number (however it was typed) becomes
 * its canonical form and an exact index key, a mobile number its 11 digits, anything else one term
 * per word, every term required.
 */
export interface TextQuery {
  readonly terms: readonly string[];
  /** Set when the text is an ICP number: look it up exactly instead of as a substring. */
  readonly icpKey?: string;
}

export function parseTextQuery(value: string | undefined): TextQuery | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  const parsed = parseIcpNumber(raw);
  if (parsed) return { terms: [searchNorm(parsed.canonical)], icpKey: icpKey(raw) };
  const mobile = normalizeMobile(raw);
  if (mobile) return { terms: [mobile] };
  const terms = raw.split(/[\s\u00A0\u3000]+/).map(searchNorm).filter((t) => t !== '');
  return terms.length > 0 ? { terms } : undefined;
}


/**
 * What to show as "matched" for a hit: nothing when the name itself (the first field) explains the
 * hit, else the first field holding the longest term (the most telling one).
 */
export function matchedField(fields: readonly SearchField[], query: TextQuery): string | undefined {
  const [name, ...rest] = fields;
  if (name && query.terms.every((t) => name.norm.includes(t))) return undefined;
  const longest = [...query.terms].sort((a, b) => b.length - a.length)[0] ?? '';
  return rest.find((f) => f.norm.includes(longest))?.shown;
}
