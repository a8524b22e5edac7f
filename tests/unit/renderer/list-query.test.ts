import { describe, expect, it } from 'vitest';
import { ENTITY_QUERY } from '../../../src/renderer/features/entities/list/useEntityQuery';
import { FILING_QUERY } from '../../../src/renderer/features/filings/list/useFilingQuery';
import { readQuery, writeQuery } from '../../../src/renderer/features/portfolio/list/list-query';
import { SERVICE_QUERY } from '../../../src/renderer/features/services/list/useServiceQuery';

// The lists keep their query in the address; these are the addresses users bookmark and come Back to.
const read = <V>(codecs: Parameters<typeof readQuery<V>>[0], search: string) => readQuery(codecs, new URLSearchParams(search));
const write = <V>(codecs: Parameters<typeof writeQuery<V>>[0], search: string, patch: Partial<V>, resetOnChange?: keyof V & string) =>
  writeQuery(codecs, new URLSearchParams(search), patch, resetOnChange ? { resetOnChange } : {}).toString();

describe('entities list address', () => {
  it('reads every filter, the archive tab and the sort', () => {
    expect(read(ENTITY_QUERY, 'q=晨曦&province=BJ&nature=enterprise&status=ACTIVE&provider=alibaba&open=1&overdue=1&archived=1&sort=name&order=desc')).toEqual({
      text: '晨曦',
      province: 'BJ',
      nature: 'enterprise',
      status: 'ACTIVE',
      provider: 'alibaba',
      hasOpenFiling: true,
      hasOverdue: true,
      archived: true,
      sort: { field: 'name', order: 'desc' },
    });
  });

  it('reads an old or mistyped link as no filter, and a sort without order as ascending', () => {
    expect(read(ENTITY_QUERY, 'province=XX&status=nope&open=yes&archived=true&sort=icpNumber')).toEqual({
      text: undefined,
      province: undefined,
      nature: undefined,
      status: undefined,
      provider: undefined,
      hasOpenFiling: undefined,
      hasOverdue: undefined,
      archived: false,
      sort: { field: 'icpNumber', order: 'asc' },
    });
    expect(read(ENTITY_QUERY, 'sort=shoeSize&order=desc').sort).toBeUndefined();
  });

  it('writes only what changed, keeps the rest, and leaves empty values out', () => {
    expect(write(ENTITY_QUERY, 'q=a&sort=name&order=asc', { province: 'BJ', hasOpenFiling: true })).toBe('q=a&sort=name&order=asc&province=BJ&open=1');
    expect(write(ENTITY_QUERY, 'q=a&province=BJ&open=1', { text: '   ', province: undefined, hasOpenFiling: undefined })).toBe('');
    expect(write(ENTITY_QUERY, 'q=a&sort=name&order=desc&archived=1', { sort: undefined, archived: false })).toBe('q=a');
    expect(write(ENTITY_QUERY, '', { text: ' 晨曦 ', archived: true })).toBe(`q=${encodeURIComponent('晨曦')}&archived=1`);
  });
});

describe('services list address', () => {
  it('reads and writes the kind, status, provider, archive and sort', () => {
    expect(read(SERVICE_QUERY, 'kind=app&status=UNFILED&provider=tencent&archived=1&sort=kind&order=desc')).toEqual({
      text: undefined,
      kind: 'app',
      status: 'UNFILED',
      provider: 'tencent',
      archived: true,
      sort: { field: 'kind', order: 'desc' },
    });
    expect(write(SERVICE_QUERY, 'kind=app', { kind: 'website', sort: { field: 'name', order: 'asc' } })).toBe('kind=website&sort=name&order=asc');
  });
});

describe('filings list address', () => {
  it('shows open filings on page 1 unless the address says otherwise', () => {
    expect(read(FILING_QUERY, '')).toEqual({ text: undefined, open: 'open', state: undefined, operation: undefined, page: 1 });
    expect(read(FILING_QUERY, 'show=all&state=DRAFT&op=modify&page=3')).toEqual({ text: undefined, open: 'all', state: 'DRAFT', operation: 'modify', page: 3 });
    expect(read(FILING_QUERY, 'show=bogus&page=-2').open).toBe('open');
    expect(read(FILING_QUERY, 'page=abc').page).toBe(1);
  });

  it('goes back to page 1 when a filter changes, and leaves the defaults out', () => {
    expect(write(FILING_QUERY, 'show=all&page=3', { state: 'DRAFT' }, 'page')).toBe('show=all&state=DRAFT');
    expect(write(FILING_QUERY, 'show=all', { page: 2 }, 'page')).toBe('show=all&page=2');
    expect(write(FILING_QUERY, 'show=closed&page=2', { open: 'open' }, 'page')).toBe('');
  });
});
