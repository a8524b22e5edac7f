import type { FiledLifecycle } from '../../src/shared/domain/lifecycle-service';
import type { Entity } from '../../src/shared/domain/model/entity';
import type { Person } from '../../src/shared/domain/model/person';
import { allowedCertificateTypes, type CertificateType, type EntityNature } from '../../src/shared/domain/natures';
import { unique, type SeedContext, type UnitDraw } from './context';
import { residentId, uscc } from './identifiers';
import {
  COMPANY_FORMS,
  FOREIGN_CULTURAL_CENTRES,
  GOVERNMENT_UNITS,
  INDUSTRIES,
  MEDICAL_INSTITUTIONS,
  OVERSEAS_INSTITUTIONS,
  PRIVATE_NON_ENTERPRISE,
  PUBLIC_INSTITUTIONS,
  RELIGIOUS_GROUPS,
  SOCIAL_GROUPS,
  STREETS,
} from './names';
import type { Rng } from './prng';
import { beijingInstant } from './time';

/** Where a name starts: the city, or the municipality itself ('北京市…'). */
const placeOf = (u: UnitDraw): string => u.cityName || u.province.zh;

/** The registered name of an organisation of each nature, in the patterns such names follow. */
export function organisationName(u: UnitDraw): { name: string; industry: readonly [string, string] } {
  const { rng, brand } = u;
  const industry = rng.pick(INDUSTRIES);
  const place = placeOf(u);
  const names: Record<Exclude<EntityNature, 'individual'>, () => string> = {
    defense: () => `中国人民解放军${rng.digits(5)}部队`,
    enterprise: () => `${rng.chance(0.7) ? place.replace(/市$/, '') : ''}${brand[0]}${industry[0]}${rng.pick(COMPANY_FORMS)}`,
    government: () => `${place}${rng.pick(GOVERNMENT_UNITS)}`,
    'public-institution': () => `${place}${rng.pick(PUBLIC_INSTITUTIONS)}`,
    'social-group': () => `${place}${rng.pick(SOCIAL_GROUPS)}`,
    'private-non-enterprise': () => `${place}${brand[0]}${rng.pick(PRIVATE_NON_ENTERPRISE)}`,
    foundation: () => `${u.province.zhShort}${brand[0]}公益基金会`,
    'law-firm': () => `${u.province.zhShort}${brand[0]}律师事务所`,
    'foreign-cultural-centre': () => `${rng.pick(FOREIGN_CULTURAL_CENTRES)}（${u.province.zhShort}）`,
    'mass-organization': () => `${place}${brand[0]}${industry[0]}有限公司工会委员会`,
    'forensic-institution': () => `${place}${brand[0]}司法鉴定所`,
    'religious-group': () => `${place}${rng.pick(RELIGIOUS_GROUPS)}`,
    'overseas-institution': () => `${brand[0]}${rng.pick(OVERSEAS_INSTITUTIONS)}`,
    'medical-institution': () => `${place}${rng.chance(0.5) ? rng.pick(MEDICAL_INSTITUTIONS) : `${brand[0]}口腔门诊部`}`,
    notary: () => `${place}${brand[0]}公证处`,
    'collective-economic': () => `${place}${brand[0]}村股份经济合作社`,
    arbitration: () => `${place}仲裁委员会`,
  };
  const nature = u.nature === 'individual' ? 'enterprise' : u.nature;
  return { name: names[nature](), industry };
}

/**
 * The certificate an organisation files with: its own registration certificate when the nature has
 * one (all carry the USCC since the 3-in-1 reform), else the USCC certificate; military units file a
 * unit code, overseas bodies their home registration number.
 */
export function organisationCertificate(u: UnitDraw, taken: Set<string>): { type: CertificateType; number: string } {
  const { rng } = u;
  const allowed = allowedCertificateTypes(u.nature).filter((t) => t !== 'organization-code');
  const type = rng.chance(0.8) ? (allowed[0] ?? 'uscc-certificate') : rng.pick(allowed);
  let make: () => string;
  if (type === 'military-code' || type === 'military-paid-service-licence') make = () => rng.digits(5);
  else if (type === 'overseas-institution-certificate' || type === 'foreign-enterprise-representative-office') make = () => rng.digits(8);
  else make = () => uscc(rng, u.nature, u.region.district);
  return { type, number: unique(taken, make) };
}

export function address(u: UnitDraw, rng: Rng): string {
  return `${u.province.zh}${u.cityName}${rng.pick(STREETS)}${rng.int(1, 999)}号`;
}

/** `<abbr>ICP备<year><serial>号`: ten digits since 2017, eight before (yy + six). */
export function entityIcpNumber(ctx: SeedContext, u: UnitDraw, filedMs: number): string {
  const year = Number(beijingInstant(filedMs).slice(0, 4));
  const key = `${u.province.id}/${year}`;
  const serial = (ctx.icpSerials.get(key) ?? u.rng.int(100, 9000)) + u.rng.int(1, 40);
  ctx.icpSerials.set(key, serial);
  const digits = year >= 2017 ? `${year}${String(serial).padStart(6, '0')}` : `${String(year % 100).padStart(2, '0')}${String(serial).padStart(6, '0')}`;
  return `${u.province.abbreviations[0] ?? ''}ICP备${digits}号`;
}

export interface EntityParts {
  id: string;
  createdMs: number;
  updatedMs: number;
  leader: Person;
  lifecycle: FiledLifecycle;
  icpNumber?: string;
  /** Individuals file under their own name and certificate. */
  individual?: Person;
}

export function makeEntity(u: UnitDraw, parts: EntityParts): Entity {
  const { rng } = u;
  const meta = { id: parts.id, createdAt: beijingInstant(parts.createdMs), updatedAt: beijingInstant(parts.updatedMs) };
  const certificateAddress = address(u, rng);
  const mailingAddress = rng.chance(0.7) ? `${certificateAddress}${rng.int(1, 30)}层` : address(u, rng);
  const common = {
    ...meta,
    region: { ...u.region },
    certificateAddress,
    mailingAddress,
    leaderId: parts.leader.id,
    ...(parts.icpNumber ? { icpNumber: parts.icpNumber } : {}),
    overrides: [],
    lifecycle: parts.lifecycle,
    ...(u.province.id === 'HB' && parts.lifecycle.state === 'ACTIVE' && rng.chance(0.5)
      ? { hubeiAnnualReview: { status: 'unchanged' as const, at: beijingInstant(u.ctx.baseMs - rng.int(1, 200) * 86_400_000) } }
      : {}),
  };
  if (parts.individual) {
    const p = parts.individual;
    return { ...common, nature: 'individual', certificateType: p.certificateType, certificateNumber: p.certificateNumber, name: p.name };
  }
  const { name, industry } = organisationName(u);
  const certificate = organisationCertificate(u, u.ctx.taken.certificates);
  // Most provinces want the legal representative as the entity leader (T3, H6, H9); some firms
  // name a manager instead, and then the legal representative is recorded beside (W1).
  const leaderIsLegalRepresentative = rng.chance(0.85);
  return {
    ...common,
    nature: u.nature,
    certificateType: certificate.type,
    certificateNumber: certificate.number,
    name,
    ...(u.nature === 'enterprise' ? { investor: rng.chance(0.6) ? parts.leader.name : `${u.brand[0]}${industry[0]}集团有限公司` } : {}),
    ...(u.nature === 'government' || u.nature === 'public-institution' ? { investor: `${placeOf(u)}人民政府` } : {}),
    leaderIsLegalRepresentative,
    ...(leaderIsLegalRepresentative
      ? {}
      : { legalRepresentative: { name: `${parts.leader.name.slice(0, 1)}${rng.pick(['建华', '国强', '丽萍', '志明', '秀兰', '卫东'])}`, certificateType: 'resident-id' as const, certificateNumber: legalRepresentativeId(u) } }),
  };
}

function legalRepresentativeId(u: UnitDraw): string {
  const { rng } = u;
  const pad = (n: number) => String(n).padStart(2, '0');
  const birth = `19${rng.int(55, 90)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
  return unique(u.ctx.taken.certificates, () => residentId(rng, u.region.district, birth, rng.chance(0.6) ? 'male' : 'female'));
}
