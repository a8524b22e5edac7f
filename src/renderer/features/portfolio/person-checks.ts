import { checkMobile, checkPersonCertificate, type Finding, type PersonCertificateType } from '../../../shared/domain';

interface PersonValues {
  certificateType?: PersonCertificateType | undefined;
  certificateNumber?: string | undefined;
  mobile?: string | undefined;
}

const filled = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/**
 * The shared validators on a person as typed (the same ones main runs before storing): the
 * certificate number for its type, and the mobile number. Empty fields are the schema's to report.
 */
export function personFindings(person: PersonValues | undefined, prefix: string): Record<string, Finding[]> {
  const out: Record<string, Finding[]> = {};
  if (!person) return out;
  if (person.certificateType && filled(person.certificateNumber)) {
    out[`${prefix}.certificateNumber`] = checkPersonCertificate(person.certificateType, person.certificateNumber);
  }
  if (filled(person.mobile)) out[`${prefix}.mobile`] = checkMobile(person.mobile);
  return out;
}
