/** Page object of the options page (`chrome-extension://<id>/options.html`). */
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

/** Values typed into the deployment form, by label. */
export interface DeploymentInput {
  name?: string;
  domain?: string;
  expectedAudience?: string;
  signIn?: 'None' | 'Login page' | 'OpenID Connect';
  issuer?: string;
  clientId?: string;
  jwksUrl?: string;
}

/** The options page. */
export class OptionsPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, id: string): Promise<OptionsPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    await expect(page.getByRole('heading', { name: 'MeetGate options' })).toBeVisible();
    return new OptionsPage(page);
  }

  get redirectUri(): Locator {
    return this.page.locator('[data-mg="redirect-uri"]');
  }
  get status(): Locator {
    return this.page.locator('[data-mg="options-status"]');
  }
  get doctorHint(): Locator {
    return this.page.locator('[data-mg="doctor-hint"]');
  }
  get form(): Locator {
    return this.page.locator('[data-mg="deployment-form"]');
  }

  /** Opens the form for a new deployment. */
  async add(): Promise<void> {
    await this.page.locator('[data-mg="add-deployment"]').click();
  }

  /** Fills the form (only the given fields). */
  async fill(input: DeploymentInput): Promise<void> {
    const labels: Array<[keyof DeploymentInput, string]> = [
      ['name', 'Name'],
      ['domain', 'Domain'],
      ['expectedAudience', 'Expected audience'],
    ];
    for (const [key, label] of labels) if (input[key] !== undefined) await this.form.getByLabel(label, { exact: true }).fill(input[key] as string);
    if (input.signIn) await this.form.getByRole('radio', { name: new RegExp(input.signIn === 'Login page' ? 'login page' : input.signIn, 'i') }).check();
    if (input.issuer !== undefined) await this.form.getByLabel('Issuer', { exact: true }).fill(input.issuer);
    if (input.clientId !== undefined) await this.form.getByLabel('Client id', { exact: true }).fill(input.clientId);
    if (input.jwksUrl !== undefined) await this.form.getByLabel('JWKS address', { exact: true }).fill(input.jwksUrl);
  }

  async save(): Promise<void> {
    await this.form.getByRole('button', { name: 'Save' }).click();
  }

  /** The error shown under a field (by field name). */
  error(field: string): Locator {
    return this.form.locator(`[data-mg-error="${field}"]`);
  }

  /** Pastes a Prosody config into the Server rules part of the form and reads it. */
  async pasteConfig(text: string): Promise<void> {
    await this.form.getByLabel("The deployment's Prosody config (optional)").fill(text);
    await this.form.getByRole('button', { name: 'Read config' }).click();
  }

  /** Picks a Prosody config file through the form's file chooser. */
  async chooseConfigFile(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.form.getByLabel('Choose file…').click();
    await (await chooser).setFiles(path);
  }

  /** What the page read from the config. */
  get configReport(): Locator {
    return this.form.locator('[data-mg="config-report"]');
  }
  get configStatus(): Locator {
    return this.form.locator('[data-mg="config-status"]');
  }
  get configSecrets(): Locator {
    return this.form.locator('[data-mg="config-secrets"]');
  }
  get configHost(): Locator {
    return this.form.locator('[data-mg="config-host"]');
  }

  /** The row of one token setting in the report (by ServerProfile name): option, value, from. */
  setting(name: string): Locator {
    return this.configReport.locator(`[data-mg-setting="${name}"]`);
  }

  /** A saved deployment's row, by domain. */
  deployment(domain: string): Locator {
    return this.page.locator(`[data-mg-deployment="${domain}"]`);
  }
}
