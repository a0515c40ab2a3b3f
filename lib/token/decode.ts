/** Decodes header and claims with jose, turning every way a token can be broken into words. */
import { decode as base64url } from 'jose/base64url';
import { decodeProtectedHeader } from 'jose/decode/protected_header';
import { decodeJwt } from 'jose/jwt/decode';

/** The result of decoding: either both parts, or the reason decoding failed. */
export type Decoded =
  | { ok: true; header: Record<string, unknown>; claims: Record<string, unknown> }
  | { ok: false; reason: string };

/** jose only says that a part is invalid; find out which step fails, in words ('' when none does). */
function explain(segment: string, part: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(base64url(segment));
  } catch {
    return `The ${part} is not valid base64url.`;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return `The ${part} is not valid JSON.`;
  }
  return value && typeof value === 'object' && !Array.isArray(value) ? '' : `The ${part} is not a JSON object.`;
}

/** Decodes without verifying. Never throws. */
export function decodeToken(token: string): Decoded {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: `A JWT has three parts separated by dots (five is an encrypted JWE); this has ${parts.length}.` };
  try {
    return { ok: true, header: decodeProtectedHeader(token) as Record<string, unknown>, claims: decodeJwt(token) as Record<string, unknown> };
  } catch {
    return { ok: false, reason: explain(parts[0] ?? '', 'header') || explain(parts[1] ?? '', 'payload') || 'It cannot be decoded.' };
  }
}
