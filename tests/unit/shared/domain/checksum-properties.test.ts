import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { residentIdCheckChar, RESIDENT_ID_WEIGHTS, checkResidentId } from '../../../../src/shared/domain/validators/resident-id';
import { checkUscc, usccCheckChar, USCC_ALPHABET, USCC_WEIGHTS } from '../../../../src/shared/domain/validators/uscc';

/**
 * What the two check characters can and cannot catch (domain-reference §6.1, §6.2).
 *
 * Both are pure check systems over a prime modulus: a valid code satisfies Σ vᵢ·wᵢ ≡ r (mod m) over
 * all 18 positions (the check character has weight 1): USCC m = 31, r = 0; resident ID (ISO 7064
 * MOD 11-2) m = 11, r = 1, X = 10.
 * - A substitution at position i escapes iff (new − old)·wᵢ ≡ 0 (mod m).
 * - A transposition of positions i, i+1 escapes iff (a − b)·(wᵢ − wᵢ₊₁) ≡ 0 (mod m).
 * With m prime this happens only if a weight, or a difference of neighbouring weights, is ≡ 0.
 * The exhaustive loops below compute the set of escaping cases for the exact weights we use and
 * find it EMPTY for both codes, so the properties exclude nothing in practice; the exclusion
 * predicate is still applied, so a future change of weights could not make the property lie.
 * (Changes the algorithm does not see at all are outside these properties: lower-case x → X is a
 * normalisation, not an error; a wrong but well-formed *other* code — two or more errors — can
 * collide with probability 1/m.)
 */

const m31 = (n: number) => ((n % 31) + 31) % 31;
const m11 = (n: number) => ((n % 11) + 11) % 11;
const usccWeight = (i: number) => (i < 17 ? (USCC_WEIGHTS[i] ?? 0) : 1);
const idWeight = (i: number) => (i < 17 ? (RESIDENT_ID_WEIGHTS[i] ?? 0) : 1);
const idValue = (ch: string) => (ch === 'X' ? 10 : Number(ch));

const usccSubstitutionEscapes = (i: number, from: number, to: number) => m31((to - from) * usccWeight(i)) === 0;
const usccTranspositionEscapes = (i: number, a: number, b: number) => m31((a - b) * (usccWeight(i) - usccWeight(i + 1))) === 0;
const idSubstitutionEscapes = (i: number, from: number, to: number) => m11((to - from) * idWeight(i)) === 0;
const idTranspositionEscapes = (i: number, a: number, b: number) => m11((a - b) * (idWeight(i) - idWeight(i + 1))) === 0;

describe('the undetectable cases, computed exhaustively', () => {
  it('USCC (MOD 31): no single substitution and no adjacent transposition of different characters escapes', () => {
    const escapes: string[] = [];
    for (let i = 0; i < 18; i++) {
      for (let a = 0; a < 31; a++) {
        for (let b = 0; b < 31; b++) {
          if (a === b) continue;
          if (usccSubstitutionEscapes(i, a, b)) escapes.push(`sub@${i + 1}:${a}->${b}`);
          if (i < 17 && usccTranspositionEscapes(i, a, b)) escapes.push(`swap@${i + 1}:${a}<->${b}`);
        }
      }
    }
    expect(escapes).toEqual([]);
  });

  it('resident ID (MOD 11-2): no single substitution and no adjacent transposition of different characters escapes', () => {
    const escapes: string[] = [];
    for (let i = 0; i < 18; i++) {
      const values = i < 17 ? 10 : 11; // digits only before the check character, which may be X
      for (let a = 0; a < values; a++) {
        for (let b = 0; b < values; b++) {
          if (a === b) continue;
          if (idSubstitutionEscapes(i, a, b)) escapes.push(`sub@${i + 1}:${a}->${b}`);
          if (i < 17 && idTranspositionEscapes(i, a, b)) escapes.push(`swap@${i + 1}:${a}<->${b}`);
        }
      }
    }
    expect(escapes).toEqual([]);
  });
});

const pick = (chars: string) => fc.constantFrom(...chars.split(''));

const validUscc = fc
  .tuple(pick('123456789ANY'), pick(USCC_ALPHABET), fc.array(pick('0123456789'), { minLength: 6, maxLength: 6 }), fc.array(pick(USCC_ALPHABET), { minLength: 9, maxLength: 9 }))
  .map(([a, b, region, body]) => {
    const first17 = `${a}${b}${region.join('')}${body.join('')}`;
    return `${first17}${usccCheckChar(first17) ?? ''}`;
  });

const validResidentId = fc
  .tuple(
    fc.constantFrom('110000', '310000', '440305', '510104', '650102', '810000'),
    fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2020, 11, 31)), noInvalidDate: true }),
    fc.integer({ min: 0, max: 999 }),
  )
  .map(([region, date, seq]) => {
    const ymd = date.toISOString().slice(0, 10).replace(/-/g, '');
    const first17 = `${region}${ymd}${String(seq).padStart(3, '0')}`;
    return `${first17}${residentIdCheckChar(first17) ?? ''}`;
  });

const replaceAt = (s: string, i: number, ch: string) => `${s.slice(0, i)}${ch}${s.slice(i + 1)}`;
const swapAt = (s: string, i: number) => `${s.slice(0, i)}${s.charAt(i + 1)}${s.charAt(i)}${s.slice(i + 2)}`;
const usccWellFormed = (s: string) => /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(s);
const idWellFormed = (s: string) => /^\d{17}[\dX]$/.test(s);
const asOf = new Date(2999, 0, 1);

describe('checksum properties (fast-check)', () => {
  it('generated valid codes pass, so the properties below start from valid input', () => {
    fc.assert(fc.property(validUscc, (code) => checkUscc(code).length === 0));
    fc.assert(fc.property(validResidentId, (id) => checkResidentId(id, asOf).length === 0));
  });

  it('USCC: any single-character substitution is rejected (checksum error when still well-formed)', () => {
    fc.assert(
      fc.property(validUscc, fc.integer({ min: 0, max: 17 }), pick(USCC_ALPHABET), (code, i, ch) => {
        const from = USCC_ALPHABET.indexOf(code.charAt(i));
        fc.pre(ch !== code.charAt(i) && !usccSubstitutionEscapes(i, from, USCC_ALPHABET.indexOf(ch)));
        const mutated = replaceAt(code, i, ch);
        const findings = checkUscc(mutated);
        expect(findings.some((f) => f.severity === 'error')).toBe(true);
        if (usccWellFormed(mutated)) expect(findings.map((f) => f.code)).toContain('uscc.checksum');
      }),
      { numRuns: 1000 },
    );
  });

  it('USCC: any adjacent transposition of two different characters is rejected', () => {
    fc.assert(
      fc.property(validUscc, fc.integer({ min: 0, max: 16 }), (code, i) => {
        const a = USCC_ALPHABET.indexOf(code.charAt(i));
        const b = USCC_ALPHABET.indexOf(code.charAt(i + 1));
        fc.pre(a !== b && !usccTranspositionEscapes(i, a, b));
        const mutated = swapAt(code, i);
        const findings = checkUscc(mutated);
        expect(findings.some((f) => f.severity === 'error')).toBe(true);
        if (usccWellFormed(mutated)) expect(findings.map((f) => f.code)).toContain('uscc.checksum');
      }),
      { numRuns: 1000 },
    );
  });

  it('resident ID: any single-character substitution is rejected (checksum error when still well-formed)', () => {
    fc.assert(
      fc.property(validResidentId, fc.integer({ min: 0, max: 17 }), pick('0123456789X'), (id, i, ch) => {
        fc.pre(ch !== id.charAt(i) && !idSubstitutionEscapes(i, idValue(id.charAt(i)), idValue(ch)));
        const mutated = replaceAt(id, i, ch);
        const findings = checkResidentId(mutated, asOf);
        expect(findings.some((f) => f.severity === 'error')).toBe(true);
        if (idWellFormed(mutated)) expect(findings.map((f) => f.code)).toContain('resident-id.checksum');
      }),
      { numRuns: 1000 },
    );
  });

  it('resident ID: any adjacent transposition of two different characters is rejected', () => {
    fc.assert(
      fc.property(validResidentId, fc.integer({ min: 0, max: 16 }), (id, i) => {
        const a = idValue(id.charAt(i));
        const b = idValue(id.charAt(i + 1));
        fc.pre(a !== b && !idTranspositionEscapes(i, a, b));
        const mutated = swapAt(id, i);
        const findings = checkResidentId(mutated, asOf);
        expect(findings.some((f) => f.severity === 'error')).toBe(true);
        if (idWellFormed(mutated)) expect(findings.map((f) => f.code)).toContain('resident-id.checksum');
      }),
      { numRuns: 1000 },
    );
  });
});
