import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../../../src/main/services/imports/template';
import { JobService } from '../../../../src/main/services/jobs';
import { ReportService } from '../../../../src/main/services/reports';
import { TaskRunner } from '../../../../src/main/workers/task-runner';
import type { Entity } from '../../../../src/shared/domain/model/entity';
import type { Person } from '../../../../src/shared/domain/model/person';
import type { Service, Website } from '../../../../src/shared/domain/model/service';
import type { Store } from '../../../../src/main/store';
import type { Language } from '../../../../src/shared/ipc/schemas';
import { MOBILE, REGION, RESIDENT_ID, USCC } from '../../../fixtures/domain/values';
import { entity, openFilings, person, recordFiled, website, type Harness } from '../services/filings/harness';
import { openImports, previewOf, resultOf, waitJob } from '../services/imports/harness';

/**
 * Moving clients to another workstation: the entities export of one data directory, imported into
 * an empty one. What travels, field by field: the entity's name, nature, certificate type and number,
 * region, certificate and mailing address and ICP number (so its filed state); its leader's name,
 * certificate type and number, validity, mobile, emergency phone and email; and its first website's
 * name, domain, homepage, ICP number and first content category. What stays behind (the import makes
 * one website whose leader is the entity's): further websites, apps, accesses, filings, service
 * leaders, investor, legal representative, remarks.
 */

/** Three clients: a filed enterprise with two websites, an unfiled one with one, an individual without any. */
async function portfolio(): Promise<Harness> {
  const h = await openFilings();
  await recordFiled(h, ['one.example.cn', 'two.example.cn']);
  const { id: shopId } = await h.portfolio.entities.create({
    entity: entity({
      name: '广州示例贸易有限公司',
      certificateNumber: USCC.guangdong,
      region: { ...REGION.guangdong },
      certificateAddress: '广州市越秀区示例街8号',
      mailingAddress: '广州市越秀区示例街8号301室',
    }),
    leader: {
      new: person({
        name: '王五',
        certificateType: 'passport',
        certificateNumber: 'E12345678',
        certificateValidFrom: '2020-05-01',
        certificateValidUntil: '2030-04-30',
        mobile: MOBILE.b,
        emergencyPhone: MOBILE.d,
        email: 'wangwu@example.com',
      }),
    },
  });
  const shop = h.store.get<Entity>('entities', shopId) as Entity;
  const { icpNumber: _none, domainExpiryDate: _expiry, ...site } = website('shop-demo.cn', '', '示例商城');
  await h.portfolio.services.create({
    entityId: shopId,
    service: { ...site, contentCategories: ['shopping'] },
    leader: { id: shop.leaderId },
  });
  await h.portfolio.entities.create({
    entity: entity({
      nature: 'individual',
      certificateType: 'resident-id',
      certificateNumber: RESIDENT_ID.sichuan1995,
      name: '赵六',
      region: { ...REGION.sichuan },
      certificateAddress: '成都市锦江区示例巷3号',
      mailingAddress: '成都市锦江区示例巷3号',
      investor: '赵六',
    }),
    leader: {
      new: person({
        name: '赵六',
        certificateNumber: RESIDENT_ID.sichuan1995,
        mobile: MOBILE.d,
        emergencyPhone: MOBILE.a,
        email: 'zhaoliu@example.com',
      }),
    },
  });
  return h;
}

async function exportEntities(h: Harness, format: 'xlsx' | 'csv', language: Language): Promise<{ fileName: string; bytes: Uint8Array }> {
  const jobs = new JobService();
  const service = new ReportService(h.portfolio, h.filings);
  // No worker bundle under vitest: the export's tasks run inline, the functions the worker runs.
  const tasks = new TaskRunner({ workerPath: undefined });
  const { jobId } = jobs.start('export', (ctx) => service.export({ kind: 'entities', format, language }, ctx, tasks));
  const status = await waitJob(jobs, jobId);
  if (status.state !== 'done') throw new Error(`export ${status.state}: ${JSON.stringify(status.error)}`);
  return jobs.takeFile(jobId);
}

/** One client as it travels: the fields named above, by entity certificate number. */
function travelling(store: Store): Record<string, unknown>[] {
  const entities = [...store.list<Entity>('entities')].filter((e) => !e.archivedAt);
  return entities
    .map((e) => {
      const leader = store.get<Person>('people', e.leaderId) as Person;
      const sites = [...store.list<Service>('services')]
        .filter((s): s is Website => s.kind === 'website' && s.entityId === e.id && !s.archivedAt)
        .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
      const site = sites[0];
      return {
        entity: {
          name: e.name,
          nature: e.nature,
          certificateType: e.certificateType,
          certificateNumber: e.certificateNumber,
          region: e.region,
          certificateAddress: e.certificateAddress,
          mailingAddress: e.mailingAddress,
          icpNumber: e.icpNumber,
          filed: e.lifecycle.state,
        },
        leader: {
          name: leader.name,
          certificateType: leader.certificateType,
          certificateNumber: leader.certificateNumber,
          certificateValidFrom: leader.certificateValidFrom,
          certificateValidUntil: leader.certificateValidUntil,
          mobile: leader.mobile,
          emergencyPhone: leader.emergencyPhone,
          email: leader.email,
        },
        website: site && {
          name: site.name,
          domain: site.domain,
          homepageUrl: site.homepageUrl,
          icpNumber: site.icpNumber,
          content: site.contentCategories[0],
          filed: site.lifecycle.state,
        },
      };
    })
    .sort((a, b) => (a.entity.certificateNumber < b.entity.certificateNumber ? -1 : 1));
}

describe('clients travel between workstations through the entities export', () => {
  for (const format of ['xlsx', 'csv'] as const) {
    for (const language of ['zh-CN', 'en'] as const) {
      it(`an entities ${format.toUpperCase()} export (${language}) imports into an empty data directory without errors, field by field`, async () => {
        const source = await portfolio();
        const original = travelling(source.store);
        // The portfolio is what the test says it is: a filed client, websites to carry and to leave.
        expect(original.map((c) => (c.entity as { filed: string }).filed).sort()).toEqual(['ACTIVE', 'UNFILED', 'UNFILED']);
        expect(original.filter((c) => c.website).length).toBe(2);

        const file = await exportEntities(source, format, language);
        const target = await openImports();
        const preview = previewOf(await target.preview(file.fileName, file.bytes));
        expect(preview.missingRequired).toEqual([]);
        expect(preview.errors).toEqual([]);
        expect({
          rows: preview.rowCount,
          valid: preview.validCount,
          errorRows: preview.errorRowCount,
        }).toEqual({ rows: 3, valid: 3, errorRows: 0 });

        const result = resultOf(await target.commit(preview.importId, preview.mapping));
        expect(result.created).toEqual({ entities: 3, people: 3, services: 2 });
        expect(travelling(target.store)).toEqual(original);
      });
    }
  }

  it('the website columns say that only the first website travels, in the language', async () => {
    const source = await portfolio();
    const file = await exportEntities(source, 'csv', 'en');
    const header =
      Buffer.from(file.bytes)
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)[0] ?? '';
    expect(header).toContain('Website domain (first website only)');
    const zh = await exportEntities(source, 'csv', 'zh-CN');
    expect(Buffer.from(zh.bytes).toString('utf8').split(/\r?\n/)[0]).toContain('网站域名（仅第一个网站）');
  });

  it('the import template explains, in each language, what the entities export brings and what stays behind', async () => {
    for (const [language, words] of [
      ['zh-CN', ['第一个网站', '不随表格导入']],
      ['en', ['first website', 'do not travel']],
    ] as const) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await buildTemplate(language, 'xlsx')) as unknown as ArrayBuffer);
      const help = wb.worksheets[1];
      const last = String(help?.getRow(help.rowCount).getCell(1).value ?? '');
      for (const w of words) expect(last).toContain(w);
    }
  });
});
