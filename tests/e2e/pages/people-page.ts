import type { Page } from '@playwright/test';
import { AppShell } from './app-shell';

/** The People list and a person's page, as a user sees them. */
export class PeoplePage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await new AppShell(this.page).open(/^(人员|People)$/);
  }

  list() {
    return this.page.getByRole('region', { name: /^(人员列表|People)$/ });
  }

  archiveList() {
    return this.page.getByRole('region', { name: /已归档的人员|Archived people/ });
  }

  count() {
    return this.page.getByRole('status').filter({ hasText: /共 \d+ 人|People: \d+/ });
  }

  tab(name: RegExp) {
    return this.page.getByRole('tab', { name });
  }

  async openPerson(name: string): Promise<void> {
    await this.list().getByRole('link', { name, exact: true }).click();
    await this.page.getByRole('heading', { name, exact: true }).waitFor();
  }

  archivedBanner() {
    return this.page.getByText(/该人员已归档|This person is archived/);
  }
}
