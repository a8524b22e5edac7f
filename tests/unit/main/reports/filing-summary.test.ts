import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filingSummary } from '../../../../src/main/reports/filing-summary';
import { ReportLabels } from '../../../../src/main/reports/labels';
import { renderPdf } from '../../../../src/main/reports/pdf';
import { RULES_AS_OF } from '../../../../src/main/services/filings/check';
import type { Filing } from '../../../../src/shared/domain/model/filing';
import type { FilingDetail } from '../../../../src/shared/ipc/filing-schemas';
import type { Language } from '../../../../src/shared/ipc/schemas';
import { at, filingOf, modificationUnderReview, openFilings } from '../services/filings/harness';

const hasPoppler = spawnSync('pdftotext', ['-v']).error === undefined;
const work = mkdtempSync(join(tmpdir(), 'icp-desk-filing-summary-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The summary as the client reads it: rendered to PDF and its text extracted, whitespace collapsed. */
async function pdfText(detail: FilingDetail, language: Language, name: string): Promise<string> {
  const path = join(work, `${name}-${language}.pdf`);
  writeFileSync(path, await renderPdf(filingSummary(detail, new ReportLabels(language), new Date('2025-03-01T08:00:00Z'))));
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** China time 'YYYY-MM-DD HH:mm' of an instant, as the PDF prints it. */
const minute = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

describe.skipIf(!hasPoppler && !process.env.CI)('filing summary PDF: closing check and changes', () => {
  it('an approved modification prints its changes (filed → new) and that the findings were frozen at closing', async () => {
    const h = await openFilings();
    const { id } = await modificationUnderReview(h);
    const open = h.filings.get(id);
    const zhOpen = await pdfText(open, 'zh-CN', 'open');
    // An open order: the changes table, and no closing note.
    expect(zhOpen).toMatch(/变更内容（原 → 新） 字段 原备案 变更为 主体 · 通信地址 示例路1号2层 示例路9号/);
    expect(zhOpen).not.toContain('结单时冻结于');
    expect(zhOpen).not.toContain('现在检查');

    const approved = await h.filings.recordEvent({ id, event: 'admin-approve', at: at(14) });
    const frozenAt = minute(approved.filing.closingCheck?.frozenAt ?? '');
    const zh = await pdfText(approved, 'zh-CN', 'approved');
    expect(zh).toContain(`提交前检查结果 结单时冻结于 ${frozenAt}，规则数据截至 ${RULES_AS_OF}`);
    // After approval the portfolio holds the new address; the table still shows the frozen change.
    expect(zh).toMatch(/主体 · 通信地址 示例路1号2层 示例路9号/);
    const en = await pdfText(approved, 'en', 'approved');
    expect(en).toContain(`Pre-submission check Frozen at closing on ${frozenAt}; rule data as of ${RULES_AS_OF}`);
    expect(en).toMatch(/Changes \(filed → new\) Field Filed New Entity · mailing address 示例路1号2层 示例路9号/);
  });

  it('a closed order with nothing frozen says it was checked now; an initial filing has no changes table', async () => {
    const h = await openFilings();
    const { filing } = await h.filings.create({ operation: 'initial', providerId: 'alibaba' });
    await h.filings.recordEvent({ id: filing.id, event: 'abandon', at: at(9) });
    // As an older version stored it: closed, nothing frozen.
    const { closingCheck: _dropped, ...old } = filingOf(h, filing.id);
    await h.store.transact('', (tx) => tx.put('filings', old satisfies Filing));
    const detail = h.filings.get(filing.id);

    const zh = await pdfText(detail, 'zh-CN', 'legacy');
    expect(zh).toContain('提交前检查结果 现在检查，不是结单时的结果');
    expect(zh).not.toContain('变更内容');
    const en = await pdfText(detail, 'en', 'legacy');
    expect(en).toContain('Pre-submission check Checked now, not at closing');
  });
});
