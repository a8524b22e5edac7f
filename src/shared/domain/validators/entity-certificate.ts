import { explainIcpNumber } from '../icp-number';
import { text, type Finding } from '../finding';
import { isPersonCertificateType } from '../natures';
import { checkPersonCertificate } from './person-certificate';
import { compact } from './text-normalize';
import { checkUscc } from './uscc';

/**
 * Whether an entity certificate carries a unified social credit code (§4.1, T3, H1): always on a
 * USCC certificate, on a business licence unless it shows a 15-digit registration number (older
 * licences), and on any other organisation certificate that has 18 characters.
 */
export function certificateShowsUscc(type: string | undefined, number: string): boolean {
  if (!type || isPersonCertificateType(type)) return false;
  const value = compact(number);
  if (type === 'uscc-certificate') return true;
  if (type === 'business-licence') return !/^\d{15}$/.test(value);
  return value.length === 18;
}

/** The validator that reads an entity's certificate number: the personal certificate's, or the USCC check. */
export function checkEntityCertificate(type: string | undefined, number: string, asOf?: Date): Finding[] {
  if (type && isPersonCertificateType(type)) return checkPersonCertificate(type, number, asOf);
  return certificateShowsUscc(type, number) ? checkUscc(number) : [];
}

/** An entity number parses and carries no service suffix (§5: '-N' belongs to a website or app). */
export function checkEntityIcpNumber(value: string): Finding[] {
  const explained = explainIcpNumber(value);
  if (!explained.parsed) return [explained.finding];
  if (explained.parsed.serviceSeq === undefined) return [];
  const entityNumber = explained.parsed.entityNumber;
  return [
    {
      code: 'entity-number.has-suffix',
      severity: 'error',
      message: text(
        `这是服务备案号；主体备案号不带“-数字”后缀，应为 ${entityNumber}。`,
        `This is a service number; the entity number has no "-N" suffix: ${entityNumber}.`,
      ),
    },
  ];
}
