/**
 * The web-component host page: a page without React that loads the shipped `meetgate-meeting.js`
 * (on Preact) and writes one `<meetgate-meeting>` from the spec's configuration. It is a
 * `HostPage`, so the component specs' page object (`SecureMeetingPage`) drives it unchanged.
 */
import { HOST_CSS, serveConfiguredPage, type HostPage, type PolicyPage } from '../../host/index.js';
import type { HostSite } from '../../pages/index.js';
import { elementProbeScript, reactPageScript, webComponentScript } from './bundle.js';
import {
  ELEMENT_CSS_PATH,
  ELEMENT_PAGE_PATH,
  ELEMENT_PROBE_PATH,
  ELEMENT_SCRIPT_PATH,
  elementHostHtml,
  REACT_PAGE_PATH,
  REACT_SCRIPT_PATH,
  reactHostHtml,
} from './page.js';

export { webComponentScript } from './bundle.js';

/**
 * Bundles (once per process) and serves the web-component host page on `site`. With `policy`, the
 * page is served at `policy.path` with that Content-Security-Policy and its layout in a stylesheet file.
 */
export async function installElementHost(site: HostSite, policy?: PolicyPage): Promise<HostPage> {
  site.put(ELEMENT_SCRIPT_PATH, { body: await webComponentScript(), contentType: 'text/javascript; charset=utf-8' });
  site.put(ELEMENT_PROBE_PATH, { body: await elementProbeScript(), contentType: 'text/javascript; charset=utf-8' });
  const stylesheet = policy ? new URL(site.put(ELEMENT_CSS_PATH, { body: HOST_CSS, contentType: 'text/css; charset=utf-8' })).pathname : undefined;
  return serveConfiguredPage(site, policy?.path ?? ELEMENT_PAGE_PATH, (config) => elementHostHtml(config, stylesheet), policy?.policy);
}

/**
 * Serves (after `installElementHost`) a React 19 page that renders `<meetgate-meeting>` itself
 * and re-renders four times a second; returns its address for `domain`, `room`, `next` (the room
 * its button switches to) and `provider` (the token URL).
 */
export async function installReactPortal(site: HostSite): Promise<(query: { domain: string; room: string; next: string; provider: string }) => string> {
  site.put(REACT_SCRIPT_PATH, { body: await reactPageScript(), contentType: 'text/javascript; charset=utf-8' });
  site.put(REACT_PAGE_PATH, { body: reactHostHtml(), contentType: 'text/html; charset=utf-8' });
  return (query) => `${site.origin}${REACT_PAGE_PATH}?${new URLSearchParams(query)}`;
}
