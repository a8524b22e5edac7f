import { describe, expect, it } from 'vitest';
import { USCC } from '../../../../fixtures/domain/values';
import { addClient, exportBundle, importBundle, openBundles, preview } from './bundle-harness';

/**
 * bundle:plan — the preview's merge planned again with the resolutions chosen so far: the "a merge
 * adds" counts (and the conflicts) follow each choice, and are what the import then really adds.
 */
describe('bundle merge plan follows the chosen resolutions', () => {
  it('taking the incoming entity adds it with its service, access and order; keeping the local one adds none of them', async () => {
    const a = await openBundles();
    await addClient(a, { name: '北京示例科技有限公司（另一台电脑）' });
    const bytes = await exportBundle(a);
    const b = await openBundles();
    await addClient(b, { domain: 'local-only.cn' });
    const p = await preview(b, bytes);
    const conflict = p.conflicts[0];
    expect(conflict?.resolution).toBe('keep-local');
    expect(p.mergeAdds).toEqual({});

    const taken = await b.bundles.plan({ bundleId: p.bundleId, resolutions: { [conflict?.id ?? '']: 'take-incoming' } });
    expect(taken.mergeAdds).toMatchObject({ entities: 1, services: 1, accesses: 1, filings: 1 });
    expect(taken.conflicts.map((c) => [c.id, c.resolution])).toEqual([[conflict?.id, 'take-incoming']]);

    const back = await b.bundles.plan({ bundleId: p.bundleId, resolutions: { [conflict?.id ?? '']: 'keep-local' } });
    expect(back).toEqual({ conflicts: p.conflicts, mergeAdds: p.mergeAdds, identical: p.identical });

    const result = await importBundle(b, { bundleId: p.bundleId, mode: 'merge', resolutions: { [conflict?.id ?? '']: 'take-incoming' } });
    expect(result.counts).toEqual(taken.mergeAdds);
  });

  it('taking an incoming entity can bring a conflict of its own: its service has a local service’s domain', async () => {
    const a = await openBundles();
    await addClient(a, { name: '北京示例科技有限公司（另一台电脑）', domain: 'shared-demo.cn' });
    const bytes = await exportBundle(a);
    const b = await openBundles();
    await addClient(b, { domain: 'local-only.cn' });
    await addClient(b, { name: '上海另一家有限公司', certificateNumber: USCC.beijing2, domain: 'shared-demo.cn' });
    const p = await preview(b, bytes);
    expect(p.conflicts.map((c) => c.kind)).toEqual(['certificate']);
    const entity = { [p.conflicts[0]?.id ?? '']: 'take-incoming' as const };

    const withEntity = await b.bundles.plan({ bundleId: p.bundleId, resolutions: entity });
    expect(withEntity.conflicts.map((c) => [c.kind, c.key, c.resolution])).toEqual([
      ['certificate', USCC.beijing, 'take-incoming'],
      ['domain', 'shared-demo.cn', 'keep-local'],
    ]);
    expect(withEntity.mergeAdds).toMatchObject({ entities: 1, filings: 1 });
    expect(withEntity.mergeAdds.services ?? 0).toBe(0);

    const domain = withEntity.conflicts[1]?.id ?? '';
    const withBoth = await b.bundles.plan({ bundleId: p.bundleId, resolutions: { ...entity, [domain]: 'take-incoming' } });
    expect(withBoth.mergeAdds).toMatchObject({ entities: 1, services: 1, accesses: 1, filings: 1 });
  });

  it('a preview that is gone is refused with a clear message', async () => {
    const b = await openBundles();
    await expect(b.bundles.plan({ bundleId: 'bundle-0123456789abcdef', resolutions: {} })).rejects.toThrow(/expired|过期/);
  });
});
