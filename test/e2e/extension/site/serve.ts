/**
 * Serves the bridge test pages on the loopback site: each page's script is bundled with esbuild
 * from site/*.ts(x). The same server answers as `http://127.0.0.1:<port>` and as
 * `http://localhost:<port>`: two origins, one allowed and one not.
 */
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
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
    bundle: true,
    format: 'iife',
    write: false,
    jsx: 'automatic',
    platform: 'browser',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** A page that loads `script`, styled like the extension's popup (its own base.css) when `style` is given. */
function page(title: string, script: string, body: string, style = ''): string {
  const head = `<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${style ? `<style>${style}</style>` : ''}`;
  return `<!doctype html><html lang="en"><head>${head}</head><body>${body}<script src="${script}"></script></body></html>`;
}

/** The popup's look for the bridge page: the extension's base.css, and a centred card. */
async function bridgeStyle(): Promise<string> {
  const base = await readFile(fileURLToPath(new URL('../../../../extension/ui/shared/base.css', import.meta.url)), 'utf8');
  return `${base}
body { background: #f4f6f8; }
.mg-bridge { max-width: 28rem; margin: 2rem auto; padding: 1rem 1.25rem; background: #fff; border: 1px solid var(--mg-border); border-radius: 10px; }
.mg-bridge h1 { margin-bottom: .5rem; }
#outcome { margin: .5rem 0 1rem; padding: .5rem .65rem; border-radius: 6px; background: #f1f4f9; min-height: 1.45em; overflow-wrap: anywhere; }
#outcome[data-outcome="granted"] { background: #eef8f0; border: 1px solid #1e7e34; }
#outcome[data-outcome="denied"], #outcome[data-outcome="unavailable"] { background: #fdeeee; border: 1px solid var(--mg-alert); color: var(--mg-alert); }
@media (max-width: 30rem) { .mg-bridge { margin: 0; border-radius: 0; border-width: 0 0 1px; } }`;
}

/** Registers the pages on `site`. */
export async function serveBridgePages(site: HostSite): Promise<BridgeSite> {
  const [bridgeJs, componentJs] = await Promise.all([bundle('./bridge-page.ts'), bundle('./component-page.tsx')]);
  site.put('/bridge-page.js', { body: bridgeJs, contentType: 'text/javascript' });
  site.put('/component-page.js', { body: componentJs, contentType: 'text/javascript' });
  const bridgeBody =
    '<main class="mg-bridge"><h1>Intranet</h1><p class="mg-hint">This page asks MeetGate for a meeting token.</p><p id="outcome" role="status"></p><button id="ask" class="mg-primary">Ask again</button></main>';
  const portal = site.put('/intranet/meet.html', {
    body: page('Intranet meeting', '/bridge-page.js', bridgeBody, await bridgeStyle()),
    contentType: 'text/html; charset=utf-8',
  });
  const component = site.put('/intranet/embedded.html', {
    body: page('Embedded meeting', '/component-page.js', '<div id="root"></div>'),
    contentType: 'text/html; charset=utf-8',
  });
  return { portal, other: portal.replace('http://127.0.0.1:', 'http://localhost:'), component };
}
