/**
 * HTTP options for oauth4webapi: a timeout on every request, the injected fetch, and plain
 * http allowed only for a provider on this computer (tests), never elsewhere.
 */
import * as oauth from 'oauth4webapi';
import type { OidcEnvironment } from './types.js';

/** Whether an issuer is plain http on the loopback interface. */
export function isLoopbackHttp(url: URL): boolean {
  return url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(url.hostname));
}

/** Builds the options passed to each oauth4webapi request (a fresh timeout signal each time). */
export function requestOptions(issuer: URL, env: OidcEnvironment): () => oauth.DiscoveryRequestOptions & oauth.TokenEndpointRequestOptions {
  const timeoutMs = env.timeoutMs ?? 10_000;
  const insecure = isLoopbackHttp(issuer);
  return () => ({
    signal: AbortSignal.timeout(timeoutMs),
    ...(env.fetch ? { [oauth.customFetch]: env.fetch } : {}),
    ...(insecure ? { [oauth.allowInsecureRequests]: true } : {}),
  });
}
