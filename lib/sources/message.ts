/**
 * The documented postMessage protocol between a host page and a MeetGate meeting in an iframe
 * or a popup. Version 1:
 *
 *   meeting → parent/opener: { type: 'meetgate:token-request', version: 1, room, domain, reason }
 *   parent/opener → meeting: { type: 'meetgate:token', version: 1, token, room? }
 *
 * Plain objects only, strings only, bounded lengths; anything else is not a message of ours.
 */
import { backendRoomName } from '../token/room.js';
import { isCompactToken } from './token-shape.js';
import type { TokenRequestReason } from './types.js';

/** `type` of a token message. */
export const TOKEN_MESSAGE_TYPE = 'meetgate:token';
/** `type` of a token request. */
export const TOKEN_REQUEST_TYPE = 'meetgate:token-request';
/** The protocol version this code speaks. */
export const TOKEN_MESSAGE_VERSION = 1;
/** Longest room name accepted in a message. */
export const MAX_ROOM_LENGTH = 512;

/** A token sent to the meeting. */
export interface TokenMessage {
  type: typeof TOKEN_MESSAGE_TYPE;
  version: typeof TOKEN_MESSAGE_VERSION;
  /** The compact JWT. */
  token: string;
  /** The room it is for; a meeting in another room ignores the message. */
  room?: string;
}

/** What the meeting sends to ask for a token. */
export interface TokenRequestMessage {
  type: typeof TOKEN_REQUEST_TYPE;
  version: typeof TOKEN_MESSAGE_VERSION;
  room: string;
  domain: string;
  reason: TokenRequestReason;
}

/** Own data properties only: message data is hostile input. */
function own(data: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(data, key) ? (data as Record<string, unknown>)[key] : undefined;
}

/** Returns the message when `data` is exactly a valid version-1 token message, else null. */
export function parseTokenMessage(data: unknown): TokenMessage | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const proto: unknown = Object.getPrototypeOf(data);
  if (proto !== Object.prototype && proto !== null) return null;
  if (own(data, 'type') !== TOKEN_MESSAGE_TYPE || own(data, 'version') !== TOKEN_MESSAGE_VERSION) return null;
  const token = own(data, 'token');
  if (!isCompactToken(token)) return null;
  const room = own(data, 'room');
  if (room === undefined) return { type: TOKEN_MESSAGE_TYPE, version: TOKEN_MESSAGE_VERSION, token };
  if (typeof room !== 'string' || room.length === 0 || room.length > MAX_ROOM_LENGTH) return null;
  return { type: TOKEN_MESSAGE_TYPE, version: TOKEN_MESSAGE_VERSION, token, room };
}

/** Builds the request message (nothing secret in it). */
export function tokenRequestMessage(room: string, domain: string, reason: TokenRequestReason): TokenRequestMessage {
  return { type: TOKEN_REQUEST_TYPE, version: TOKEN_MESSAGE_VERSION, room, domain, reason };
}

/** Whether two room names are the same Jitsi room (Prosody compares the lowercase, encoded name). */
export function sameRoom(a: string, b: string): boolean {
  return backendRoomName(a) === backendRoomName(b);
}
