import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/**
 * A person's way through the app, done as they would do it (clicks, keys and typing only), counted: how many clicks
 * and key presses, and how many fields typed in. With JOURNEY_SHOTS_DIR set, each step leaves a screenshot there
 * (outside the repository), named by journey, width and step.
 */
export class Journey {
  clicks = 0;
  typed = 0;
  private stepNumber = 0;

  constructor(
    readonly page: Page,
    readonly name: string,
  ) {}

  async click(target: Locator): Promise<void> {
    this.clicks++;
    await target.click();
  }

  async check(target: Locator): Promise<void> {
    this.clicks++;
    await target.check();
  }

  async select(target: Locator, option: { label: string }): Promise<void> {
    this.clicks++;
    await target.selectOption(option);
  }

  async press(target: Locator, key: string): Promise<void> {
    this.clicks++;
    await target.press(key);
  }

  async type(target: Locator, text: string): Promise<void> {
    this.typed++;
    await target.fill(text);
  }

  /** The sign-up form, filled in and sent: a new address each time. */
  async signUp(displayName: string, password: string): Promise<void> {
    await this.type(this.page.getByLabel('E-mailadres'), `kk-${randomUUID()}@example.org`);
    await this.type(this.page.getByLabel('Naam'), displayName);
    await this.type(this.page.getByLabel('Wachtwoord'), password);
    await this.click(this.page.getByRole('button', { name: 'Account maken' }));
  }

  /** A link in the header: in its row where it fits, otherwise under its menu. */
  async headerLink(name: string): Promise<void> {
    const inRow = this.page.getByRole('banner').getByRole('link', { name, exact: true });
    if (await inRow.isVisible()) {
      await this.click(inRow);
      return;
    }
    await this.click(this.page.getByRole('button', { name: 'Menu', exact: true }));
    await this.click(this.page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name, exact: true }));
  }

  /** Marks where the person is now; keeps a screenshot of it when asked to. */
  async step(label: string): Promise<void> {
    this.stepNumber++;
    const directory = process.env.JOURNEY_SHOTS_DIR;
    if (!directory) return;
    const width = this.page.viewportSize()?.width ?? 0;
    const folder = join(directory, `${this.name}-${width}`);
    mkdirSync(folder, { recursive: true });
    const file = `${String(this.stepNumber).padStart(2, '0')}-${label.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`;
    await this.page.screenshot({ path: join(folder, file), fullPage: false });
  }

  summary(): string {
    const width = this.page.viewportSize()?.width ?? 0;
    return `${this.name} at ${width} px: ${this.clicks} clicks or key presses, ${this.typed} fields typed in`;
  }
}
