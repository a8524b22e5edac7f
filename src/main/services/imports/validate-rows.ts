import type { z } from 'zod';
import { text, type LocalizedText } from '../../../shared/domain/finding';
import type { Entity } from '../../../shared/domain/model/entity';
import type { Service } from '../../../shared/domain/model/service';
import { IMPORT_FIELDS, type ImportCellError, type ImportField, type ImportMapping } from '../../../shared/ipc/import-schemas';
import { EntityInput, PersonInput, ServiceInput } from '../../../shared/ipc/portfolio-schemas';
import type { Store } from '../../store';
import { IDX } from '../portfolio/indexes';
import { certificateKey, domainKey, icpKey } from '../portfolio/keys';
import { Checks, checkEntityInput, checkLeaderChoice, checkServiceInput, type Path } from '../portfolio/validation';
import { convertRow, type FieldProblem } from './convert-row';
import type { ParsedSheet } from './parse/sheet';

/** A row that passed every check, in the portfolio's own input shapes: what the commit writes. */
export interface ValidRow {
  row: number;
  entity: EntityInput;
  leader: PersonInput;
  website?: Extract<ServiceInput, { kind: 'website' }>;
}

export interface Validation {
  valid: ValidRow[];
  errors: ImportCellError[];
  errorRowCount: number;
}

/** The portfolio's Checks, keeping each message in both languages (the preview shows either). */
class BilingualChecks extends Checks {
  readonly found: { path: Path; message: LocalizedText }[] = [];
  constructor() {
    super('zh-CN');
  }
  override message(path: Path, message: LocalizedText): void {
    super.message(path, message);
    this.found.push({ path, message });
  }
}

/** Where a validator's path lands among the import's fields. */
function fieldOfPath(path: Path): ImportField | null {
  const [head, second, third] = path;
  if (head === 'entity') {
    if (second === 'region') return 'entity.region';
    if (second === 'legalRepresentative') return 'entity.certificateType';
    const field = `entity.${String(second)}`;
    return isField(field) ? field : 'entity.name';
  }
  if (head === 'leader') {
    const field = `leader.${String(second === 'new' ? third : 'certificateNumber')}`;
    return isField(field) ? field : 'leader.name';
  }
  if (head === 'website') {
    if (second === 'contentCategories') return 'website.contentCategory';
    const field = `website.${String(second)}`;
    return isField(field) ? field : 'website.name';
  }
  return null;
}

const FIELDS: ReadonlySet<string> = new Set<string>(IMPORT_FIELDS);
const isField = (value: string): value is ImportField => FIELDS.has(value);

/** When a field has no column of its own, its problem is shown at the column it was derived from. */
const DERIVED_FROM: Partial<Record<ImportField, ImportField>> = {
  'entity.certificateType': 'entity.nature',
  'entity.mailingAddress': 'entity.certificateAddress',
  'leader.certificateType': 'leader.certificateNumber',
  'website.homepageUrl': 'website.domain',
};

/** A schema's complaint, reworded: the domain messages are the validators'; these are about form. */
function schemaMessage(field: ImportField | null, zodMessage: string): LocalizedText {
  if (field === 'entity.certificateType') return text('证件类型与主体性质不匹配，请改用该性质可用的证件。', 'This certificate type is not offered for the entity nature; use one that is.');
  return text(`内容不符合要求（${zodMessage}），请核对。`, `This value is not accepted (${zodMessage}); check it.`);
}

function parseWith<S extends z.ZodType>(schema: S, value: unknown, prefix: Path, out: { path: Path; message: LocalizedText }[]): z.output<S> | undefined {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    out.push({ path, message: schemaMessage(fieldOfPath(path), issue.message) });
  }
  return undefined;
}

/** Names of live records already holding a key in an index, for "already recorded" messages. */
function holders(store: Store, index: string, key: string, collection: 'entities' | 'services', same?: (r: Entity | Service) => boolean): string[] {
  const names: string[] = [];
  for (const id of store.lookup(index, key)) {
    const r = store.get<Entity | Service>(collection, id);
    if (r && (!same || same(r))) names.push(r.archivedAt ? `${r.name}（已归档 archived）` : r.name);
  }
  return names;
}

const taken = (what: [string, string], names: string[]): LocalizedText =>
  text(`该${what[0]}已录入为“${names.join('”“')}”，请勿重复导入（如需更新请打开该记录修改）。`, `This ${what[1]} is already recorded as "${names.join('", "')}"; do not import it again (open that record to change it).`);

const inFile = (what: [string, string], row: number): LocalizedText => text(`与第 ${row} 行的${what[0]}重复。`, `Same ${what[1]} as row ${row}.`);

/**
 * What already exists — in the portfolio, or earlier in this file — for a row that is otherwise
 * valid: the same certificate number (the same client), ICP number or website domain. Run again
 * inside the commit's transaction, so a record saved since the preview still stops the import.
 */
export function conflictsOf(store: Store, row: ValidRow, seen?: Map<string, number>): FieldProblem[] {
  const out: FieldProblem[] = [];
  const check = (field: ImportField, what: [string, string], key: string, found: string[]) => {
    if (found.length > 0) out.push({ field, message: taken(what, found) });
    if (!seen) return;
    const earlier = seen.get(`${field}:${key}`);
    if (earlier !== undefined) out.push({ field, message: inFile(what, earlier) });
    else seen.set(`${field}:${key}`, row.row);
  };
  const cert = certificateKey(row.entity.certificateNumber);
  check('entity.certificateNumber', ['证件号码', 'certificate number'], cert, holders(store, IDX.entityByCertificate, cert, 'entities'));
  const number = row.entity.icpNumber?.trim();
  if (number) {
    const key = icpKey(number);
    check('entity.icpNumber', ['备案号', 'ICP number'], key, [...holders(store, IDX.entityByIcpNumber, key, 'entities'), ...holders(store, IDX.serviceByIcpNumber, key, 'services', (s) => icpKey(s.icpNumber ?? '') === key)]);
  }
  if (row.website) {
    const domain = domainKey(row.website.domain);
    check('website.domain', ['域名', 'domain'], domain, holders(store, IDX.serviceByDomain, domain, 'services'));
    const siteNumber = row.website.icpNumber?.trim();
    if (siteNumber) {
      const key = icpKey(siteNumber);
      check('website.icpNumber', ['网站备案号', 'website number'], key, holders(store, IDX.serviceByIcpNumber, key, 'services', (s) => icpKey(s.icpNumber ?? '') === key));
    }
  }
  return out;
}

interface RowCheck {
  valid?: ValidRow;
  problems: FieldProblem[];
}

/** One row through the schemas and the portfolio validators — the very checks entity:create and record-existing run. */
function checkRow(store: Store, now: Date, row: number, cells: readonly string[], mapping: ImportMapping, seen: Map<string, number>): RowCheck {
  const converted = convertRow(cells, mapping);
  const problems = [...converted.problems];
  // A group (entity, leader, website) with a cell that could not be read gets no schema messages:
  // they would only repeat that cell's problem in other words.
  const flagged = new Set(problems.map((p) => p.field.split('.')[0]));
  const found: { path: Path; message: LocalizedText }[] = [];
  const entity = parseWith(EntityInput, converted.entity, ['entity'], found);
  const leader = parseWith(PersonInput, converted.leader, ['leader', 'new'], found);
  const website = converted.website ? parseWith(ServiceInput, converted.website, ['website'], found) : undefined;
  const checks = new BilingualChecks();
  if (entity) checkEntityInput(checks, ['entity'], entity, now);
  if (leader) checkLeaderChoice(checks, ['leader'], { new: leader }, store, now);
  if (website && website.kind === 'website') {
    checkServiceInput(checks, ['website'], website, entity?.icpNumber?.trim() || undefined);
    if (website.icpNumber?.trim() && !entity?.icpNumber?.trim()) {
      checks.message(['website', 'icpNumber'], text('网站已有备案号时，请同时填写主体备案号。', 'When the website has its number, enter the entity\u2019s ICP number too.'));
    }
  }
  for (const f of [...found, ...checks.found]) {
    const field = fieldOfPath(f.path);
    if (field && flagged.has(field.split('.')[0])) continue;
    problems.push({ field: field ?? 'entity.name', message: f.message });
  }
  if (problems.length > 0 || !entity || !leader || (converted.website && website?.kind !== 'website')) return { problems };
  const valid: ValidRow = { row, entity, leader, ...(website?.kind === 'website' ? { website } : {}) };
  const conflicts = conflictsOf(store, valid, seen);
  return conflicts.length > 0 ? { problems: conflicts } : { valid, problems: [] };
}

const MAX_VALUE_CHARS = 200;
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Every row of a sheet checked against the current portfolio, in slices so main keeps answering
 * other calls meanwhile. Each problem is placed at its cell: the row number and the column the
 * field comes from.
 */
export async function validateRows(
  store: Store,
  now: Date,
  sheet: ParsedSheet,
  mapping: ImportMapping,
  ctx: { progress(done: number, total: number): void; signal: AbortSignal },
): Promise<Validation> {
  const columnOf = new Map<ImportField, number>();
  mapping.forEach((field, i) => field && columnOf.set(field, i));
  const seen = new Map<string, number>();
  const valid: ValidRow[] = [];
  const errors: ImportCellError[] = [];
  let errorRowCount = 0;
  const total = sheet.rows.length;
  for (let i = 0; i < total; i++) {
    if (i % 250 === 0) {
      ctx.progress(i, total);
      await yieldToLoop();
      if (ctx.signal.aborted) throw ctx.signal.reason;
    }
    const { row, cells } = sheet.rows[i] as ParsedSheet['rows'][number];
    const result = checkRow(store, now, row, cells, mapping, seen);
    if (result.valid) {
      valid.push(result.valid);
      continue;
    }
    errorRowCount++;
    const fields = new Set(result.problems.map((p) => p.field));
    for (const p of result.problems) {
      let direct = columnOf.get(p.field);
      const derived = DERIVED_FROM[p.field];
      // An empty cell took its value from another (a homepage from the domain): the problem is there.
      if (direct !== undefined && derived && (cells[direct] ?? '') === '') direct = undefined;
      if (direct === undefined && derived && fields.has(derived)) continue;
      const columnIndex = direct ?? (derived !== undefined ? columnOf.get(derived) : undefined) ?? null;
      errors.push({
        row,
        column: columnIndex === null ? null : (sheet.headers[columnIndex] ?? null),
        columnIndex,
        field: p.field,
        value: columnIndex === null ? '' : (cells[columnIndex] ?? '').slice(0, MAX_VALUE_CHARS),
        message: p.message,
      });
    }
  }
  ctx.progress(total, total);
  return { valid, errors, errorRowCount };
}
