// @vitest-environment jsdom
/**
 * The options page's "Server rules": a Prosody config pasted or picked fills the deployment's
 * server profile (secrets left out), and the popup then judges tokens by it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../../extension/ui/options/OptionsApp.js';
import { readPasted } from '../../../../extension/ui/popup/pasted.js';
import { deploymentsItem, readDeployments } from '../../../../extension/storage.js';
import { fakeToken } from '../../../fixtures/tokens.js';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'fixtures/prosody', name), 'utf8');

// jsdom's Blob has no text() (browsers have had it since 2019): read through its FileReader instead.
if (typeof Blob.prototype.text !== 'function') {
  Blob.prototype.text = function text(this: Blob): Promise<string> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsText(this);
    });
  };
}
const q = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector);

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.identity, 'getRedirectURL').mockReturnValue('https://id.chromiumapp.org/');
});
afterEach(cleanup);

/** Opens the form for a new deployment on `domain`. */
async function addDeployment(domain: string): Promise<void> {
  render(<OptionsApp />);
  fireEvent.click(await screen.findByRole('button', { name: 'Add a deployment' }));
  fireEvent.change(screen.getByLabelText('Domain'), { target: { value: domain } });
}

/** Pastes `text` as the config and reads it. */
function pasteConfig(text: string): void {
  fireEvent.change(screen.getByLabelText("The deployment's Prosody config (optional)"), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Read config' }));
}

async function save(): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  });
}

describe('Server rules on the options page', () => {
  it('reads a pasted Docker config, shows what it read, keeps no secret, and the popup judges by it', async () => {
    await addDeployment('meet.example.org');
    pasteConfig(fixture('docker.cfg.lua'));

    const report = within(q('[data-mg="config-report"]')!);
    expect(q<HTMLTextAreaElement>('[data-mg="prosody-config"]')?.value).toBe('');
    expect(q('[data-mg="config-status"]')?.textContent).toMatch(
      /^Read the pasted config \([\d,]+ characters\)\. One secret was left out\. The text itself is not kept\.$/,
    );
    expect(q('[data-mg="config-secrets"]')?.textContent).toMatch(/^Not kept: app_secret \(line 24\)\./);
    expect(q<HTMLSelectElement>('[data-mg="config-host"]')?.value).toBe('meet.jitsi');
    expect(report.getByRole('table').querySelector('[data-mg-setting="asap_accepted_issuers"]')?.textContent).toBe(
      'asap_accepted_issuersmy_web_client, my_app_clientline 12 (global)',
    );
    expect(report.getByRole('table').querySelector('[data-mg-setting="key_kind"]')?.textContent).toBe('app_secretshared secret (HS)line 24');
    expect(document.body.textContent).not.toContain('my_jitsi_app_secret');

    await save();
    await vi.waitFor(() => expect(q('[data-mg="options-status"]')?.textContent).toBe('Saved meet.example.org.'));
    const stored = await deploymentsItem.getValue();
    expect(JSON.stringify(stored)).not.toContain('my_jitsi_app_secret');
    expect(stored).toEqual([
      expect.objectContaining({ profile: expect.objectContaining({ domain: 'meet.jitsi', asap_accepted_issuers: ['my_web_client', 'my_app_client'] }) }),
    ]);
    expect(q('[data-mg="deployment-rules"]')?.textContent).toBe('rules read from its Prosody config (meet.jitsi)');

    // The popup reads the deployments back (re-validated) and judges a pasted token with that profile.
    const deployments = await readDeployments();
    const now = Math.floor(Date.now() / 1000);
    const claims = { iss: 'my_web_client', aud: 'my_server1', sub: 'meet.jitsi', room: 'standup', iat: now - 5, exp: now + 600 };
    expect(readPasted(`https://meet.example.org/standup?jwt=${fakeToken(claims)}`, deployments, {}, Date.now()).report.usable).toBe(true);
    const refused = readPasted(`https://meet.example.org/standup?jwt=${fakeToken({ ...claims, iss: 'intranet' })}`, deployments, {}, Date.now()).report;
    expect(refused.findings.find((f) => f.code === 'iss-mismatch')?.setting).toBe('asap_accepted_issuers');
  });

  it('with several token hosts, asks which one before saving; editing shows the stored rules', async () => {
    await addDeployment('meet.example.org');
    pasteConfig(`${fixture('debian.cfg.lua')}\nVirtualHost "other.example.org"\n  authentication = "token"\n  app_id = "other"\n  app_secret = "s"\n`);
    expect(q('[data-mg="config-host-reason"]')?.textContent).toMatch(/Several VirtualHosts use tokens/);
    expect(q('[data-mg="config-secrets"]')?.textContent).toMatch(/external_service_secret \(line 8\), app_secret \(line 27\), app_secret \(line 120\)/);
    await save();
    expect(q('[data-mg-error="profile"]')?.textContent).toMatch(/Choose the VirtualHost your meetings use/);
    expect(await deploymentsItem.getValue()).toEqual([]);

    fireEvent.change(q('[data-mg="config-host"]')!, { target: { value: 'meet.example.org' } });
    fireEvent.click(screen.getByRole('radio', { name: /Jitsi 2025 and earlier/ }));
    // 2025 code already verifies the domain by default (jitsi/jitsi-meet 412aa83, run locally).
    expect(q('[data-mg-setting="enable_domain_verification"]')?.textContent).toMatch(/^enable_domain_verificationtruedefault/);
    await save();
    await vi.waitFor(async () => expect(await readDeployments()).toHaveLength(1));
    expect((await readDeployments())[0]?.profile).toMatchObject({ domain: 'meet.example.org', app_id: 'example_app_id', room_pattern_case: 'lowercased' });

    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    expect(q('[data-mg="stored-config"]')?.textContent).toMatch(/VirtualHost meet\.example\.org/);
    expect(q('[data-mg="stored-settings"]')?.textContent).toContain('app_idexample_app_id');
    expect(q('[data-mg="stored-settings"]')?.textContent).toContain('room_pattern_caselowercased');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: /Jitsi 2025 and earlier/ }).checked).toBe(true);
  });

  it('a named release alone is stored as its difference from current Jitsi', async () => {
    await addDeployment('meet.example.org');
    fireEvent.click(screen.getByRole('radio', { name: /8x8 JaaS/ }));
    expect(q('[data-mg="prosody-config"]')).toBeNull();
    await save();
    await vi.waitFor(async () => expect(await readDeployments()).toHaveLength(1));
    expect((await readDeployments())[0]?.profile).toMatchObject({ name: 'jaas', jaas: true, key_kind: 'key-server' });
    expect(q('[data-mg="deployment-rules"]')?.textContent).toBe('JaaS rules');
  });

  it('reads a picked file, refuses a file or text too large to be a config (never a truncated read), and reports a broken one with its line', async () => {
    await addDeployment('meet.example.org');
    const input = q<HTMLInputElement>('[data-mg="config-file"]')!;
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File(['x'.repeat(300_000)], 'huge.cfg.lua')] } });
    });
    expect(q('[data-mg="config-error"]')?.textContent).toMatch(/^huge\.cfg\.lua has 300,000 bytes; a Prosody config has a few thousand/);
    pasteConfig(`-- ${'x'.repeat(300_000)}`);
    expect(q('[data-mg="config-error"]')?.textContent).toMatch(/^The pasted config has 300,003 characters; a Prosody config has a few thousand/);
    expect(q('[data-mg="config-report"]')).toBeNull();
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File(['VirtualHost "x"\n  app_id = = 1\n'], 'broken.cfg.lua')] } });
    });
    await vi.waitFor(() => expect(q('[data-mg="config-error"]')?.textContent).toMatch(/^broken\.cfg\.lua could not be read: Line 2, column/));
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File([fixture('docker.cfg.lua')], 'jitsi-meet.cfg.lua')] } });
    });
    await vi.waitFor(() => expect(q('[data-mg="config-status"]')?.textContent).toMatch(/^Read jitsi-meet\.cfg\.lua/));
    expect(q('[data-mg="config-error"]')).toBeNull();
  });

  it('shows hidden characters from a hostile file spelled out, lists what it skipped, and refuses a look-alike host', async () => {
    await addDeployment('meet.example.org');
    pasteConfig('Include "conf.d/\u202Eaul.gfc"\nVirtualHost "m\u0435et.example.org"\n  authentication = "token"\n  app_secret = os.getenv("S")\n');
    expect(q('[data-mg="config-skipped"]')?.textContent).toContain('Line 1: Include "conf.d/\\u{202e}aul.gfc": read that file too');
    expect(q('[data-mg="config-skipped"]')?.textContent).toContain('Line 4: a call to os.getenv (for app_secret)');
    expect(document.body.textContent).not.toContain('\u202E');
    await save();
    expect(q('[data-mg-error="profile"]')?.textContent).toMatch(/domain must be a domain such as meet\.example\.org/);
    expect(await deploymentsItem.getValue()).toEqual([]);
  });
});
