/**
 * Turns what people paste (full-width digits and letters from a Chinese IME, the many dash
 * characters word processors produce, ideographic and no-break spaces) into plain ASCII so that
 * the validators can look at one shape. Architecture §9: input is tolerant of this noise.
 */

/** Every dash-like character we have seen in pasted ICP numbers and phone numbers. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/** Any whitespace, including the ideographic space U+3000 and no-break space U+00A0. */
const WHITESPACE = /[\s\u00A0\u3000]+/g;

/** Full-width ASCII block U+FF01–U+FF5E maps to U+0021–U+007E. */
export function toHalfWidth(value: string): string {
  return value.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

export function normalizeDashes(value: string): string {
  return value.replace(DASHES, '-');
}

export function removeWhitespace(value: string): string {
  return value.replace(WHITESPACE, '');
}

/** Half-width, dashes unified, all whitespace removed: the compact form most validators parse. */
export function compact(value: string): string {
  return removeWhitespace(normalizeDashes(toHalfWidth(value)));
}
