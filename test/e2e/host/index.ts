/**
 * The test host page: a small React page embedding `<SecureMeeting>` against the simulator,
 * served by the e2e host site and configured through its URL query (never with a token in it).
 */
import type { HostSite } from '../pages/host-site.js';
import { hostPageScripts, type Renderer } from './bundle.js';
import { configFromQuery, configToQuery, type HostPageConfig } from './config.js';
import { HOST_CSS, HOST_PAGE_PATH, HOST_SCRIPT_PATH, hostPageHtml } from './page.js';

export type { Renderer } from './bundle.js';
export { configFromQuery, configToQuery, type HostPageConfig } from './config.js';
export { addTokenEndpoint, handOverToken, type TokenCall, type TokenEndpoint, type TokenMinter } from './token-endpoint.js';
export type { HostProbe, RecordedState } from './client/probe.js';
export { parentPageHtml } from './parent-page.js';
export { HOST_CSS } from './page.js';

/** The host page installed on a site. */
export interface HostPage {
  site: HostSite;
  /** The page's address for `config`. */
  url(config: HostPageConfig): string;
}

/** A host page served under a Content-Security-Policy. */
export interface PolicyPage {
  /** Where (in the scripts' folder, `/meeting/`). */
  path: string;
  /** The policy for one configuration (its `nonce`, if any, included). */
  policy: (config: HostPageConfig) => string;
  /** Sent as `Content-Security-Policy-Report-Only`: the browser reports what it would refuse, and refuses nothing. */
  reportOnly?: boolean;
}

/**
 * Serves at `path` the HTML `render` writes for each request's configuration (from its query),
 * sent with the Content-Security-Policy `policy` gives for it, if any (report-only with `reportOnly`).
 */
export function serveConfiguredPage(
  site: HostSite,
  path: string,
  render: (config: HostPageConfig) => string,
  policy?: PolicyPage['policy'],
  reportOnly = false,
): HostPage {
  site.handle(path, (request, response) => {
    const config = configFromQuery(new URL(request.url ?? '/', 'http://site.invalid').search);
    const headers = {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...(policy ? { [reportOnly ? 'content-security-policy-report-only' : 'content-security-policy']: policy(config) } : {}),
    };
    response.writeHead(200, headers).end(render(config));
  });
  return { site, url: (config) => `${site.origin}${path}?${configToQuery(config)}` };
}

/**
 * Bundles (once per process) and serves the host page on `site`, rendered by `renderer` (default
 * React). With `policy`, the page is served at `policy.path` with that Content-Security-Policy and
 * its layout in a stylesheet file.
 */
export async function installHostPage(site: HostSite, renderer: Renderer = 'react', policy?: PolicyPage): Promise<HostPage> {
  // host.js and its chunks, side by side (the chunks are imported relative to it).
  const folder = HOST_SCRIPT_PATH.slice(0, HOST_SCRIPT_PATH.lastIndexOf('/') + 1);
  for (const [name, body] of await hostPageScripts(renderer)) site.put(`${folder}${name}`, { body, contentType: 'text/javascript; charset=utf-8' });
  if (policy) {
    const stylesheet = new URL(site.put(`${folder}host.css`, { body: HOST_CSS, contentType: 'text/css; charset=utf-8' })).pathname;
    return serveConfiguredPage(site, policy.path, () => hostPageHtml(stylesheet), policy.policy, policy.reportOnly);
  }
  site.put(HOST_PAGE_PATH, { body: hostPageHtml(), contentType: 'text/html; charset=utf-8' });
  return { site, url: (config) => `${site.origin}${HOST_PAGE_PATH}?${configToQuery(config)}` };
}
