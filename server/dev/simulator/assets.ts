/**
 * The browser files the simulator serves, bundled from TypeScript with esbuild on first use and
 * kept for the life of the process: `/external_api.js` (MeetGateExternalAPI as
 * `window.JitsiMeetExternalAPI`, an IIFE like a deployment's own; `external_api_2021.js`, the same
 * behaving like a 2021 build's host script, served as `/external_api.js` in the 2021 mode) and the
 * meeting page's script.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** A file ready to serve. */
export interface Asset {
  body: Buffer;
  contentType: string;
}

const CLIENT_DIR = new URL('./client/', import.meta.url);

/**
 * The assets built ahead of time by `npm run build:lib` (it defines this name as their JSON), so the installed
 * CLI needs neither esbuild nor the TypeScript sources; undefined when running from the repository.
 */
declare const __MEETGATE_SIMULATOR_ASSETS__: string | undefined;
const PREBUILT: Record<string, string> | undefined =
  typeof __MEETGATE_SIMULATOR_ASSETS__ === 'undefined' ? undefined : JSON.parse(__MEETGATE_SIMULATOR_ASSETS__);

const cache = new Map<string, Promise<Asset>>();

async function bundle(entry: string): Promise<Asset> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [fileURLToPath(new URL(entry, CLIENT_DIR))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome110', 'firefox115'],
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced nothing for ${entry}`);
  return { body: Buffer.from(file.contents), contentType: 'text/javascript; charset=utf-8' };
}

async function stylesheet(name: string): Promise<Asset> {
  return { body: await readFile(new URL(name, CLIENT_DIR)), contentType: 'text/css; charset=utf-8' };
}

const SOURCES: Record<string, () => Promise<Asset>> = {
  'external_api.js': () => bundle('external-api.entry.ts'),
  'external_api_2021.js': () => bundle('external-api-2021.entry.ts'),
  'meeting.js': () => bundle('meeting.entry.ts'),
  'meeting.css': () => stylesheet('meeting.css'),
};

/** The named asset, built once per process; a failed build is retried on the next request. */
export function loadAsset(name: keyof typeof SOURCES | string): Promise<Asset> | null {
  const source = SOURCES[name];
  if (!source) return null;
  let asset = cache.get(name);
  if (!asset) {
    const prebuilt = PREBUILT?.[name];
    asset =
      prebuilt === undefined
        ? source()
        : Promise.resolve({ body: Buffer.from(prebuilt), contentType: name.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8' });
    cache.set(name, asset);
    asset.catch(() => cache.delete(name));
  }
  return asset;
}

/**
 * A real `external_api.js` read from disk for `externalApiFile`, checked to look like a host script
 * (it must define `JitsiMeetExternalAPI`), so a wrong path fails at start rather than in a browser.
 */
export async function readExternalApiFile(path: string): Promise<Asset> {
  const body = await readFile(path);
  if (!body.includes('JitsiMeetExternalAPI')) throw new Error(`${path} does not define JitsiMeetExternalAPI; is it a Jitsi external_api.js?`);
  return { body, contentType: 'text/javascript; charset=utf-8' };
}

/** Builds every asset now, so the first page load does not wait for esbuild. */
export async function warmAssets(): Promise<void> {
  await Promise.all(Object.keys(SOURCES).map((name) => loadAsset(name)));
}

/** Every asset by name and contents, for `npm run build:lib` to build into the published CLI. */
export async function allAssets(): Promise<Record<string, string>> {
  const names = Object.keys(SOURCES);
  const assets = await Promise.all(names.map((name) => loadAsset(name) as Promise<Asset>));
  return Object.fromEntries(names.map((name, i) => [name, assets[i]?.body.toString('utf8') ?? '']));
}
