import { describe, expect, it } from 'vitest';
import { en, formatMessage, localized, zhCN } from '../../../src/shared/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  it('have exactly the same keys in zh-CN and en', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('use the same placeholders in both languages for every key', () => {
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zhCN[key]));
    }
  });

  it('have no empty message', () => {
    for (const [key, text] of [...Object.entries(zhCN), ...Object.entries(en)]) expect(text.trim(), key).not.toBe('');
  });

  it('fill placeholders and leave unknown ones visible', () => {
    expect(formatMessage('备份 {{name}} / {{other}}', { name: 'a.json' })).toBe('备份 a.json / {{other}}');
    expect(localized('backup.create.done', { name: 'x.json' })).toEqual({ 'zh-CN': '已创建备份 x.json', en: 'Backup x.json created' });
  });
});
