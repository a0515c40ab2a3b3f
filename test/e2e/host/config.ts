/**
 * The test host page's configuration and its URL query form, shared by the page (which reads
 * it) and the specs (which write it). Tokens never travel in this query: a token is handed over
 * through a one-time `tokenRef` path on the host site, or comes from the provider endpoint, the
 * page link (`?jwt=`, flow 7 only) or a parent window.
 */

/** Everything a spec can set on the host page. */
export interface HostPageConfig {
  /** The room, as a host page names it. */
  room: string;
  /** The deployment's domain (default: the simulated one, set by the spec). */
  domain: string;
  /** Same-origin path that answers once with `{ token }`: becomes the `token` prop. */
  tokenRef?: string;
  /** Same-origin path of the site's token endpoint (`?room=&reason=` → `{ token }`, 401 when none). */
  provider?: string;
  loginUrl?: string;
  logoutUrl?: string;
  afterKickUrl?: string;
  allowedRedirectOrigins?: string[];
  allowedTokenOrigins?: string[];
  /** Read `?jwt=` / `#jwt=` from the address (the component's default: true). */
  tokenFromLink?: boolean;
  expiringLeadSeconds?: number;
  waitingRetryFirstSeconds?: number;
  waitingRetryMaxSeconds?: number;
  autoRedirectAfterKickSeconds?: number;
  /** Fault handling (issue 16): timing.reconnectGraceSeconds, frameWatchdogSeconds, reconnectRetrySeconds. */
  reconnectGraceSeconds?: number;
  frameWatchdogSeconds?: number;
  reconnectRetryFirstSeconds?: number;
  reconnectRetryMaxSeconds?: number;
  scriptTimeoutSeconds?: number;
  /** timing.joinTimeoutSeconds: how long an older Jitsi build (no `ready`) may take to let the person in. */
  joinTimeoutSeconds?: number;
  /** providerOptions: one call's timeout (and no retries when set). */
  providerTimeoutSeconds?: number;
  /** Use MeetGate's bundled IFrame API when the deployment's external_api.js cannot be loaded. */
  externalApiFallback?: boolean;
  /** Install MeetGate's bundled IFrame host API before mounting (the extension's way): no script is loaded. */
  bundledHost?: boolean;
  tokenCard?: 'overlay' | 'panel' | 'hidden';
  /** The page's Content-Security-Policy nonce, for the `nonce` prop (the element's `nonce` attribute). */
  nonce?: string;
  /** Benchmark mode: nothing is mounted until `window.__host.mount(token)` is called. */
  bench?: boolean;
}

const LISTS = ['allowedRedirectOrigins', 'allowedTokenOrigins'] as const;
const NUMBERS = [
  'expiringLeadSeconds',
  'waitingRetryFirstSeconds',
  'waitingRetryMaxSeconds',
  'autoRedirectAfterKickSeconds',
  'reconnectGraceSeconds',
  'frameWatchdogSeconds',
  'reconnectRetryFirstSeconds',
  'reconnectRetryMaxSeconds',
  'scriptTimeoutSeconds',
  'providerTimeoutSeconds',
  'joinTimeoutSeconds',
] as const;
const STRINGS = ['room', 'domain', 'tokenRef', 'provider', 'loginUrl', 'logoutUrl', 'afterKickUrl', 'nonce'] as const;

/** The query string (without `?`) for `config`. */
export function configToQuery(config: HostPageConfig): string {
  const query = new URLSearchParams();
  for (const key of STRINGS) if (config[key] !== undefined) query.set(key, config[key] as string);
  for (const key of LISTS) if (config[key] !== undefined) query.set(key, (config[key] as string[]).join(' '));
  for (const key of NUMBERS) if (config[key] !== undefined) query.set(key, String(config[key]));
  if (config.tokenFromLink !== undefined) query.set('tokenFromLink', String(config.tokenFromLink));
  if (config.tokenCard) query.set('tokenCard', config.tokenCard);
  if (config.bench) query.set('bench', '1');
  if (config.externalApiFallback) query.set('externalApiFallback', '1');
  if (config.bundledHost) query.set('bundledHost', '1');
  return query.toString();
}

/** Reads the configuration back from a query string; unknown parameters (e.g. `jwt`) are left alone. */
export function configFromQuery(search: string): HostPageConfig {
  const query = new URLSearchParams(search);
  const config: HostPageConfig = { room: query.get('room') ?? '', domain: query.get('domain') ?? '' };
  const target = config as unknown as Record<string, unknown>;
  for (const key of STRINGS) {
    const value = query.get(key);
    if (value !== null) target[key] = value;
  }
  for (const key of LISTS) {
    const value = query.get(key);
    if (value !== null) target[key] = value.split(' ').filter(Boolean);
  }
  for (const key of NUMBERS) {
    const value = query.get(key);
    if (value !== null && Number.isFinite(Number(value))) target[key] = Number(value);
  }
  const link = query.get('tokenFromLink');
  if (link !== null) config.tokenFromLink = link !== 'false';
  const card = query.get('tokenCard');
  if (card === 'overlay' || card === 'panel' || card === 'hidden') config.tokenCard = card;
  config.bench = query.get('bench') === '1';
  if (query.get('externalApiFallback') === '1') config.externalApiFallback = true;
  if (query.get('bundledHost') === '1') config.bundledHost = true;
  return config;
}
