import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filingSummary } from '../../../../src/main/reports/filing-summary';
import { ReportLabels } from '../../../../src/main/reports/labels';
import { renderPdf } from '../../../../src/main/reports/pdf';
import type { EntityDraft } from '../../../../src/shared/domain/model/entity';
import type { FilingDetail } from '../../../../src/shared/ipc/filing-schemas';
import type { Language } from '../../../../src/shared/ipc/schemas';
import { entity, openFilings } from '../services/filings/harness';

const hasPoppler = spawnSync('pdftotext', ['-v']).error === undefined;
const work = mkdtempSync(join(tmpdir(), 'icp-desk-region-names-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function pdfText(detail: FilingDetail, language: Language): Promise<string> {
  const path = join(work, `summary-${language}.pdf`);
  writeFileSync(path, await renderPdf(filingSummary(detail, new ReportLabels(language), new Date('2026-03-02T08:00:00Z'))));
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** An initial filing whose entity files in Shijiazhuang (河北省 / 石家庄市 / 长安区 130102). */
async function shijiazhuangFiling(): Promise<FilingDetail> {
  const h = await openFilings();
  const created = await h.filings.create({ operation: 'initial', providerId: 'alibaba' });
  const data = entity({ region: { province: '130000', city: '130100', district: '130102' } }) as EntityDraft;
  return (await h.filings.saveStep({ id: created.filing.id, step: 'entity', data, validate: false, expectedUpdatedAt: created.filing.updatedAt })).detail;
}

describe('region names in generated files', () => {
  it('labels a city by its English name in English and its Chinese name in Chinese', () => {
    expect(new ReportLabels('en').city('130100')).toBe('Shijiazhuang');
    expect(new ReportLabels('zh-CN').city('130100')).toBe('石家庄市');
    expect(new ReportLabels('en').city('110100')).toBe('City districts');
    expect(new ReportLabels('en').province('130000')).toBe('Hebei');
  });

  it.skipIf(!hasPoppler && !process.env.CI)('the filing summary PDF prints the entity’s city in the language of the file', async () => {
    const detail = await shijiazhuangFiling();
    const en = await pdfText(detail, 'en');
    expect(en).toContain('Filing region · Filing province Hebei Filing region · City Shijiazhuang Filing region · District code 130102');
    expect(en).not.toContain('石家庄');
    const zh = await pdfText(detail, 'zh-CN');
    expect(zh).toMatch(/河北省 备案地域 · 城市 石家庄市 备案地域 · /);
  });
});
