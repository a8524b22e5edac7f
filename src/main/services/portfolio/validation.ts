import type { z } from 'zod';
import type { Finding, LocalizedText } from '../../../shared/domain/finding';
import { explainIcpNumber } from '../../../shared/domain/icp-number';
import { isPersonCertificateType } from '../../../shared/domain/natures';
import { checkDomain } from '../../../shared/domain/validators/domain';
import { certificateShowsUscc, checkEntityIcpNumber } from '../../../shared/domain/validators/entity-certificate';
import { checkHomepageUrl } from '../../../shared/domain/validators/homepage-url';
import { checkMobile } from '../../../shared/domain/validators/mobile';
import { checkPersonCertificate } from '../../../shared/domain/validators/person-certificate';
import { checkRegionCode } from '../../../shared/domain/validators/region-code';
import { checkServiceNumber } from '../../../shared/domain/validators/service-number';
import { compact } from '../../../shared/domain/validators/text-normalize';
import { checkUscc } from '../../../shared/domain/validators/uscc';
import { text } from '../../../shared/domain/finding';
import type { Issue } from '../../../shared/ipc/result';
import type { EntityInput, LeaderChoice, PersonInput, ServiceInput } from '../../../shared/ipc/portfolio-schemas';
import type { Language } from '../../../shared/ipc/schemas';
import type { Store } from '../../store';
import { ServiceError } from '../service-error';
import { issuesOf } from '../../ipc/router';
import { invalidInput } from './messages';

/**
 * Main's authority over what is stored (architecture §1): after the contract schema, the shared
 * validators run again here. Their errors block with the input path of the field (so the form puts
 * the message under it); their warnings never block. The one overridable error is a USCC checksum
 * with an override note in entity.overrides (§6.1, O21).
 */

export type Path = readonly (string | number)[];

export class Checks {
  readonly issues: Issue[] = [];

  constructor(private readonly language: Language) {}

  message(path: Path, message: LocalizedText): void {
    this.issues.push({ path: [...path], message: message[this.language] });
  }

  findings(path: Path, findings: readonly Finding[], overridden: ReadonlySet<string> = new Set()): void {
    for (const f of findings) if (f.severity === 'error' && !overridden.has(f.code)) this.message(path, f.message);
  }

  /** Throws VALIDATION with every issue collected so far; nothing is written. */
  throwIfAny(): void {
    if (this.issues.length > 0) throw new ServiceError('VALIDATION', invalidInput, this.issues);
  }
}

/** Parses a call's input with its contract schema: services may be called without the router (seeds, benches). */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown, language: Language): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new ServiceError('VALIDATION', invalidInput, issuesOf(parsed.error, language));
}

export function checkEntityNumber(c: Checks, path: Path, value: string): void {
  c.findings(path, checkEntityIcpNumber(value));
}

export function checkEntityInput(c: Checks, path: Path, entity: EntityInput, now: Date): void {
  const number = [...path, 'certificateNumber'];
  if (isPersonCertificateType(entity.certificateType)) {
    c.findings(number, checkPersonCertificate(entity.certificateType, entity.certificateNumber, now));
  } else if (certificateShowsUscc(entity.certificateType, entity.certificateNumber)) {
    const overridden = new Set(entity.overrides.filter((o) => o.note.trim() !== '').map((o) => o.code));
    c.findings(number, checkUscc(entity.certificateNumber), overridden.has('uscc.checksum') ? new Set(['uscc.checksum']) : undefined);
  }
  for (const part of ['province', 'city', 'district'] as const) c.findings([...path, 'region', part], checkRegionCode(entity.region[part]));
  const rep = entity.legalRepresentative;
  if (rep) c.findings([...path, 'legalRepresentative', 'certificateNumber'], checkPersonCertificate(rep.certificateType, rep.certificateNumber, now));
  if (entity.icpNumber?.trim()) checkEntityNumber(c, [...path, 'icpNumber'], entity.icpNumber);
}


export function checkPersonInput(c: Checks, path: Path, person: PersonInput, now: Date): void {
  c.findings([...path, 'certificateNumber'], checkPersonCertificate(person.certificateType, person.certificateNumber, now));
  c.findings([...path, 'mobile'], checkMobile(person.mobile));
}

/** A 公网安备 number: `<province>公网安备<digits>号` (§5, T6); the digit count varies, so it is not checked. */
function checkPublicSecurityNumber(c: Checks, path: Path, value: string): void {
  if (/^\p{Script=Han}公网安备\d{6,20}号?$/u.test(compact(value))) return;
  c.message(path, text('公网安备号应形如 京公网安备11000002000001号，请对照公安备案平台核对。', 'A public-security number looks like 京公网安备11000002000001号; check it against the public-security filing platform.'));
}

/**
 * Service fields: domains, homepage, and the service number against the entity number (suffix by
 * kind: website none, app A, mini-program X, quick app K; §5, H4) when the entity has one.
 */
export function checkServiceInput(c: Checks, path: Path, service: ServiceInput, entityIcpNumber: string | undefined): void {
  if (service.kind === 'website') {
    c.findings([...path, 'domain'], checkDomain(service.domain));
    c.findings([...path, 'homepageUrl'], checkHomepageUrl(service.homepageUrl, service.domain));
    if (service.publicSecurityNumber?.trim()) checkPublicSecurityNumber(c, [...path, 'publicSecurityNumber'], service.publicSecurityNumber);
  } else {
    service.domains.forEach((d, i) => c.findings([...path, 'domains', i], checkDomain(d)));
  }
  const number = service.icpNumber?.trim();
  if (!number) return;
  const entityNumber = entityIcpNumber?.trim();
  const explained = explainIcpNumber(number);
  if (entityNumber && explainIcpNumber(entityNumber).parsed) {
    c.findings([...path, 'icpNumber'], checkServiceNumber(number, entityNumber, service.kind));
  } else if (explained.parsed === null) {
    c.findings([...path, 'icpNumber'], [explained.finding]);
  } else {
    // No entity number to compare with: the suffix must still say the kind.
    c.findings([...path, 'icpNumber'], checkServiceNumber(number, explained.parsed.entityNumber, service.kind));
  }
}

/** A chosen leader must exist; a new one is checked like any person. */
export function checkLeaderChoice(c: Checks, path: Path, leader: LeaderChoice, store: Store, now: Date): void {
  if ('id' in leader) {
    const person = store.get<{ id: string; archivedAt?: string }>('people', leader.id);
    if (!person || person.archivedAt) {
      c.message([...path, 'id'], text('所选负责人不存在（可能已被删除），请重新选择或新建负责人。', 'The chosen leader no longer exists (it may have been deleted); choose another or create a new one.'));
    }
  } else {
    checkPersonInput(c, [...path, 'new'], leader.new, now);
  }
}
