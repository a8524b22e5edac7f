import type { Page } from '@playwright/test';
import { AppShell } from './app-shell';

/** The Import page as a user sees it. */
export class ImportPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await new AppShell(this.page).open(/^(导入|Import)$/);
  }

  /** Chooses a file in the file input (by its label), as the file dialog would. */
  async choose(name: string, content: string | Buffer, mimeType = 'text/csv'): Promise<void> {
    await this.page.getByLabel(/要导入的文件|File to import/).setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
  }

  summary() {
    return this.page.getByRole('region', { name: /^(检查结果|Check result)$/ }).getByRole('status');
  }

  errors() {
    return this.page.getByRole('region', { name: /^(有错误的行|Rows with errors)$/ });
  }

  /** The row of the error list for this spreadsheet row and column. */
  errorAt(rowLabel: string | RegExp, column: string) {
    return this.errors().getByRole('row').filter({ hasText: rowLabel }).filter({ hasText: column });
  }

  invalidCells() {
    return this.page.getByRole('region', { name: /^(数据预览|Data preview)$/ }).locator('[aria-invalid="true"]');
  }

  async confirm(): Promise<void> {
    await this.page.getByRole('button', { name: /^(导入 \d+ 行|Import \d+ rows)$/ }).click();
    const dialog = this.page.getByRole('dialog', { name: /确认导入|Import now/ });
    await dialog.getByRole('button', { name: /^(导入|Import)$/ }).click();
  }

  result() {
    return this.page.getByText(/导入完成|Import finished/);
  }
}
