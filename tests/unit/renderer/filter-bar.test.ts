import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FilterBar, type FilterSpec } from '../../../src/renderer/features/portfolio/list/FilterBar';

interface View {
  province?: string | undefined;
  overdue?: boolean | undefined;
  show: 'open' | 'all';
}

const filters: FilterSpec<View>[] = [
  { kind: 'choice', key: 'show', label: 'Show', options: [{ value: 'open', label: 'Open' }, { value: 'all', label: 'All' }] },
  { kind: 'select', key: 'province', label: 'Province', width: 140, searchable: true, options: [{ value: 'BJ', label: 'Beijing' }] },
  { kind: 'check', key: 'overdue', label: 'Has overdue items' },
];
const draw = (view: View) => renderToStaticMarkup(createElement(FilterBar<View>, { view, update: () => undefined, filters, clearLabel: 'Clear filters' }));

// What a screen reader finds: every control named by its filter's label, the clear link only when there is something to clear.
describe('FilterBar', () => {
  it('names each control after its filter', () => {
    const html = draw({ show: 'open' });
    expect(html).toMatch(/role="radiogroup"[^>]*aria-label="Show"|aria-label="Show"[^>]*role="radiogroup"/);
    expect(html).toContain('aria-label="Province"');
    expect(html).toMatch(/<label[^>]*>.*type="checkbox".*Has overdue items/);
    expect(html).not.toContain('Clear filters');
  });

  it('offers to clear once a drop-down or checkbox is set, not for the always-chosen buttons', () => {
    expect(draw({ show: 'all' })).not.toContain('Clear filters');
    expect(draw({ show: 'open', province: 'BJ' })).toContain('Clear filters');
    expect(draw({ show: 'open', overdue: true })).toContain('Clear filters');
    expect(draw({ show: 'open', province: 'BJ' })).toContain('Beijing');
  });
});
