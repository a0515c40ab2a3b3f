/**
 * The browser files the simulator serves, bundled from TypeScript with esbuild on first use and
 * kept for the life of the process: `/external_api.js` (MeetGateExternalAPI as
 * `window.JitsiMeetExternalAPI`, an IIFE like a deployment's own) and the meeting page's script.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** A file ready to serve. */
export interface Asset {
  body: Buffer;
  contentType: string;
}

const CLIENT_DIR = new URL('./client/', import.meta.url);

const cache = new Map<string, Promise<Asset>>();

async function bundle(entry: string): Promise<Asset> {
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
  'meeting.js': () => bundle('meeting.entry.ts'),
  'meeting.css': () => stylesheet('meeting.css'),
};

/** The named asset, built once per process; a failed build is retried on the next request. */
export function loadAsset(name: keyof typeof SOURCES | string): Promise<Asset> | null {
  const source = SOURCES[name];
  if (!source) return null;
  let asset = cache.get(name);
  if (!asset) {
    asset = source();
    cache.set(name, asset);
    asset.catch(() => cache.delete(name));
  }
  return asset;
}

/** Builds every asset now, so the first page load does not wait for esbuild. */
export async function warmAssets(): Promise<void> {
  await Promise.all(Object.keys(SOURCES).map((name) => loadAsset(name)));
}
