/**
 * Bundles the test host page (React, `<SecureMeeting>` from components/) with esbuild, once per
 * process and renderer, in memory. Production React and code splitting, as a site would ship it
 * (the benchmark measures it too): MeetGate's meeting runtime and the extension bridge are chunks
 * of their own, fetched by the page as on a real site — or the same sources on Preact, aliased as
 * the web component is built.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { PREACT_ALIAS } from '../../../scripts/web-component.mjs';

/** What renders the host page: React 19, or Preact through `preact/compat` (as `meetgate-meeting.js`). */
export type Renderer = 'react' | 'preact';

const bundled = new Map<Renderer, Promise<Map<string, string>>>();

/** The host page's scripts (ESM) by file name: `host.js` and its chunks. Rejects with esbuild's messages when the sources do not build. */
export function hostPageScripts(renderer: Renderer = 'react'): Promise<Map<string, string>> {
  const cached = bundled.get(renderer);
  if (cached) return cached;
  const scripts = build({
    entryPoints: { host: fileURLToPath(new URL('./client/main.tsx', import.meta.url)) },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome110'],
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: renderer === 'preact' ? PREACT_ALIAS : {},
    write: false,
    outdir: '/host-page',
    legalComments: 'none',
    logLevel: 'silent',
  }).then((result) => {
    const files = new Map(
      result.outputFiles.filter((output) => output.path.endsWith('.js')).map((output) => [output.path.replace(/^.*\/host-page\//, ''), output.text]),
    );
    if (!files.has('host.js')) throw new Error('esbuild produced no host page script');
    return files;
  });
  bundled.set(renderer, scripts);
  return scripts;
}
