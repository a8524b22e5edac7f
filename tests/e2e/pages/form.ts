import type { Locator, Page } from '@playwright/test';

/**
 * Filling the app's forms the way a keyboard user does: fields by their label inside a named
 * section, pick-lists by typing and Enter.
 */
export class FormHelper {
  constructor(readonly page: Page) {}

  section(name: string | RegExp): Locator {
    return this.page.getByRole('region', { name });
  }

  /** A text field (or date field) by its label; the label may carry a required mark. */
  field(scope: Locator, label: string | RegExp): Locator {
    return scope.getByLabel(label);
  }

  async fill(scope: Locator, label: string | RegExp, value: string): Promise<void> {
    const input = this.field(scope, label);
    await input.fill(value);
    await input.blur();
  }

  /** Types into a pick-list and takes the first match. */
  async choose(scope: Locator, label: string | RegExp, text: string): Promise<void> {
    const box = this.field(scope, label);
    await box.click();
    await box.fill(text);
    await this.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option-active').first().waitFor();
    await box.press('Enter');
    await box.press('Escape');
  }

  /** Adds free-text values to a tags field (domains, IPs), one Enter each. */
  async addTags(scope: Locator, label: string | RegExp, values: readonly string[]): Promise<void> {
    const box = this.field(scope, label);
    await box.click();
    for (const value of values) {
      await box.fill(value);
      await box.press('Enter');
    }
    await box.press('Escape');
  }
}
