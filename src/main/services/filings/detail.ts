import { allowedFilingEvents, FILING_TERMINAL_STATES } from '../../../shared/domain/lifecycle-filing';
import { FILED_LIVE_STATES } from '../../../shared/domain/lifecycle-service';
import { filingDeadlines } from '../../../shared/domain/deadlines-filing';
import type { ExpiringDocument, ExpiringDomain } from '../../../shared/domain/deadlines-expiry';
import type { Entity } from '../../../shared/domain/model/entity';
import type { Filing } from '../../../shared/domain/model/filing';
import { LONG_TERM } from '../../../shared/domain/model/person';
import type { Service } from '../../../shared/domain/model/service';
import type { RuleContext } from '../../../shared/domain/rules/context';
import { documentPath, requiredDocumentsOf } from '../../../shared/domain/rules/required-documents';
import type { FilingDetail, FilingRemoves, RequiredDocumentView } from '../../../shared/ipc/filing-schemas';
import type { TrackedDeadlineView } from '../../../shared/ipc/portfolio-schemas';
import type { Store } from '../../store';
import { servicesOf } from '../portfolio/records';
import { checkContext, liveCheck } from './check';
import type { FilingDeps } from './deps';

function documentsOf(ctx: RuleContext): RequiredDocumentView[] {
  const provided = ctx.data.documents ?? [];
  return requiredDocumentsOf(ctx).map((d) => ({
    kind: d.kind,
    label: d.label,
    reason: d.reason,
    source: [...d.source],
    asOf: d.asOf,
    path: documentPath(d),
    // The same reading as the documents.missing rule.
    provided: provided.some((p) => p.provided && p.kind === d.kind && (d.subjectId === undefined || p.subjectId === d.subjectId)),
    ...(d.subjectId ? { subjectId: d.subjectId } : {}),
  }));
}

/** Deadlines of the order; domain and ID expiries only while it is open (afterwards they belong to the records). */
function deadlinesOf(filing: Filing, ctx: RuleContext, now: Date): TrackedDeadlineView[] {
  const open = !FILING_TERMINAL_STATES.includes(filing.state);
  const domains: ExpiringDomain[] = [];
  for (const { service } of ctx.services) {
    if (service.kind === 'website' && service.domain && service.domainExpiryDate) domains.push({ name: service.domain, expiresOn: service.domainExpiryDate });
  }
  const documents: ExpiringDocument[] = [];
  for (const { person } of ctx.leaders) {
    const until = person.certificateValidUntil;
    if (until && until !== LONG_TERM) documents.push({ name: person.name?.trim() || person.certificateNumber || '', validUntil: until });
  }
  const province = ctx.entity?.region?.province;
  return filingDeadlines(
    {
      operation: filing.operation,
      state: filing.state,
      createdAt: filing.createdAt,
      updatedAt: filing.updatedAt,
      history: filing.history,
      ...(filing.sms ? { sms: filing.sms } : {}),
      ...(province ? { province } : {}),
      ...(open ? { domains, documents } : {}),
    },
    now,
  ).map((d) => ({ ...d, source: [...d.source] }));
}

const isLive = (s: Service): boolean => FILED_LIVE_STATES.includes(s.lifecycle.state);

/** What a cancellation deletes at MIIT (§2.1); remove-access deletes nothing there. */
function removesOf(store: Store, filing: Filing, entity: Entity | undefined, targets: readonly Service[]): FilingRemoves {
  const numbers = (services: readonly Service[]) => services.flatMap((s) => (s.icpNumber ? [s.icpNumber] : []));
  if (filing.operation === 'cancel-entity' && entity) {
    const services = filing.state === 'APPROVED' ? targets : servicesOf(store, entity.id).filter((s) => !s.archivedAt && isLive(s));
    return { ...(entity.icpNumber ? { entityNumber: entity.icpNumber } : {}), serviceNumbers: numbers(services) };
  }
  if (filing.operation === 'cancel-service') return { serviceNumbers: numbers(targets) };
  return { serviceNumbers: [] };
}

/** Remove-access of the last provider leaves a shell site (§2.1, §9.2: A1, T1). */
function leavesShell(deps: FilingDeps, filing: Filing, targets: readonly Service[]): boolean {
  return targets.some((t) => {
    const current = deps.view.accessOfService(t.id);
    return filing.providerId ? current.every((a) => a.providerId === filing.providerId) : current.length <= 1;
  });
}

/** The filing with everything the wizard and the tracking page show about it. */
export function buildDetail(deps: FilingDeps, filing: Filing): FilingDetail {
  const { store } = deps.ctx;
  const now = deps.ctx.now();
  const ctx = checkContext(deps, filing);
  const entity = filing.entityId ? store.get<Entity>('entities', filing.entityId) : undefined;
  const targets = filing.targetServiceIds.flatMap((id) => {
    const s = store.get<Service>('services', id);
    return s ? [s] : [];
  });
  const open = !FILING_TERMINAL_STATES.includes(filing.state);
  // A closed order shows what was checked and changed when it closed; one closed before checks were
  // frozen shows them checked now, and the page says so (filing.closingCheck is absent).
  const check = (!open && filing.closingCheck) || liveCheck(deps, filing, ctx);
  return {
    filing,
    ...(entity ? { entity } : {}),
    targets,
    findings: check.findings,
    requiredDocuments: documentsOf(ctx),
    deadlines: deadlinesOf(filing, ctx, now),
    changes: check.changes,
    removes: removesOf(store, filing, entity, targets),
    ...(filing.operation === 'remove-access' && open ? { leavesShell: leavesShell(deps, filing, targets) } : {}),
    allowedEvents: allowedFilingEvents(filing),
  };
}
