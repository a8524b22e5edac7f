import type { Page } from '@playwright/test';

/** The Reports page: one card (a region named after its export) per export, as a user sees them. */
export class ReportsPage {
  constructor(readonly page: Page) {}

  card(title: string) {
    return this.page.getByRole('region', { name: title });
  }

  /** antd's button-style radios hide the input: click the visible option, as a person does. */
  async chooseFormat(title: string, label: string) {
    await this.card(title).getByText(label).click();
  }

  /** The card's Export button; its accessible name is “<Export>: <title>”. */
  exportButton(title: string, exportLabel: string) {
    return this.card(title).getByRole('button', { name: `${exportLabel}: ${title}` });
  }

  /** The running export: its status line with the progress bar, the count and Cancel. */
  progress(title: string) {
    return this.card(title).getByRole('status').filter({ has: this.page.getByRole('progressbar') });
  }
}
