import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './app-shell';
import { FormHelper } from './form';

/** The Filings list and the "New filing" page, as a user sees them (zh-CN). */
export class FilingNew extends FormHelper {
  constructor(page: Page) {
    super(page);
  }

  async openList(): Promise<void> {
    await new AppShell(this.page).open(/^(备案|Filings)$/);
  }

  async start(): Promise<void> {
    await this.openList();
    await this.page.getByRole('button', { name: /新建备案|New filing/ }).click();
  }

  intent(name: string | RegExp): Locator {
    return this.page.getByRole('radio', { name });
  }

  /** Picks a record in a searchable select: types part of it and takes the match once it is listed. */
  async pick(label: string, text: string): Promise<void> {
    // A required field's name starts with its mark ('* 主体').
    const box = this.page.getByRole('combobox', { name: new RegExp(`^[*\\s]*${label.replace(/[/]/g, '\\/')}$`) });
    await box.click();
    await box.fill(text);
    await this.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option-active').filter({ hasText: text }).waitFor();
    await box.press('Enter');
    await box.press('Escape');
  }

  async determine(): Promise<void> {
    await this.page.getByRole('button', { name: /判断备案类型|Determine the filing type/ }).click();
  }

  result(): Locator {
    return this.section(/^(备案类型|Filing type)$/);
  }

  async answer(option: string | RegExp): Promise<void> {
    await this.result().getByRole('radio', { name: option }).check();
  }

  async create(): Promise<void> {
    await this.page.getByRole('button', { name: /创建备案订单|Create the filing order/ }).click();
  }
}

/** The wizard of one order: steps, Next/Back, the save status. */
export class FilingWizard extends FormHelper {
  constructor(page: Page) {
    super(page);
  }

  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 3, name });
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: /^(下一步|Next)$/ }).click();
  }

  async back(): Promise<void> {
    await this.page.getByRole('button', { name: /^(上一步|Back)$/ }).click();
  }

  step(name: string | RegExp): Locator {
    return this.page.getByRole('navigation', { name: /填写步骤|Steps/ }).getByRole('button', { name });
  }

  saveStatus(): Locator {
    return this.page.getByRole('status').filter({ hasText: /保存|Saved|Saving|saved/ });
  }

  async waitSaved(): Promise<void> {
    await expect(this.saveStatus()).toHaveText(/已自动保存|Saved automatically/);
  }

  check(): Locator {
    return this.section(/^(提交前检查|Pre-submission check)$/);
  }

  /** Ticks every warning of the pre-submission check, one by one, as a careful user does. */
  async acknowledgeAll(): Promise<void> {
    await expect(this.check()).toBeVisible();
    const boxes = this.check().getByRole('checkbox', { name: /我已核实|I have checked this/, checked: false });
    while ((await boxes.count()) > 0) {
      const before = await boxes.count();
      await boxes.first().check();
      await expect(boxes).toHaveCount(before - 1);
    }
  }
}

/** One order's page: its progress buttons, the event dialog, the timeline. */
export class FilingPage extends FormHelper {
  constructor(page: Page) {
    super(page);
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** A pick-list inside a dialog: Enter takes the match and closes the list (Escape would close the dialog). */
  async chooseInDialog(label: string | RegExp, text: string): Promise<void> {
    const box = this.dialog().getByLabel(label);
    await box.click();
    await box.fill(text);
    const option = this.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option-active');
    await option.filter({ hasText: text }).waitFor();
    await box.press('Enter');
    await expect(box).toHaveAttribute('aria-expanded', 'false');
  }

  /** Opens an event's dialog, lets `fill` type into it, then records it. */
  async record(action: string | RegExp, fill?: (dialog: Locator) => Promise<void>): Promise<void> {
    await this.page.getByRole('group', { name: /记录进展|Record progress/ }).getByRole('button', { name: action }).click();
    const dialog = this.dialog();
    await expect(dialog).toBeVisible();
    // Wait for antd's opening zoom to end, as a person would: a click that lands mid-animation was
    // seen to be lost on a loaded 2-core machine.
    await expect(dialog).not.toHaveClass(/ant-zoom-appear/);
    if (fill) await fill(dialog);
    await dialog.getByRole('button', { name: /^(记录|Record)$/ }).click();
    await expect(dialog).toBeHidden();
  }

  state(): Locator {
    return this.page.locator('.ant-tag').first();
  }

  timeline(): Locator {
    return this.page.getByRole('region', { name: /^(经过|History)$/ });
  }
}
