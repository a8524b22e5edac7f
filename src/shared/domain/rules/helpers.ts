import { addCalendarDays, addCalendarMonths, isCivilDate, type CivilDate } from '../calendar/beijing-time';
import { text, type Finding } from '../finding';
import type { PersonDraft } from '../model/person';
import { provinceByGbCode, provinceById, type Province } from '../provinces';
import { parseResidentId } from '../validators/resident-id';
import type { Rule, RuleHit } from './types';

/** Declares a rule; only here so that each rule file reads as a list of data. */
export const rule = (r: Rule): Rule => r;

export const isBlank = (value: string | undefined): boolean => value === undefined || value.trim() === '';
export const present = (value: string | undefined): value is string => !isBlank(value);

export function provinceNames(ids: readonly Province[]): { zh: string; en: string } {
  const infos = ids.map((id) => provinceById(id)).filter((p) => p !== undefined);
  return { zh: infos.map((p) => p.zhShort).join('、'), en: infos.map((p) => p.en).join(', ') };
}

export const provinceName = (id: Province | undefined): { zh: string; en: string } =>
  id ? provinceNames([id]) : { zh: '', en: '' };

/** The province a resident ID was issued in (its GB/T 2260 address code), when it is one. */
export function residentIdProvince(person: Pick<PersonDraft, 'certificateType' | 'certificateNumber'>): Province | undefined {
  if (person.certificateType !== 'resident-id' || !person.certificateNumber) return undefined;
  const parsed = parseResidentId(person.certificateNumber);
  return parsed ? provinceByGbCode(parsed.regionCode)?.id : undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Birth date: from an 18-character GB 11643 number (resident ID and HK/Macao/Taiwan residence permits), else typed. */
export function birthDateOf(person: PersonDraft): CivilDate | undefined {
  const numbered = person.certificateType === 'resident-id' || person.certificateType === 'hk-macao-residence-permit' || person.certificateType === 'taiwan-residence-permit';
  if (numbered && person.certificateNumber) {
    const parsed = parseResidentId(person.certificateNumber);
    const day = parsed ? `${parsed.birthDate.year}-${pad(parsed.birthDate.month)}-${pad(parsed.birthDate.day)}` : undefined;
    if (day && isCivilDate(day)) return day;
  }
  return person.birthDate;
}

/** Completed years between two calendar days. */
export function ageOn(birth: CivilDate, day: CivilDate): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export const monthsAfter = (day: CivilDate, months: number): CivilDate => addCalendarMonths(day, months);
export const daysAfter = (day: CivilDate, days: number): CivilDate => addCalendarDays(day, days);

/** A validator's findings as hits at one path, keeping the validator's code, severity and message. */
export const hitsOf = (findings: readonly Finding[], path: string): RuleHit[] =>
  findings.map((f) => ({ path, code: f.code, severity: f.severity, message: f.message }));

export { text };
