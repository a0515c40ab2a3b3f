/**
 * The meeting URL the IFrame API loads, built and read as Jitsi does (`external_api.js`
 * constructor, `base/util/uri.ts urlObjectToString` at jitsi/jitsi-meet@0cafcc9, `parseURLParams`;
 * research/jitsi-facts.md §1.1, §3.1):
 * `https://domain/<room>?jwt=<raw>&lang=…&release=…#jitsi_meet_external_api_id=<n>&jwt="<raw>"&config.k=…
 * &iceServers.replace=…&interfaceConfig.…&devices.…&userInfo.…&appData.localStorageContent=…`,
 * every hash value being `encodeURIComponent(JSON.stringify(value))` (so an undefined value is
 * written `undefined`, as Jitsi writes it). `appData.localStorageContent` is always there (`null`
 * when empty). The prefix order is uri.ts's `[config, iceServers, interfaceConfig, devices, userInfo,
 * appData]` (internxt/meet-web@f5a47b8, June 2026, a fork tracking upstream), checked side by side
 * with that build by scripts/compare-host.mjs.
 *
 * The room goes into the path as the real host puts it — raw, so `100%` stays `/100%` and
 * `Café` is encoded by the browser exactly as for the real host — except where the raw name
 * would change the URL's structure: `?` and `#` (the real host lets them start the query or the
 * hash, so the meeting page would see a truncated room) and `\` (browsers read it as `/`, making
 * a tenant) are percent-encoded — Jitsi's `getBackendSafeRoomName` decodes before it encodes, so
 * the room the page joins is the one named — and a `.`/`..` segment, which browsers resolve in
 * any spelling (`%2e%2e` too), is refused: the real host would load another path of the deployment.
 */

/** What goes into the URL. */
export interface MeetingUrlOptions {
  roomName?: string;
  jwt?: string;
  lang?: string;
  release?: string;
  configOverwrite?: Record<string, unknown>;
  interfaceConfigOverwrite?: Record<string, unknown>;
  devices?: Record<string, unknown>;
  userInfo?: Record<string, unknown>;
  /** Rules that modify the deployment's ICE servers (`{ replace: [...] }`), experimental in Jitsi. */
  iceServers?: Record<string, unknown>;
  /** What the host stored of the meeting's local storage last time (see local-storage-content.ts). */
  appData?: { localStorageContent: string | null };
}

/** What the meeting page reads back from its own location. */
export interface MeetingLocation {
  apiId: number | null;
  /** From the hash (JSON-quoted) first, else the query, as Jitsi reads it. */
  jwt: string | null;
  tenant: string | null;
  room: string;
  config: Record<string, unknown>;
  interfaceConfig: Record<string, unknown>;
  userInfo: Record<string, unknown>;
}

/** A host name, an optional port and an optional path prefix; nothing that could redirect the URL. */
const DOMAIN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?(\/[\w.~-]+)*$/i;

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Decodes a percent-encoded segment, keeping it as it is when it is not valid. */
function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** True for a domain the IFrame API may point at. */
export function isValidDomain(domain: string): boolean {
  return DOMAIN.test(domain);
}

function hashParams(prefix: string, values: Record<string, unknown> | undefined): string[] {
  if (!values || typeof values !== 'object') return [];
  const out: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (UNSAFE_KEYS.has(key)) continue;
    let json: string | undefined;
    try {
      json = JSON.stringify(value);
    } catch {
      continue; // Jitsi logs and skips a value it cannot encode (a cycle, a BigInt).
    }
    out.push(`${prefix}.${encodeURIComponent(key)}=${encodeURIComponent(String(json))}`);
  }
  return out;
}

/** Characters and segments the raw room name may not keep (see the module comment). */
function roomPath(roomName: string): string {
  return roomName
    .replace(/[?#\\]/g, (c) => encodeURIComponent(c))
    .split('/')
    .map((segment) => {
      // URLs resolve `.`/`..` in every spelling (`%2e%2e` too), so such a room cannot be named at all.
      if (/^(\.|%2e){1,2}$/i.test(segment)) throw new Error(`Invalid room name: ${JSON.stringify(roomName)}`);
      return segment;
    })
    .join('/');
}

/**
 * Builds the iframe URL for `domain` and API instance `apiId`. Throws on a domain that is not a host name.
 * `release` `2021` writes what jitsi/jitsi-meet@b1a3c5c's host writes: the jwt in the query only (its
 * app reads it there), and no `lang`, `release` or `iceServers` (options that host did not have).
 */
export function buildMeetingUrl(domain: string, options: MeetingUrlOptions, apiId: number, release: '2021' | '2026' = '2026'): string {
  if (!isValidDomain(domain)) throw new Error(`Invalid Jitsi domain: ${JSON.stringify(domain)}`);
  const path = roomPath(options.roomName ?? '');
  const query = new URLSearchParams();
  if (options.jwt) query.set('jwt', options.jwt);
  const current = release !== '2021';
  const lang = options.lang ?? options.configOverwrite?.defaultLanguage;
  if (current && typeof lang === 'string' && lang) query.set('lang', lang);
  if (current && options.release) query.set('release', options.release);
  const hash = [`jitsi_meet_external_api_id=${apiId}`];
  if (current && options.jwt) hash.push(`jwt=${encodeURIComponent(JSON.stringify(options.jwt))}`);
  hash.push(
    ...hashParams('config', options.configOverwrite),
    ...(current ? hashParams('iceServers', options.iceServers) : []),
    ...hashParams('interfaceConfig', options.interfaceConfigOverwrite),
    ...hashParams('devices', options.devices),
    ...hashParams('userInfo', options.userInfo),
    ...hashParams('appData', options.appData),
  );
  const search = query.toString();
  return `https://${domain}/${path}${search ? `?${search}` : ''}#${hash.join('&')}`;
}

/** Reads `key=value` pairs of a hash; values are JSON, and one that does not parse is skipped. */
function readHash(hash: string): Map<string, unknown> {
  const values = new Map<string, unknown>();
  for (const pair of hash.replace(/^#/, '').split('&')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    const key = safeDecode(pair.slice(0, at));
    if (key.split('.').some((part) => UNSAFE_KEYS.has(part))) continue;
    const raw = safeDecode(pair.slice(at + 1));
    try {
      values.set(key, raw === 'undefined' ? undefined : (JSON.parse(raw) as unknown));
    } catch {
      // Jitsi reports and skips a value that is not JSON (an unquoted `#jwt=eyJ…` among them).
    }
  }
  return values;
}

function section(values: Map<string, unknown>, prefix: string): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of values) if (key.startsWith(`${prefix}.`)) out[key.slice(prefix.length + 1)] = value;
  return out;
}

/** Reads a meeting page location the way the Jitsi web app does. */
export function parseMeetingUrl(location: Pick<Location, 'pathname' | 'search' | 'hash'>): MeetingLocation {
  const values = readHash(location.hash);
  const rawId = values.get('jitsi_meet_external_api_id');
  const hashJwt = values.get('jwt');
  const queryJwt = new URLSearchParams(location.search).get('jwt');
  const segments = location.pathname
    .split('/')
    .filter((segment) => segment.length > 0)
    .map(safeDecode);
  const room = segments.pop() ?? '';
  return {
    apiId: typeof rawId === 'number' && Number.isInteger(rawId) && rawId >= 0 ? rawId : null,
    jwt: typeof hashJwt === 'string' && hashJwt ? hashJwt : queryJwt || null,
    tenant: segments.length > 0 ? segments.join('/') : null,
    room,
    config: section(values, 'config'),
    interfaceConfig: section(values, 'interfaceConfig'),
    userInfo: section(values, 'userInfo'),
  };
}
