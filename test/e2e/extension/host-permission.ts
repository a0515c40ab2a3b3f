/**
 * A copy of the built extension whose manifest already holds a host permission, as if the person
 * had accepted Chromium's prompt for that site (the prompt itself cannot be answered from a test).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Copies `extensionDir` and grants `patterns` as required host permissions; returns the copy's directory. */
export function withHostPermission(extensionDir: string, patterns: readonly string[]): string {
  const copy = mkdtempSync(join(tmpdir(), 'meetgate-ext-granted-'));
  cpSync(extensionDir, copy, { recursive: true });
  const manifestPath = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), ...patterns])];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return copy;
}
