import type { Download, Page } from '@playwright/test';

/** Settings → Data bundle (数据包), found by role and label in either language. */
export class BundlePage {
  constructor(readonly page: Page) {}

  section() {
    return this.page.locator('.ant-card').filter({ has: this.page.getByText(/^(数据包|Data bundle)$/) });
  }

  /** Clicks Export and answers the browser download it ends in. */
  async export(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: /导出数据包|Export bundle/ }).click();
    return download;
  }

  async choose(path: string) {
    await this.page.getByLabel(/选择数据包文件|Choose a data bundle file/).setInputFiles(path);
  }

  preview() {
    return this.page.getByText(/数据包预览：|Bundle preview: /);
  }

  /** The "A merge adds" cell of one kind of record in the counts table (e.g. /^(主体|Entities)$/). */
  mergeAdds(kind: RegExp) {
    const row = this.page.getByRole('table', { name: /记录数量|Records/ }).getByRole('row').filter({ has: this.page.getByRole('cell', { name: kind }) });
    return row.getByRole('cell').last();
  }

  conflictRows() {
    return this.page.getByRole('table', { name: /冲突|Conflicts/ }).getByRole('row').filter({ has: this.page.getByRole('combobox') });
  }

  resolution(name: string) {
    return this.page.getByRole('combobox', { name: new RegExp(`(“${name}”的处理方式|Resolution for "${name}")`) });
  }

  /** Opens a conflict's Select and clicks the visible option, as a person does. */
  async resolve(name: string, option: string) {
    await this.resolution(name).click();
    await this.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: option }).click();
  }

  mode(name: RegExp) {
    return this.page.getByRole('radio', { name });
  }

  /** Import, then confirm in the dialog. */
  async importConfirmed() {
    await this.page.getByRole('button', { name: /^(导入|Import)$/ }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: /确认导入|^Import$/ }).click();
  }

  result() {
    return this.page.locator('.ant-alert-success').filter({ hasText: /已用数据包替换数据|已合并数据包|Data replaced by the bundle|Bundle merged/ });
  }
}
