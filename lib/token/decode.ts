/** Decodes header and claims with jose, turning every way a token can be broken into words. */
import { decodeJwt } from 'jose/jwt/decode';
import { decodeProtectedHeader } from 'jose/decode/protected_header';
import { decode as base64url } from 'jose/base64url';

/** The result of decoding: either both parts, or the reason decoding failed. */
export type Decoded =
  | { ok: true; header: Record<string, unknown>; claims: Record<string, unknown> }
  | { ok: false; reason: string };

/** jose's payload messages are terse; these are what a site admin reads instead. */
function explainPayload(error: unknown): string {
  const text = error instanceof Error ? error.message : '';
  if (/base64url/i.test(text)) return 'The payload is not valid base64url.';
  if (/JSON/.test(text)) return 'The payload is not valid JSON.';
  return 'The payload is not a JSON object.';
}

/** jose says only "Invalid Token or Protected Header formatting", so find out which step fails. */
function explainHeader(segment: string): string {
  let text: string;
  try {
    text = new TextDecoder().decode(base64url(segment));
  } catch {
    return 'The header is not valid base64url.';
  }
  try {
    JSON.parse(text);
  } catch {
    return 'The header is not valid JSON.';
  }
  return 'The header is not a JSON object.';
}

/** Decodes without verifying. Never throws. */
export function decodeToken(token: string): Decoded {
  const parts = token.split('.');
  if (parts.length !== 3) {
    return {
      ok: false,
      reason:
        parts.length === 5
          ? 'This is an encrypted token (JWE, five parts); Jitsi only reads signed tokens (JWS, three parts).'
          : `A JWT has three parts separated by dots; this has ${parts.length}.`,
    };
  }
  let header: Record<string, unknown>;
  try {
    header = decodeProtectedHeader(token) as Record<string, unknown>;
  } catch {
    return { ok: false, reason: explainHeader(parts[0] ?? '') };
  }
  try {
    return { ok: true, header, claims: decodeJwt(token) as Record<string, unknown> };
  } catch (error) {
    return { ok: false, reason: explainPayload(error) };
  }
}
