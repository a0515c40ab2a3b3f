/**
 * Serves the bridge test pages on the loopback site: each page's script is bundled with esbuild
 * from site/*.ts(x). The same server answers as `http://127.0.0.1:<port>` and as
 * `http://localhost:<port>`: two origins, one allowed and one not.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { HostSite } from '../../pages/index.js';

/** The pages' addresses (without query). */
export interface BridgeSite {
  /** The bridge page at the 127.0.0.1 origin. */
  portal: string;
  /** The same page at the localhost origin. */
  other: string;
  /** The page embedding `<SecureMeeting>` with the extension source, at the 127.0.0.1 origin. */
  component: string;
}

/** Bundles one page script. */
async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true, format: 'iife', write: false, jsx: 'automatic', platform: 'browser', target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** A page that loads `script`. */
function page(title: string, script: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}<script src="${script}"></script></body></html>`;
}

/** Registers the pages on `site`. */
export async function serveBridgePages(site: HostSite): Promise<BridgeSite> {
  const [bridgeJs, componentJs] = await Promise.all([bundle('./bridge-page.ts'), bundle('./component-page.tsx')]);
  site.put('/bridge-page.js', { body: bridgeJs, contentType: 'text/javascript' });
  site.put('/component-page.js', { body: componentJs, contentType: 'text/javascript' });
  const portal = site.put('/intranet/meet.html', { body: page('Intranet meeting', '/bridge-page.js', '<h1>Intranet</h1><p id="outcome" role="status"></p><button id="ask">Ask again</button>'), contentType: 'text/html; charset=utf-8' });
  const component = site.put('/intranet/embedded.html', { body: page('Embedded meeting', '/component-page.js', '<div id="root"></div>'), contentType: 'text/html; charset=utf-8' });
  return { portal, other: portal.replace('http://127.0.0.1:', 'http://localhost:'), component };
}
