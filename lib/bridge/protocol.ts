/**
 * The page ↔ extension bridge protocol. A page and the extension's content script share the
 * page's window, so they talk with `window.postMessage` on that window, always with the page's
 * own origin as target. Every message is parsed strictly; anything else is ignored.
 */
import { isValidRoomName } from '../deployments/meeting.js';

/** Marks our messages among everything else posted on the window. */
export const BRIDGE_CHANNEL = 'meetgate-bridge';
/** Protocol version; a message of another version is ignored. */
export const BRIDGE_VERSION = 1;
/**
 * The attribute on `<html>` where a waiting page states what it asks for. The extension's popup
 * reads it (after the person opens the popup on that tab) to show an explicit prompt, before
 * any of the extension's code runs in the page.
 */
export const ASK_ATTRIBUTE = 'data-meetgate-ask';

/** What the page asks for: a token for a room of a deployment. */
export interface BridgeAsk {
  domain: string;
  tenant: string | null;
  room: string;
}

/** Page → extension: a token request. `id` pairs it with its response. */
export interface TokenRequestMessage extends BridgeAsk {
  channel: typeof BRIDGE_CHANNEL;
  version: typeof BRIDGE_VERSION;
  kind: 'token-request';
  id: string;
}

/** Why no token was given. */
export type RefusalOutcome = 'denied' | 'no-token' | 'error';

/** The extension's answer to one request. */
export type BridgeAnswer = { outcome: 'granted'; token: string } | { outcome: RefusalOutcome; message: string };

/** Extension → page messages. */
export type ExtensionMessage =
  | { channel: typeof BRIDGE_CHANNEL; version: typeof BRIDGE_VERSION; kind: 'bridge-ready' }
  | ({ channel: typeof BRIDGE_CHANNEL; version: typeof BRIDGE_VERSION; kind: 'token-response'; id: string } & BridgeAnswer);

const ID = /^[A-Za-z0-9_-]{8,64}$/;
const DOMAIN = /^[a-z0-9.-]{1,253}(?::\d{1,5})?$/;
const TENANT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const TOKEN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
const MAX_TOKEN = 16 * 1024;
const OUTCOMES: readonly string[] = ['denied', 'no-token', 'error'];

/** A plain object's own property, or undefined. */
function field(data: unknown, key: string): unknown {
  return typeof data === 'object' && data !== null && Object.prototype.hasOwnProperty.call(data, key) ? (data as Record<string, unknown>)[key] : undefined;
}

/** Reads an ask (from a request or from the page attribute); null when anything is off. */
export function parseAsk(data: unknown): BridgeAsk | null {
  const domain = field(data, 'domain');
  const tenant = field(data, 'tenant') ?? null;
  const room = field(data, 'room');
  if (typeof domain !== 'string' || !DOMAIN.test(domain)) return null;
  if (tenant !== null && (typeof tenant !== 'string' || !TENANT.test(tenant))) return null;
  if (typeof room !== 'string' || !isValidRoomName(room)) return null;
  return { domain, tenant, room };
}

/** Parses a message the page posted; null unless it is a well-formed token request. */
export function parseTokenRequest(data: unknown): TokenRequestMessage | null {
  if (field(data, 'channel') !== BRIDGE_CHANNEL || field(data, 'version') !== BRIDGE_VERSION || field(data, 'kind') !== 'token-request') return null;
  const id = field(data, 'id');
  const ask = parseAsk(data);
  if (typeof id !== 'string' || !ID.test(id) || !ask) return null;
  return { channel: BRIDGE_CHANNEL, version: BRIDGE_VERSION, kind: 'token-request', id, ...ask };
}

/** Parses an answer (from the extension's background); null when malformed. */
export function parseAnswer(data: unknown): BridgeAnswer | null {
  const outcome = field(data, 'outcome');
  if (outcome === 'granted') {
    const token = field(data, 'token');
    return typeof token === 'string' && token.length <= MAX_TOKEN && TOKEN.test(token) ? { outcome, token } : null;
  }
  const message = field(data, 'message');
  if (typeof outcome !== 'string' || !OUTCOMES.includes(outcome) || typeof message !== 'string') return null;
  return { outcome: outcome as RefusalOutcome, message: message.slice(0, 300) };
}

/** Parses a message the extension posted to the page; null unless well-formed. */
export function parseExtensionMessage(data: unknown): ExtensionMessage | null {
  if (field(data, 'channel') !== BRIDGE_CHANNEL || field(data, 'version') !== BRIDGE_VERSION) return null;
  const kind = field(data, 'kind');
  if (kind === 'bridge-ready') return { channel: BRIDGE_CHANNEL, version: BRIDGE_VERSION, kind };
  const id = field(data, 'id');
  const answer = kind === 'token-response' && typeof id === 'string' && ID.test(id) ? parseAnswer(data) : null;
  return answer ? { channel: BRIDGE_CHANNEL, version: BRIDGE_VERSION, kind: 'token-response', id: id as string, ...answer } : null;
}
