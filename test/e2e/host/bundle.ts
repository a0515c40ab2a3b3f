/**
 * Bundles the test host page (React, `<SecureMeeting>` from components/) with esbuild, once per
 * process, in memory. Production React, as a site would ship it (the benchmark measures it too).
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

let bundled: Promise<string> | null = null;

/** The host page's script (ESM). Rejects with esbuild's messages when the sources do not build. */
export function hostPageScript(): Promise<string> {
  bundled ??= build({
    entryPoints: [fileURLToPath(new URL('./client/main.tsx', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome110'],
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    outdir: 'host-page',
    legalComments: 'none',
    logLevel: 'silent',
  }).then((result) => {
    const file = result.outputFiles.find((output) => output.path.endsWith('.js'));
    if (!file) throw new Error('esbuild produced no host page script');
    return file.text;
  });
  return bundled;
}
