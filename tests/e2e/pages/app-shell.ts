import type { Page } from '@playwright/test';

/** The navigation and theme of the app shell, as a user sees them. */
export class AppShell {
  constructor(readonly page: Page) {}

  nav(name: string | RegExp) {
    return this.page.getByRole('menuitem', { name });
  }

  async open(name: string | RegExp) {
    await this.nav(name).click();
  }

  /** Relative luminance (0 black – 1 white) of the main layout's background. */
  async backgroundLuminance(): Promise<number> {
    return this.page.evaluate(() => {
      const el = document.querySelector('.ant-layout') ?? document.body;
      const [r = 0, g = 0, b = 0] = (getComputedStyle(el).backgroundColor.match(/\d+(\.\d+)?/g) ?? []).map(Number);
      const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    });
  }

  async reload() {
    await this.page.reload();
    await this.page.locator('html[data-ready="true"]').waitFor();
  }
}
