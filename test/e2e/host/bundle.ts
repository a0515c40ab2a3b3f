/**
 * Bundles the test host page (React, `<SecureMeeting>` from components/) with esbuild, once per
 * process and renderer, in memory. Production React, as a site would ship it (the benchmark
 * measures it too) — or the same sources on Preact, aliased as the web component is built.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { PREACT_ALIAS } from '../../../scripts/web-component.mjs';

/** What renders the host page: React 19, or Preact through `preact/compat` (as `meetgate-meeting.js`). */
export type Renderer = 'react' | 'preact';

const bundled = new Map<Renderer, Promise<string>>();

/** The host page's script (ESM). Rejects with esbuild's messages when the sources do not build. */
export function hostPageScript(renderer: Renderer = 'react'): Promise<string> {
  const cached = bundled.get(renderer);
  if (cached) return cached;
  const script = build({
    entryPoints: [fileURLToPath(new URL('./client/main.tsx', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome110'],
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: renderer === 'preact' ? PREACT_ALIAS : {},
    write: false,
    outdir: 'host-page',
    legalComments: 'none',
    logLevel: 'silent',
  }).then((result) => {
    const file = result.outputFiles.find((output) => output.path.endsWith('.js'));
    if (!file) throw new Error('esbuild produced no host page script');
    return file.text;
  });
  bundled.set(renderer, script);
  return script;
}
