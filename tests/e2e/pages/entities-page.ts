import type { Page } from '@playwright/test';
import { AppShell } from './app-shell';

/** The Entities list as a user sees it. */
export class EntitiesPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await new AppShell(this.page).open(/^(主体|Entities)$/);
  }

  search() {
    return this.page.getByRole('searchbox', { name: /搜索主体|Search entities/ });
  }

  list() {
    return this.page.getByRole('region', { name: /^(主体列表|Entities)$/ });
  }

  archiveList() {
    return this.page.getByRole('region', { name: /已归档的主体|Archived entities/ });
  }

  entityLink(name: string) {
    return this.list().getByRole('link', { name, exact: true });
  }

  count() {
    return this.page.getByRole('status').filter({ hasText: /共 \d+ 个主体|Entities: \d+/ });
  }

  async newEntity(): Promise<void> {
    await this.page.getByRole('button', { name: /新建主体|New entity/ }).click();
  }

  async recordExisting(): Promise<void> {
    await this.page.getByRole('button', { name: /登记已有备案|Record existing filing/ }).click();
  }

  async showArchive(): Promise<void> {
    await this.page.getByRole('tab', { name: /归档|Archive/ }).click();
  }
}
