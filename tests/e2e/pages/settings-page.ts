import type { Page } from '@playwright/test';

/** The Settings page, found by role and label in either language. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  language(name: 'English' | '中文') {
    return this.page.getByRole('radio', { name });
  }

  theme(name: RegExp) {
    return this.page.getByRole('radio', { name });
  }

  displayName() {
    return this.page.getByLabel(/显示名称|Display name/);
  }

  async saveDisplayName(value: string) {
    await this.displayName().fill(value);
    await this.page.getByRole('button', { name: /保存|Save/ }).click();
  }

  async createBackup() {
    await this.page.getByRole('button', { name: /立即备份|Create backup now/ }).click();
  }

  backupRows() {
    return this.page.getByRole('row').filter({ hasText: /icp-desk-\d{8}/ });
  }
}
