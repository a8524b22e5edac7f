import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ListPage } from '../../../src/renderer/features/portfolio/list/ListPage';

const search = { value: undefined, onSearch: () => undefined, label: 'Search entities', placeholder: 'Name…' };
const draw = (filtersBelow: boolean) =>
  renderToStaticMarkup(
    createElement(ListPage, {
      title: 'Entities',
      search,
      filters: createElement('span', { id: 'filters' }),
      filtersBelow,
      toolbar: createElement('button', { id: 'toolbar' }, 'Export'),
      status: 'Entities: 3',
      children: createElement('table', { id: 'list' }),
    }),
  );

// The frame of every list page: a page can put commands (Export) beside its filters without a layout of its own.
describe('ListPage', () => {
  it('puts the toolbar right after the filters, on their own row or beside the search', () => {
    for (const below of [true, false]) {
      const html = draw(below);
      expect(html).toMatch(/id="filters"><\/span><button id="toolbar">Export<\/button>/);
      expect(html.indexOf('id="toolbar"')).toBeLessThan(html.indexOf('id="list"'));
    }
  });

  it('names the search box and announces the count politely', () => {
    const html = draw(true);
    expect(html).toContain('aria-label="Search entities"');
    expect(html).toMatch(/role="status"[^>]*aria-live="polite"[^>]*>Entities: 3</);
    expect(html).toContain('>Entities</h2>');
  });
});
