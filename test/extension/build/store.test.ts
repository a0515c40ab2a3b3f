/**
 * What the stores check before a reviewer looks: the manifests of both builds (from wxt.config.ts)
 * have a short enough name and description and icons at every size the stores and browsers use,
 * every permission they ask for is justified in extension/store/permissions.md, and the privacy
 * policy names every storage item the extension defines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';

type Manifest = Record<string, unknown> & { name: string; description: string; permissions: string[]; optional_host_permissions?: string[] };
const manifestFor = (browser: 'chrome' | 'firefox'): Manifest =>
  (config.manifest as (env: { browser: string; manifestVersion: 3 }) => Manifest)({ browser, manifestVersion: 3 });

const store = (name: string): string => readFileSync(join('extension/store', name), 'utf8');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('store readiness', () => {
  it.each(['chrome', 'firefox'] as const)('%s: name within 45 characters (AMO 50, Chrome 75), description within 132 (Chrome)', (browser) => {
    const manifest = manifestFor(browser);
    expect(manifest.name.length).toBeLessThanOrEqual(45);
    expect(manifest.description.length).toBeGreaterThan(20);
    expect(manifest.description.length).toBeLessThanOrEqual(132);
  });

  it('has the icon at every size the stores and toolbars use, each really that size', () => {
    const sizes = readdirSync('extension/public/icon')
      .map((file) => Number.parseInt(file, 10))
      .sort((a, b) => a - b);
    expect(sizes).toEqual(expect.arrayContaining([16, 24, 32, 48, 64, 96, 128]));
    for (const size of sizes) expect(pngSize(`extension/public/icon/${size}.png`)).toEqual({ width: size, height: size });
  });

  it.each(['chrome', 'firefox'] as const)('%s: every permission and optional host permission is justified', (browser) => {
    const manifest = manifestFor(browser);
    const justified = [...store('permissions.md').matchAll(/^### (.+)$/gm)].map((heading) => heading[1] ?? '');
    for (const permission of manifest.permissions) expect(justified, permission).toContain(`\`${permission}\``);
    const hosts = justified.find((heading) => heading.startsWith('Optional host permissions')) ?? '';
    for (const host of manifest.optional_host_permissions ?? []) expect(hosts, host).toContain(`\`${host}\``);
  });

  it('firefox: declares its data collection (none), with the reason in permissions.md', () => {
    const gecko = (manifestFor('firefox').browser_specific_settings as { gecko: { data_collection_permissions: unknown } }).gecko;
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(store('permissions.md')).toContain('data_collection_permissions');
  });

  it('the privacy policy names every storage item the extension defines', () => {
    const sources = readdirSync('extension', { recursive: true })
      .map(String)
      .filter((file) => /\.tsx?$/.test(file));
    const keys = sources.flatMap((file) =>
      [...readFileSync(join('extension', file), 'utf8').matchAll(/defineItem(?:<.*?>)?\(\s*'(local|session|sync):(\w+)'/g)].map(
        (match) => `${match[1]}:${match[2]}`,
      ),
    );
    expect(keys.length).toBeGreaterThanOrEqual(5);
    const policy = store('privacy-policy.md');
    for (const key of keys) {
      const [area, name] = key.split(':');
      expect(policy, key).toContain(`\`storage.${area}\` (\`${name}\`)`);
    }
  });
});
