/**
 * The test host page: a small React page embedding `<SecureMeeting>` against the simulator,
 * served by the e2e host site and configured through its URL query (never with a token in it).
 */
import type { HostSite } from '../pages/host-site.js';
import { hostPageScripts, type Renderer } from './bundle.js';
import { configToQuery, type HostPageConfig } from './config.js';
import { HOST_PAGE_PATH, HOST_SCRIPT_PATH, hostPageHtml } from './page.js';

export type { Renderer } from './bundle.js';
export { configFromQuery, configToQuery, type HostPageConfig } from './config.js';
export { addTokenEndpoint, handOverToken, type TokenCall, type TokenEndpoint, type TokenMinter } from './token-endpoint.js';
export type { HostProbe, RecordedState } from './client/probe.js';
export { parentPageHtml } from './parent-page.js';

/** The host page installed on a site. */
export interface HostPage {
  site: HostSite;
  /** The page's address for `config`. */
  url(config: HostPageConfig): string;
}

/** Bundles (once per process) and serves the host page on `site`, rendered by `renderer` (default React). */
export async function installHostPage(site: HostSite, renderer: Renderer = 'react'): Promise<HostPage> {
  // host.js and its chunks, side by side (the chunks are imported relative to it).
  const folder = HOST_SCRIPT_PATH.slice(0, HOST_SCRIPT_PATH.lastIndexOf('/') + 1);
  for (const [name, body] of await hostPageScripts(renderer)) site.put(`${folder}${name}`, { body, contentType: 'text/javascript; charset=utf-8' });
  site.put(HOST_PAGE_PATH, { body: hostPageHtml(), contentType: 'text/html; charset=utf-8' });
  return { site, url: (config) => `${site.origin}${HOST_PAGE_PATH}?${configToQuery(config)}` };
}
