import { text, type Finding } from './finding';
import { PROVINCES, provinceByAbbreviation, type Province } from './provinces';
import { compact } from './validators/text-normalize';

/**
 * The ICP number grammar (domain-reference §5; A12, O10, O12, O13, O26, H4, O-obs):
 *
 * - filing   `<prov>ICP备<6–10 digits>号`   e.g. 京ICP备11041704号
 * - licence  `<prov>ICP证<6 digits>号`      e.g. 京ICP证030173号
 * - permit   `<prov>B2-<8 digits>`          e.g. 粤B2-20090059
 *
 * each optionally followed by a service suffix `-N` (website), `-NA` (app), `-NX` (mini-program)
 * or `-NK` (quick app); N is shared across one entity's services (H4).
 *
 * Tolerated noise (architecture §9): spaces anywhere, full-width digits/letters/dashes, every dash
 * variant, lower-case letters, a missing 号. Everything else is rejected with a reason.
 */

export type IcpNumberKind = 'filing' | 'license' | 'permit';
export type IcpServiceKind = 'website' | 'app' | 'mini-program' | 'quick-app';

export interface ParsedIcpNumber {
  /** The abbreviation as written, e.g. '京', '蜀'. */
  province: string;
  /** ICP备 | ICP证 | B2-style operating permit. */
  kind: IcpNumberKind;
  /** Canonical entity number, e.g. '京ICP备11041704号', '粤B2-20090059'. */
  entityNumber: string;
  /** 13 for '…号-13'. */
  serviceSeq?: number;
  /** none | A | X | K. */
  serviceKind?: IcpServiceKind;
  /** Whole number, canonical: '京ICP备11041704号-13'. */
  canonical: string;
}

const SUFFIX_LETTER: Readonly<Record<IcpServiceKind, string>> = { website: '', app: 'A', 'mini-program': 'X', 'quick-app': 'K' };
const KIND_OF_LETTER: Readonly<Record<string, IcpServiceKind>> = { '': 'website', A: 'app', X: 'mini-program', K: 'quick-app' };

/** Service kind → suffix letter ('' for a website), for messages and formatting. */
export function serviceSuffixLetter(kind: IcpServiceKind): string {
  return SUFFIX_LETTER[kind];
}

const ABBREVIATIONS = PROVINCES.flatMap((p) => p.abbreviations).join('');
const NOT_MAINLAND = '港澳台';
/** Common abbreviations that the filing system does not use, with the one it does (§5.1). */
const WRONG_ABBREVIATION: Readonly<Record<string, string>> = { 云: '滇', 秦: '陕' };

/** Digits allowed per kind (§5: filing 6–10, licence 6, permit 8). */
const DIGITS: Readonly<Record<IcpNumberKind, readonly [number, number]>> = { filing: [6, 10], license: [6, 6], permit: [8, 8] };

const ENTITY_PATTERN = /^(ICP备|ICP证|B2-?)(\d+)(号?)(.*)$/u;
const SUFFIX_PATTERN = /^-(\d{1,5})([A-Z]?)(号?)$/;

interface Parts {
  parsed: ParsedIcpNumber;
  provinceId: Province;
  serial: string;
}

type Attempt = { ok: true; parts: Parts } | { ok: false; finding: Finding };

const reject = (code: string, zh: string, en: string): Attempt => ({
  ok: false,
  finding: { code: `icp-number.${code}`, severity: 'error', message: text(zh, en) },
});

function render(province: string, kind: IcpNumberKind, serial: string): string {
  if (kind === 'filing') return `${province}ICP备${serial}号`;
  if (kind === 'license') return `${province}ICP证${serial}号`;
  return `${province}B2-${serial}`;
}

function attempt(value: string): Attempt {
  const s = compact(value).toUpperCase();
  if (s === '') return reject('empty', '请填写备案号，例如 京ICP备12345678号-1。', 'Enter an ICP number, e.g. 京ICP备12345678号-1.');
  if (s.includes('公网安备')) {
    return reject(
      'public-security',
      '这是公安联网备案号（公网安备），不是工信部 ICP 备案号；请填写形如 京ICP备12345678号-1 的号码。',
      'This is a public-security filing number (公网安备), not an MIIT ICP number; enter a number like 京ICP备12345678号-1.',
    );
  }
  const embedded = new RegExp(`[${ABBREVIATIONS}](ICP[备证]|B2-)`, 'u').exec(s);
  if (embedded && embedded.index > 0) {
    return reject(
      'unexpected-text',
      `备案号前有多余内容“${s.slice(0, embedded.index)}”；请只填写备案号本身，从省份简称开始。`,
      `There is extra text "${s.slice(0, embedded.index)}" before the number; enter only the number itself, starting with the province abbreviation.`,
    );
  }
  if (/^(ICP|B2)/.test(s)) {
    return reject('province-missing', '备案号缺少开头的省份简称（如 京、沪、粤）。', 'The number lacks its leading province abbreviation (e.g. 京, 沪, 粤).');
  }
  const head = [...s][0] ?? '';
  if (NOT_MAINLAND.includes(head)) {
    return reject(
      'province-not-mainland',
      '香港、澳门、台湾不在工信部备案系统中，不会有以“港/澳/台”开头的 ICP 备案号；请核对号码。',
      'Hong Kong, Macao and Taiwan are not in the MIIT filing system, so no ICP number starts with 港/澳/台; check the number.',
    );
  }
  const province = provinceByAbbreviation(head);
  if (!province) {
    const hint = WRONG_ABBREVIATION[head];
    return reject(
      'province-unknown',
      `“${head}”不是备案号使用的省份简称${hint ? `（应为“${hint}”）` : ''}；请核对号码。`,
      `"${head}" is not a province abbreviation used in ICP numbers${hint ? ` (use "${hint}")` : ''}; check the number.`,
    );
  }
  const m = ENTITY_PATTERN.exec(s.slice(head.length));
  if (!m) {
    return reject(
      'kind-unknown',
      '省份简称后应为“ICP备”“ICP证”或“B2-”加数字，例如 京ICP备12345678号。',
      'The province abbreviation must be followed by "ICP备", "ICP证" or "B2-" and digits, e.g. 京ICP备12345678号.',
    );
  }
  const [, marker = '', serial = '', hao = '', rest = ''] = m;
  const kind: IcpNumberKind = marker === 'ICP备' ? 'filing' : marker === 'ICP证' ? 'license' : 'permit';
  const [min, max] = DIGITS[kind];
  if (serial.length < min || serial.length > max) {
    const want = min === max ? `${min}` : `${min}–${max}`;
    return reject(
      'digit-count',
      `“${marker}”后应为${want}位数字，这里是${serial.length}位；请核对号码。`,
      `"${marker}" must be followed by ${want} digits, this has ${serial.length}; check the number.`,
    );
  }
  const entityNumber = render(head, kind, serial);
  if (rest === '') {
    return { ok: true, parts: { provinceId: province.id, serial, parsed: { province: head, kind, entityNumber, canonical: entityNumber } } };
  }
  const sm = SUFFIX_PATTERN.exec(rest);
  // A 号 may close the entity part or (rarely) the whole number, but not both.
  if (!sm || (hao !== '' && sm[3] !== '')) {
    return reject(
      'service-suffix',
      `备案号末尾“${rest}”无法识别；网站、App、小程序、快应用的后缀分别为 -数字、-数字A、-数字X、-数字K，例如 -1、-2A。`,
      `The ending "${rest}" is not recognised; website, app, mini-program and quick-app suffixes are -N, -NA, -NX and -NK, e.g. -1, -2A.`,
    );
  }
  const [, seqText = '', letter = ''] = sm;
  const serviceKind = KIND_OF_LETTER[letter];
  const serviceSeq = Number(seqText);
  if (!serviceKind) {
    return reject(
      'service-suffix',
      `后缀字母“${letter}”无效，只能是 A（App）、X（小程序）或 K（快应用），网站不带字母。`,
      `The suffix letter "${letter}" is not valid: only A (app), X (mini-program) or K (quick app); a website has no letter.`,
    );
  }
  if (serviceSeq === 0) {
    return reject('service-suffix', '服务序号从1开始，“-0”不是有效的后缀。', 'Service sequence numbers start at 1; "-0" is not a valid suffix.');
  }
  const canonical = `${entityNumber}-${serviceSeq}${letter}`;
  return { ok: true, parts: { provinceId: province.id, serial, parsed: { province: head, kind, entityNumber, serviceSeq, serviceKind, canonical } } };
}

/** Parses a pasted ICP number; null when it is not one (see explainIcpNumber for why). */
export function parseIcpNumber(value: string): ParsedIcpNumber | null {
  const a = attempt(value);
  return a.ok ? a.parts.parsed : null;
}

/** Like parseIcpNumber, but says why a value was rejected. */
export function explainIcpNumber(value: string): { parsed: ParsedIcpNumber } | { parsed: null; finding: Finding } {
  const a = attempt(value);
  return a.ok ? { parsed: a.parts.parsed } : { parsed: null, finding: a.finding };
}

/** What formatIcpNumber needs: the parsed shape minus derived strings, plus the entity digits. */
export type IcpNumberParts = Omit<ParsedIcpNumber, 'canonical' | 'entityNumber'> & {
  /** The digits of the entity part: '11041704' for 京ICP备11041704号, '20090059' for 粤B2-20090059. */
  serial: string;
};

/**
 * Canonical text of an ICP number from its parts. A website suffix needs `serviceSeq` alone
 * (serviceKind defaults to 'website'). Throws RangeError on parts no valid number has.
 */
export function formatIcpNumber(p: IcpNumberParts): string {
  if (p.serviceKind !== undefined && p.serviceSeq === undefined) throw new RangeError('formatIcpNumber: serviceKind needs serviceSeq');
  const suffix = p.serviceSeq === undefined ? '' : `-${p.serviceSeq}${SUFFIX_LETTER[p.serviceKind ?? 'website']}`;
  const candidate = `${render(p.province, p.kind, p.serial)}${suffix}`;
  const a = attempt(candidate);
  if (!a.ok || a.parts.parsed.canonical !== candidate) throw new RangeError(`formatIcpNumber: not a valid ICP number: ${candidate}`);
  return candidate;
}

/** Parts of an entity number for comparison: 川 and 蜀 (etc.) name the same province (§5.1). */
function entityKey(parts: Parts): string {
  return `${parts.provinceId}|${parts.parsed.kind}|${parts.serial}`;
}

function attemptParts(value: string): Parts | null {
  const a = attempt(value);
  return a.ok ? a.parts : null;
}

/**
 * True when `serviceNumber` is a service number (with a -N suffix) issued under `entityNumber`
 * (which must carry no suffix). Both abbreviation forms of one province match (川/蜀 …).
 */
export function serviceNumberBelongsTo(serviceNumber: string, entityNumber: string): boolean {
  const service = attemptParts(serviceNumber);
  const entity = attemptParts(entityNumber);
  if (!service || !entity || service.parsed.serviceSeq === undefined || entity.parsed.serviceSeq !== undefined) return false;
  return entityKey(service) === entityKey(entity);
}
