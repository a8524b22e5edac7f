import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { text, type LocalizedText } from '../../../shared/domain/finding';
import { FILED_TERMINAL_STATES, newFiledLifecycle, type FiledLifecycle } from '../../../shared/domain/lifecycle-service';
import { AccessData, type Access } from '../../../shared/domain/model/access';
import { EntityData, type Entity } from '../../../shared/domain/model/entity';
import type { Filing } from '../../../shared/domain/model/filing';
import { PersonData, type Person } from '../../../shared/domain/model/person';
import { ServiceData, type Service } from '../../../shared/domain/model/service';
import type { Issue } from '../../../shared/ipc/result';
import type { Language } from '../../../shared/ipc/schemas';
import type { Store, Tx } from '../../store';
import { logChange } from '../portfolio/history';
import { currentAccessesOf } from '../portfolio/records';
import type { ApprovedNumbers } from './approval-numbers';
import { entityDraftOf, serviceLabel } from './drafts';
import { activate } from './filed-steps';
import { invalid } from './messages';

/** One approval's writes: the transaction, the instants, and the issues found on the way. */
interface Writer {
  readonly tx: Tx;
  readonly store: Store;
  readonly filing: Filing;
  /** When the 管局 approved (the lifecycle's clock). */
  readonly eventAt: string;
  /** The transaction's stamp (the records' updatedAt). */
  readonly stamp: string;
  readonly language: Language;
  /** Present when the approval issues or confirms numbers; absent for a modification. */
  readonly numbers: ApprovedNumbers | undefined;
  readonly issues: Issue[];
}

/** Parses one step value as complete data; its problems become issues at the data path. */
function complete<S extends z.ZodType>(w: Writer, schema: S, value: unknown, path: (string | number)[]): z.output<S> | undefined {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const message = text('此项不完整或格式不正确：请在订单中补全后再记录审核通过。', 'This value is incomplete or malformed: complete it in the order, then record the approval.');
  for (const issue of parsed.error.issues) w.issues.push({ path: [...path, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))], message: message[w.language] });
  return undefined;
}

/** Key order and undefined fields aside, so an untouched record is not rewritten (nor logged). */
const canonical = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(canonical);
  if (v === null || typeof v !== 'object') return v;
  const entries = Object.entries(v).filter(([k, x]) => k !== 'updatedAt' && x !== undefined);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, canonical(x)]));
};

const changed = (before: object | undefined, after: object): boolean => !before || JSON.stringify(canonical(before)) !== JSON.stringify(canonical(after));

function put(w: Writer, collection: string, before: object | undefined, record: { id: string }, summary: LocalizedText): void {
  if (!changed(before, record)) return;
  w.tx.put(collection, record);
  logChange(w.tx, collection, record.id, before ? 'filing.approved.updated' : 'filing.approved.created', summary);
}

function writePeople(w: Writer): void {
  (w.filing.data.leaders ?? []).forEach((draft, i) => {
    const data = complete(w, PersonData, draft, ['leaders', i]);
    if (!data) return;
    const stored = w.tx.get('people', draft.id) as Person | undefined;
    const record: Person = { ...data, id: draft.id, createdAt: stored?.createdAt ?? w.stamp, updatedAt: w.stamp };
    put(w, 'people', stored, record, text(`备案通过：负责人“${data.name}”的信息`, `Filing approved: leader "${data.name}"`));
  });
}

const lifecycleOf = (w: Writer, stored: FiledLifecycle | undefined, name: string): FiledLifecycle =>
  w.numbers ? activate(stored ?? newFiledLifecycle(), w.eventAt, name) : (stored ?? newFiledLifecycle());

function writeEntity(w: Writer): string | undefined {
  const { filing } = w;
  let stored = filing.entityId ? (w.tx.get('entities', filing.entityId) as Entity | undefined) : undefined;
  // A cancelled number cannot come back (A18, T1): a new filing of the same certificate is a new record.
  if (stored && w.numbers && FILED_TERMINAL_STATES.includes(stored.lifecycle.state) && filing.operation === 'initial') stored = undefined;
  const draft = filing.data.entity;
  if (!draft && !stored) {
    w.issues.push({ path: ['entity'], message: text('订单缺少主体信息，请补全主体步骤。', 'The order has no entity data; complete the entity step.')[w.language] });
    return undefined;
  }
  // A modification keeps the numbers; an approval writes the ones issued (or confirmed).
  const icpNumber = w.numbers?.entityNumber ?? stored?.icpNumber;
  const merged = { ...(stored ? entityDraftOf(stored) : {}), ...draft, ...(icpNumber ? { icpNumber } : {}) };
  const data = complete(w, EntityData, merged, ['entity']);
  if (!data) return undefined;
  const id = stored?.id ?? randomUUID();
  const record: Entity = {
    ...data,
    id,
    createdAt: stored?.createdAt ?? w.stamp,
    updatedAt: w.stamp,
    lifecycle: lifecycleOf(w, stored?.lifecycle, data.name),
    ...(stored?.hubeiAnnualReview ? { hubeiAnnualReview: stored.hubeiAnnualReview } : {}),
  };
  put(w, 'entities', stored, record, text(`备案通过：主体“${data.name}”${icpNumber ? `（${icpNumber}）` : ''}`, `Filing approved: entity "${data.name}"${icpNumber ? ` (${icpNumber})` : ''}`));
  return id;
}

function writeServices(w: Writer, entityId: string): string[] {
  return (w.filing.data.services ?? []).flatMap((draft, i) => {
    const stored = w.tx.get('services', draft.id) as Service | undefined;
    const name = serviceLabel(draft) || draft.id;
    if (stored && stored.entityId !== entityId) {
      w.issues.push({ path: ['services', i], message: text(`“${name}”属于另一个主体，不能记入本订单的主体。`, `"${name}" belongs to another entity and cannot be recorded under this one.`)[w.language] });
      return [];
    }
    if (!stored && !w.numbers) {
      w.issues.push({
        path: ['services', i],
        message: text(`变更备案只能修改已备案的网站/App；“${name}”请通过新增网站/App 订单备案。`, `A modification changes filed websites/apps only; file "${name}" with an add-service order.`)[w.language],
      });
      return [];
    }
    const data = complete(w, ServiceData, draft, ['services', i]);
    if (!data) return [];
    const icpNumber = w.numbers?.services.get(draft.id) ?? stored?.icpNumber;
    const record = {
      ...data,
      id: draft.id,
      entityId,
      createdAt: stored?.createdAt ?? w.stamp,
      updatedAt: w.stamp,
      lifecycle: lifecycleOf(w, stored?.lifecycle, name),
      ...(icpNumber ? { icpNumber } : {}),
    } as Service;
    put(w, 'services', stored, record, text(`备案通过：“${name}”${icpNumber ? `（${icpNumber}）` : ''}`, `Filing approved: "${name}"${icpNumber ? ` (${icpNumber})` : ''}`));
    return [draft.id];
  });
}

/** A provider link per access row: the service's current link at that provider is updated, else one is added. */
function writeAccesses(w: Writer, serviceIds: readonly string[]): void {
  (w.filing.data.access ?? []).forEach((draft, j) => {
    const data = complete(w, AccessData, draft, ['access', j]);
    if (!data) return;
    if (!serviceIds.includes(data.serviceId)) {
      w.issues.push({ path: ['access', j, 'serviceId'], message: text('该接入信息对应的网站/App 不在本订单中，请重新选择。', 'This access row names a website/app that is not in this order; choose again.')[w.language] });
      return;
    }
    const stored = currentAccessesOf(w.store, data.serviceId).find((a) => a.providerId === data.providerId);
    const record: Access = { ...data, id: stored?.id ?? randomUUID(), createdAt: stored?.createdAt ?? w.stamp, updatedAt: w.stamp };
    put(w, 'accesses', stored, record, text(`备案通过：接入信息（${data.providerId}）`, `Filing approved: access at ${data.providerId}`));
  });
}

/**
 * Writes an approved filing's data into the portfolio, inside the filing's own transaction: people,
 * the entity, the services and their provider links. With `numbers` (initial, access, add-service,
 * claim) missing records are created and every record holds its number and becomes active; without
 * (modify) only filed records are updated and the numbers stay. Throws VALIDATION before anything is
 * committed when the data is incomplete.
 */
export function writeFilingData(
  tx: Tx,
  store: Store,
  filing: Filing,
  at: { event: string; stamp: string },
  language: Language,
  numbers?: ApprovedNumbers,
): { entityId: string; serviceIds: string[] } {
  const w: Writer = { tx, store, filing, eventAt: at.event, stamp: at.stamp, language, numbers, issues: [] };
  writePeople(w);
  const entityId = writeEntity(w);
  const serviceIds = entityId ? writeServices(w, entityId) : [];
  if (entityId) writeAccesses(w, [...serviceIds, ...filing.targetServiceIds]);
  if (w.issues.length > 0 || !entityId) {
    throw invalid(w.issues, text('订单资料不完整，订单状态和备案信息都未改变。请按提示补全后再记录审核通过。', 'The order data is incomplete, so neither the order nor the portfolio was changed. Complete it as indicated, then record the approval.'));
  }
  return { entityId, serviceIds };
}
