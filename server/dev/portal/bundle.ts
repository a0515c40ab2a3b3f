/**
 * The portal's browser scripts, bundled with esbuild when the portal starts: the room page
 * (React, `<SecureMeeting>`, MeetGate's IFrame API host) and the sign-in page's helper. Kept in
 * memory and served by the portal itself — no CDN, nothing remote.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { PortalAssets } from './context.js';

const CLIENT_DIR = new URL('./client/', import.meta.url);

/** Bundles both scripts. Rejects with esbuild's messages when the sources do not build. */
export async function buildPortalAssets(): Promise<PortalAssets> {
  const result = await build({
    entryPoints: { room: fileURLToPath(new URL('room.tsx', CLIENT_DIR)), 'sign-in': fileURLToPath(new URL('sign-in.ts', CLIENT_DIR)) },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome110', 'firefox115', 'safari16'],
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    outdir: 'portal-assets',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const text = (name: string): string => {
    const file = result.outputFiles.find((output) => output.path.endsWith(`${name}.js`));
    if (!file) throw new Error(`esbuild produced no ${name}.js`);
    return file.text;
  };
  return { roomScript: text('room'), signInScript: text('sign-in') };
}
